#pragma once

#include "protocol/callcardevent.h"
#include "protocol/callgrouper.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace opc::test {

// Event sequences as the bridge records them: payloads as the demo portal's card (lib/demo/web/
// portal-card.js) and the official SDK worker test deliver them, call ids from the bridge's CallGrouper.
class CallSequence
{
public:
    explicit CallSequence(QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC),
                          QString portal = QStringLiteral("demo.bitrix24.test"))
        : m_time(std::move(start))
        , m_portal(std::move(portal))
    {
    }

    // `initialized` as the demo card sends it for an incoming call bound to CONTACT 17.
    CallSequence &open(const QString &callId, const QString &number = QStringLiteral("+74951234567"),
                       const QByteArray &crmType = "CONTACT", int crmId = 17)
    {
        const QByteArray bindings = crmId
            ? "[{\"ENTITY_TYPE\":\"" + crmType + "\",\"ENTITY_ID\":" + QByteArray::number(crmId) + "}]"
            : QByteArray("[]");
        return add(
            CallCardEventType::Initialized,
            "{\"CALL_ID\":\"" + callId.toUtf8() + "\",\"PHONE_NUMBER\":\"" + number.toUtf8() +
                "\",\"LINE_NUMBER\":\"DEMO-SIP-1\",\"LINE_NAME\":\"Demo SIP line\",\"CRM_ENTITY_TYPE\":\"" +
                crmType + "\",\"CRM_ENTITY_ID\":" + QByteArray::number(crmId) +
                ",\"CRM_ACTIVITY_ID\":1234,\"CRM_BINDINGS\":" + bindings +
                ",\"CALL_DIRECTION\":\"incoming\",\"CALL_STATE\":\"connected\",\"CALL_LIST_MODE\":false}");
    }
    // The SDK path's payload: target 12 as a JSON number (bitrix24-protocol.md §1.4).
    CallSequence &transfer(int userId, const QString &number = QStringLiteral("+74951234567"))
    {
        wait(1);
        add(CallCardEventType::TransferButtonClick,
            "{\"phoneNumber\":\"" + number.toUtf8() + "\",\"target\":" + QByteArray::number(userId) + "}");
        m_events.last().phoneNumber = number;
        m_events.last().target = TransferTarget(TransferTarget::Kind::User, QString::number(userId));
        return *this;
    }
    CallSequence &add(CallCardEventType type, const QByteArray &payload = {})
    {
        CallCardEvent event;
        event.type = type;
        event.time = m_time;
        event.payloadJson = payload;
        event.portalHost = m_portal;
        m_grouper.assign(event);
        m_events.append(event);
        return *this;
    }
    CallSequence &wait(int seconds)
    {
        m_time = m_time.addSecs(seconds);
        return *this;
    }
    // Each event one second after the previous one unless wait() says otherwise.
    CallSequence &then(CallCardEventType type, const QByteArray &payload = {})
    {
        wait(1);
        return add(type, payload);
    }
    // A console restart: the bridge's grouper starts empty.
    CallSequence &restart()
    {
        m_grouper = CallGrouper();
        return *this;
    }

    QList<CallCardEvent> events() const { return m_events; }
    QList<CallCardEvent> take() { return std::exchange(m_events, {}); }

private:
    QDateTime m_time;
    QString m_portal;
    CallGrouper m_grouper;
    QList<CallCardEvent> m_events;
};

} // namespace opc::test
