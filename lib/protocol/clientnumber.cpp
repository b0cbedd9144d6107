#include "clientnumber.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

QString ClientNumber::of(const CallCardEvent &event)
{
    // The log keeps the client number of transfers; an opened card carries it in its payload.
    if (event.type == CallCardEventType::Initialized)
        return event.payload().toObject().value(u"PHONE_NUMBER"_s).toString();
    return event.isTransfer() ? event.phoneNumber : QString();
}

QString ClientNumber::digits(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // digitValue() also reads full-width and other scripts' digits, which portals pass through.
        if (c.isDigit())
            result.append(QChar(u'0' + c.digitValue()));
    }
    return result;
}

QString ClientNumber::searchDigits(QStringView text)
{
    int count = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++count;
        else if (!c.isSpace() && c.category() != QChar::Punctuation_Dash &&
                 !QStringView(u"+()./").contains(c))
            return {};
    }
    return count >= minSearchDigits ? digits(text) : QString();
}

QString ClientNumber::indexedDigits(const CallCardEvent &event)
{
    QString result = digits(of(event));
    if (event.isTransfer() && event.target.kind() == TransferTarget::Kind::Phone) {
        const QString target = digits(event.target.value());
        if (!target.isEmpty())
            result = result.isEmpty() ? target : result + u' ' + target;
    }
    return result;
}

} // namespace opc
