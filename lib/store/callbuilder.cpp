#include "callbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString keyOf(const QString &portal, const QString &callId)
{
    return portal + u'\n' + callId;
}

// CRM_ENTITY_ID is an int in `initialized` and `entityChanged`, a string in CALL_CARD's options.
qint64 entityId(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toVariant().toLongLong();
}

} // namespace

CallBuilder::CallBuilder(Lookup lookup)
    : m_lookup(std::move(lookup))
{
}

void CallBuilder::takeDetails(CallRecord &call, const CallCardEvent &event)
{
    const QJsonObject payload = event.payload().toObject();
    if (event.type == CallCardEventType::Initialized) {
        if (const QString number = payload.value(u"PHONE_NUMBER"_s).toString(); !number.isEmpty())
            call.phoneNumber = number;
        call.lineNumber = payload.value(u"LINE_NUMBER"_s).toString();
        call.lineName = payload.value(u"LINE_NAME"_s).toString();
        call.direction = payload.value(u"CALL_DIRECTION"_s).toString();
        const QJsonValue bindings = payload.value(u"CRM_BINDINGS"_s);
        call.crmBindings = bindings.isArray() && !bindings.toArray().isEmpty()
            ? QJsonDocument(bindings.toArray()).toJson(QJsonDocument::Compact)
            : QByteArray();
    } else if (const QString number = payload.value(u"PHONE_NUMBER"_s).toString();
               !number.isEmpty() && number != u"unknown"_s) {
        call.phoneNumber = number; // entityChanged
    }
    call.crmEntityType = payload.value(u"CRM_ENTITY_TYPE"_s).toString();
    call.crmEntityId = entityId(payload.value(u"CRM_ENTITY_ID"_s));
    if (call.crmEntityId == 0)
        call.crmEntityType.clear();
}

void CallBuilder::resolvePending(CallRecord &call, TransferOutcome outcome, qint64 atMs, qint64 eventId,
                                 CallChanges &changes)
{
    if (call.pendingTransferId == 0)
        return;
    TransferRecord transfer;
    transfer.eventId = call.pendingTransferId;
    transfer.callId = call.callId;
    transfer.portal = call.portal;
    transfer.pickMs = call.pendingPickMs;
    transfer.outcome = outcome;
    transfer.outcomeMs = atMs;
    transfer.outcomeEventId = eventId;
    changes.transfers.append(transfer);
    call.pendingTransferId = 0;
    call.outcome = outcome;
}

void CallBuilder::end(CallRecord &call, const char *reason, qint64 atMs, qint64 eventId, CallChanges &changes)
{
    resolvePending(call, TransferOutcome::Unknown, atMs, eventId, changes);
    call.endMs = atMs;
    call.endReason = QString::fromLatin1(reason);
}

CallChanges CallBuilder::apply(const CallCardEvent &event)
{
    CallChanges changes;
    if (event.callId.isEmpty())
        return changes;
    const qint64 at = event.time.toMSecsSinceEpoch();
    const QString key = keyOf(event.portalHost, event.callId);

    // One card at a time (bitrix24-protocol.md §1.1): a new card ends whatever else was open.
    if (event.type == CallCardEventType::Initialized) {
        for (auto it = m_open.begin(); it != m_open.end();) {
            if (it.key() == key) {
                ++it;
                continue;
            }
            end(*it, CallRecord::endReplaced, it->lastMs, event.id, changes);
            changes.calls.append(*it);
            it = m_open.erase(it);
        }
    }

    CallRecord call;
    if (const auto open = m_open.constFind(key); open != m_open.constEnd()) {
        call = *open;
    } else if (const auto stored = m_lookup ? m_lookup(event.portalHost, event.callId) : std::nullopt) {
        call = *stored;
        call.pendingTransferId = 0; // a stored call has no transfer waiting: it was closed
    } else {
        call.callId = event.callId;
        call.portal = event.portalHost;
        call.startMs = at;
    }
    call.lastMs = qMax(call.lastMs, at);
    ++call.events;

    switch (event.type) {
    case CallCardEventType::Initialized:
        // The same CALL_ID again (a reloaded page, a restarted console): the call goes on.
        call.endMs = -1;
        call.endReason.clear();
        takeDetails(call, event);
        break;
    case CallCardEventType::EntityChanged:
        takeDetails(call, event);
        break;
    case CallCardEventType::TransferButtonClick:
        resolvePending(call, TransferOutcome::Superseded, at, event.id, changes);
        if (call.isOpen()) {
            call.pendingTransferId = event.id;
            call.pendingPickMs = at;
        }
        ++call.transfers;
        call.outcome = call.isOpen() ? TransferOutcome::Pending : TransferOutcome::Unknown;
        changes.transfers.append(
            {event.id, call.callId, call.portal, at, call.outcome, call.isOpen() ? -1 : at, 0});
        break;
    case CallCardEventType::CompleteTransferButtonClick:
        resolvePending(call, TransferOutcome::Completed, at, event.id, changes);
        break;
    case CallCardEventType::CancelTransferButtonClick:
        resolvePending(call, TransferOutcome::Cancelled, at, event.id, changes);
        break;
    case CallCardEventType::HangupButtonClick:
        if (call.isOpen())
            end(call, CallRecord::endHangup, at, event.id, changes);
        break;
    case CallCardEventType::CloseButtonClick:
        if (call.isOpen())
            end(call, CallRecord::endClose, at, event.id, changes);
        break;
    case CallCardEventType::SkipButtonClick:
        if (call.isOpen())
            end(call, CallRecord::endSkip, at, event.id, changes);
        break;
    default:
        break;
    }

    if (call.isOpen())
        m_open.insert(key, call);
    else
        m_open.remove(key);
    changes.calls.append(call);
    return changes;
}

} // namespace opc
