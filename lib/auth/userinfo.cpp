#include "userinfo.h"

using namespace Qt::StringLiterals;

namespace opc {

UserInfo UserInfo::fromRestRecord(const QJsonObject &r)
{
    UserInfo u;
    const QJsonValue id = r.value(u"ID"_s);
    u.id = id.isString() ? id.toString().toLongLong() : id.toInteger();
    u.firstName = r.value(u"NAME"_s).toString().trimmed();
    u.lastName = r.value(u"LAST_NAME"_s).toString().trimmed();
    u.secondName = r.value(u"SECOND_NAME"_s).toString().trimmed();
    u.position = r.value(u"WORK_POSITION"_s).toString().trimmed();
    const QJsonValue inner = r.value(u"UF_PHONE_INNER"_s);
    u.innerPhone = inner.isDouble() ? QString::number(inner.toInteger()) : inner.toString().trimmed();
    const QString photo = r.value(u"PERSONAL_PHOTO"_s).toString();
    const QUrl photoUrl(photo, QUrl::StrictMode);
    if (photoUrl.isValid() && (photoUrl.scheme() == u"https" || photoUrl.scheme() == u"http"))
        u.photoUrl = photoUrl;
    u.workPhone = r.value(u"WORK_PHONE"_s).toString().trimmed();
    u.mobilePhone = r.value(u"PERSONAL_MOBILE"_s).toString().trimmed();
    u.personalPhone = r.value(u"PERSONAL_PHONE"_s).toString().trimmed();
    return u;
}

QJsonObject UserInfo::toRestRecord() const
{
    return {
        {u"ID"_s, QString::number(id)},
        {u"NAME"_s, firstName},
        {u"LAST_NAME"_s, lastName},
        {u"SECOND_NAME"_s, secondName},
        {u"WORK_POSITION"_s, position},
        {u"UF_PHONE_INNER"_s, innerPhone},
        {u"PERSONAL_PHOTO"_s, photoUrl.toString()},
        {u"WORK_PHONE"_s, workPhone},
        {u"PERSONAL_MOBILE"_s, mobilePhone},
        {u"PERSONAL_PHONE"_s, personalPhone},
    };
}

QString UserInfo::displayName() const
{
    const QString name = QString(firstName + u' ' + lastName).trimmed();
    return name.isEmpty() ? tr("User %1").arg(id) : name;
}

QString UserInfo::summary() const
{
    QStringList parts{displayName()};
    if (!position.isEmpty())
        parts << position;
    if (!innerPhone.isEmpty())
        parts << tr("ext. %1").arg(innerPhone);
    return parts.join(u", "_s);
}

QString UserInfo::digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    return digits;
}

bool UserInfo::hasPhone(const QString &phone) const
{
    const QString wanted = digitsOf(phone);
    if (wanted.isEmpty())
        return false;
    if (digitsOf(innerPhone) == wanted)
        return true;
    // Full numbers: compare the national part (last 10 digits) so +7 / 8 / 00 prefixes agree.
    if (wanted.size() < 7)
        return false;
    const QString tail = wanted.right(10);
    for (const QString &number : {workPhone, mobilePhone, personalPhone}) {
        const QString digits = digitsOf(number);
        if (digits.size() >= 7 &&
            (digits.right(10) == tail || digits.endsWith(tail) || tail.endsWith(digits)))
            return true;
    }
    return false;
}

} // namespace opc
