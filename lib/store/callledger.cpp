#include "callledger.h"

#include "callbuilder.h"
#include "eventrow.h"

#include <QHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant msOrNull(qint64 ms)
{
    return ms < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms);
}

bool fail(const QSqlQuery &query, QSqlError *error)
{
    *error = query.lastError();
    return false;
}

} // namespace

QString CallLedger::selectColumns()
{
    return u"id, call_id, portal, start_ms, last_ms, end_ms, end_reason, phone_number, line_number,"
           " line_name, direction, crm_entity_type, crm_entity_id, crm_bindings, events, transfers, outcome"_s;
}

CallRecord CallLedger::fromQuery(const QSqlQuery &query)
{
    CallRecord call;
    call.id = query.value(0).toLongLong();
    call.callId = query.value(1).toString();
    call.portal = query.value(2).toString();
    call.startMs = query.value(3).toLongLong();
    call.lastMs = query.value(4).toLongLong();
    call.endMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
    call.endReason = query.value(6).toString();
    call.phoneNumber = query.value(7).toString();
    call.lineNumber = query.value(8).toString();
    call.lineName = query.value(9).toString();
    call.direction = query.value(10).toString();
    call.crmEntityType = query.value(11).toString();
    call.crmEntityId = query.value(12).toLongLong();
    call.crmBindings = query.value(13).toString().toUtf8();
    call.events = query.value(14).toInt();
    call.transfers = query.value(15).toInt();
    call.outcome = TransferOutcomes::fromName(query.value(16).toString());
    return call;
}

std::optional<CallRecord> CallLedger::load(const QSqlDatabase &db, const QString &portal,
                                           const QString &callId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + selectColumns() +
                  u" FROM calls WHERE call_id = ? AND portal = coalesce(?, '')"_s);
    query.bindValue(0, callId);
    query.bindValue(1, portal);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

bool CallLedger::save(const QSqlDatabase &db, CallChanges &changes, QSqlError *error)
{
    return save(db, changes, error, {});
}

bool CallLedger::save(const QSqlDatabase &db, CallChanges &changes, QSqlError *error,
                      const std::function<bool(qint64 written, QSqlError *error)> &written)
{
    qint64 count = 0;
    QSqlQuery call(db);
    if (!call.prepare(
            u"INSERT INTO calls (call_id, portal, start_ms, last_ms, end_ms, end_reason, phone_number,"
            " line_number, line_name, direction, crm_entity_type, crm_entity_id, crm_bindings, events,"
            " transfers, outcome) VALUES (?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (call_id, portal) DO UPDATE SET start_ms = excluded.start_ms,"
            " last_ms = excluded.last_ms, end_ms = excluded.end_ms, end_reason = excluded.end_reason,"
            " phone_number = excluded.phone_number, line_number = excluded.line_number,"
            " line_name = excluded.line_name, direction = excluded.direction,"
            " crm_entity_type = excluded.crm_entity_type, crm_entity_id = excluded.crm_entity_id,"
            " crm_bindings = excluded.crm_bindings, events = excluded.events,"
            " transfers = excluded.transfers, outcome = excluded.outcome"_s))
        return fail(call, error);
    for (CallRecord &record : changes.calls) {
        const QVariantList values{record.callId,
                                  record.portal,
                                  record.startMs,
                                  record.lastMs,
                                  msOrNull(record.endMs),
                                  textOrNull(record.endReason),
                                  textOrNull(record.phoneNumber),
                                  textOrNull(record.lineNumber),
                                  textOrNull(record.lineName),
                                  textOrNull(record.direction),
                                  textOrNull(record.crmEntityType),
                                  record.crmEntityId,
                                  textOrNull(QString::fromUtf8(record.crmBindings)),
                                  record.events,
                                  record.transfers,
                                  textOrNull(TransferOutcomes::name(record.outcome))};
        for (qsizetype i = 0; i < values.size(); ++i)
            call.bindValue(int(i), values.at(i));
        if (!call.exec())
            return fail(call, error);
        if (record.id == 0) {
            if (const auto stored = load(db, record.portal, record.callId))
                record.id = stored->id;
        }
        if (written && ++count % 1000 == 0 && !written(count, error))
            return false;
    }
    QSqlQuery transfer(db);
    if (!transfer.prepare(u"INSERT OR REPLACE INTO transfers (event_id, call_id, portal, pick_ms, outcome,"
                          " outcome_ms, outcome_event_id) VALUES (?, ?, coalesce(?, ''), ?, ?, ?, ?)"_s))
        return fail(transfer, error);
    for (const TransferRecord &record : std::as_const(changes.transfers)) {
        if (record.eventId <= 0)
            continue; // a queued event has no row yet
        transfer.bindValue(0, record.eventId);
        transfer.bindValue(1, record.callId);
        transfer.bindValue(2, record.portal);
        transfer.bindValue(3, record.pickMs);
        transfer.bindValue(4, TransferOutcomes::name(record.outcome));
        transfer.bindValue(5, msOrNull(record.outcomeMs));
        transfer.bindValue(6,
                           record.outcomeEventId > 0 ? QVariant(record.outcomeEventId)
                                                     : QVariant(QMetaType(QMetaType::LongLong)));
        if (!transfer.exec())
            return fail(transfer, error);
        if (written && ++count % 1000 == 0 && !written(count, error))
            return false;
    }
    return true;
}

int CallLedger::closeOpenCalls(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    const QStringList statements{
        u"UPDATE transfers SET outcome = 'unknown', outcome_ms = (SELECT c.last_ms FROM calls c"
        " WHERE c.call_id = transfers.call_id AND c.portal = transfers.portal)"
        " WHERE outcome = 'pending'"_s,
        u"UPDATE calls SET outcome = 'unknown' WHERE end_ms IS NULL AND outcome = 'pending'"_s,
        u"UPDATE calls SET end_ms = last_ms, end_reason = 'console-closed' WHERE end_ms IS NULL"_s,
    };
    int closed = 0;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            return -1;
        }
        closed = query.numRowsAffected();
    }
    return closed;
}

bool CallLedger::rebuild(const QSqlDatabase &db, QSqlError *error, const EventSchema::Progress &progress)
{
    // Reading and replaying the events takes most of the time; writing the rows the rest.
    constexpr double readShare = 0.8;
    const qint64 maxId = EventSchema::maxEventId(db);
    // Every call stays in memory until the end: a later event (the same CALL_ID again) may change it.
    QHash<QString, CallRecord> calls;
    QHash<qint64, TransferRecord> transfers;
    CallBuilder builder([&calls](const QString &portal, const QString &callId) -> std::optional<CallRecord> {
        const auto it = calls.constFind(portal + u'\n' + callId);
        return it == calls.constEnd() ? std::nullopt : std::optional<CallRecord>(*it);
    });
    constexpr int chunk = 5000;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.prepare(u"SELECT "_s + EventRow::selectColumns() +
                        u" FROM events WHERE id > ? AND call_id IS NOT NULL ORDER BY id LIMIT "_s +
                        QString::number(chunk)))
        return fail(select, error);
    qint64 lastId = 0;
    for (;;) {
        select.bindValue(0, lastId);
        if (!select.exec())
            return fail(select, error);
        int read = 0;
        while (select.next()) {
            ++read;
            const CallCardEvent event = EventRow::fromQuery(select);
            lastId = event.id;
            const CallChanges changes = builder.apply(event);
            for (const CallRecord &call : changes.calls)
                calls.insert(call.portal + u'\n' + call.callId, call);
            for (const TransferRecord &transfer : changes.transfers)
                transfers.insert(transfer.eventId, transfer);
        }
        select.finish();
        if (read < chunk)
            break;
        if (!EventSchema::reportRows(progress, lastId, maxId, 0, readShare, error))
            return false;
    }
    CallChanges all;
    all.calls = calls.values();
    all.transfers = transfers.values();
    const qint64 rows = all.calls.size() + all.transfers.size();
    return save(db, all, error, [&](qint64 written, QSqlError *saveError) {
        return EventSchema::reportRows(progress, written, rows, readShare, 1, saveError);
    });
}

} // namespace opc
