#pragma once

#include "callcardeventtype.h"

#include <QJsonValue>
#include <QString>

namespace opc {

// Checks a delivered payload against the documented shape of its event (bitrix24-protocol.md §1.2,
// §1.4). Extra keys are tolerated, since portals add fields; a field of the wrong type is not.
class PayloadValidator
{
public:
    // `present` is false for an empty tail ("<cb>:"). Returns an empty string when the payload is
    // acceptable, else the reason it is not.
    static QString validate(CallCardEventType type, bool present, const QJsonValue &payload);

private:
    static QString validateInitialized(const QJsonValue &payload);
    static QString validateTransfer(const QJsonValue &payload);
    static QString validateEntityChanged(const QJsonValue &payload);
};

} // namespace opc
