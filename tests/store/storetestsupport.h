#pragma once

#include "protocol/callcardevent.h"

#include <QDateTime>
#include <QTimeZone>

namespace opc::test {

// A fixed clock for reproducible rows: the nth event is n seconds after this instant.
inline QDateTime baseTime()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
}

inline CallCardEvent makeEvent(CallCardEventType type, const QDateTime &time, const QByteArray &payload = {})
{
    CallCardEvent event;
    event.type = type;
    event.time = time;
    event.payloadJson = payload;
    event.callId = u"CALL.42"_qs;
    event.portalHost = u"example.bitrix24.ru"_qs;
    return event;
}

inline CallCardEvent makeTransfer(const QDateTime &time, const QString &phone, const TransferTarget &target,
                                  const QString &targetName = {}, const QByteArray &payload = {})
{
    CallCardEvent event = makeEvent(CallCardEventType::TransferButtonClick, time, payload);
    event.phoneNumber = phone;
    event.target = target;
    event.targetName = targetName;
    if (event.payloadJson.isEmpty()) {
        event.payloadJson = QByteArray("{\"phoneNumber\":\"") + phone.toUtf8() + "\",\"target\":\"" +
            target.value().toUtf8() + "\"}";
    }
    return event;
}

} // namespace opc::test
