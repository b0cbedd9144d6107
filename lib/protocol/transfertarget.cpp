#include "transfertarget.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opc {

TransferTarget::TransferTarget(Kind kind, QString value)
    : m_kind(kind)
    , m_value(std::move(value))
{
}

TransferTarget TransferTarget::classify(const QJsonValue &target, const QString &type)
{
    QString value;
    if (target.isDouble()) {
        const double number = target.toDouble();
        if (number < 0 || std::floor(number) != number || number > 9007199254740991.0)
            return {};
        value = QString::number(static_cast<qint64>(number));
    } else if (target.isString()) {
        value = target.toString().trimmed();
    }
    if (value.isEmpty())
        return {};

    if (!type.isEmpty()) {
        if (type == u"user")
            return {Kind::User, value};
        if (type == u"pstn")
            return {Kind::Phone, value};
        if (type == u"queue")
            return {Kind::Queue, value};
        return {Kind::Unknown, value};
    }
    // A JSON number is always the selector item id, i.e. the employee's user id.
    if (target.isDouble())
        return {Kind::User, value};
    return {kindOfString(value), value};
}

TransferTarget::Kind TransferTarget::kindOfString(const QString &value)
{
    // User ids are short positive integers without a leading zero ("12"). Anything that looks like
    // a dialable number (a leading + or 0, separators, or 9+ digits) is a phone number.
    static const QRegularExpression userId(u"^[1-9][0-9]{0,7}$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 ()./-]{2,30}[0-9]$"_s);
    if (userId.match(value).hasMatch())
        return Kind::User;
    if (phone.match(value).hasMatch())
        return Kind::Phone;
    return Kind::Unknown;
}

QString TransferTarget::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return u"user"_s;
    case Kind::Phone:
        return u"phone"_s;
    case Kind::Queue:
        return u"queue"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

TransferTarget::Kind TransferTarget::kindFromName(QStringView name)
{
    if (name == u"user")
        return Kind::User;
    if (name == u"phone")
        return Kind::Phone;
    if (name == u"queue")
        return Kind::Queue;
    return Kind::Unknown;
}

} // namespace opc
