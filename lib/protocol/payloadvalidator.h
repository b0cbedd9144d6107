#pragma once

#include "callcardeventtype.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace opc {

// Checks a delivery's tail (what follows "<callback id>:" on the wire) against what the real portal
// sends for its event (bitrix24-protocol.md §1.2, §1.4, §10.6) and keeps only the documented parts.
// The portal echoes a caller's params to any callback id the caller names, so a tail that does not
// look exactly like the event is refused rather than repaired:
//  - a no-data event has an empty tail, not [] or {} or "" or null (those are command replies);
//  - initialized, entityChanged and transferButtonClick keep only their documented keys;
//  - any key that looks like a credential, at any depth, refuses the whole delivery.
class PayloadValidator
{
public:
    struct Result
    {
        QString problem; // empty when the delivery is acceptable
        QJsonValue payload = QJsonValue::Null; // the kept payload, Null for no-data events
        QByteArray json; // compact JSON of `payload` (the wire text when nothing was dropped)
        bool isValid() const { return problem.isEmpty(); }
    };

    static Result check(CallCardEventType type, QByteArrayView tail);

    // AUTH_ID, REFRESH_ID, access_token, client_secret, …, case-insensitively.
    static bool isCredentialKey(const QString &key);
    static bool containsCredentialKey(const QJsonValue &value);

private:
    static QString validate(CallCardEventType type, const QJsonValue &payload);
    static QJsonValue keepDocumented(CallCardEventType type, const QJsonValue &payload);
};

} // namespace opc
