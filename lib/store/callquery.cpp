#include "callquery.h"

#include "callledger.h"
#include "eventrow.h"

#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString outcomeName(CallFilter::Outcome outcome)
{
    switch (outcome) {
    case CallFilter::Outcome::Completed:
        return TransferOutcomes::name(TransferOutcome::Completed);
    case CallFilter::Outcome::Cancelled:
        return TransferOutcomes::name(TransferOutcome::Cancelled);
    case CallFilter::Outcome::Superseded:
        return TransferOutcomes::name(TransferOutcome::Superseded);
    case CallFilter::Outcome::Unknown:
        return TransferOutcomes::name(TransferOutcome::Unknown);
    case CallFilter::Outcome::Pending:
        return TransferOutcomes::name(TransferOutcome::Pending);
    default:
        return {};
    }
}

QString whereClause(const CallFilter &filter, QVariantList &binds)
{
    QStringList conditions;
    if (filter.since.isValid()) {
        conditions.append(u"start_ms >= ?"_s);
        binds.append(filter.since.toMSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        conditions.append(u"start_ms <= ?"_s);
        binds.append(filter.until.toMSecsSinceEpoch());
    }
    if (filter.outcome == CallFilter::Outcome::NoTransfer) {
        conditions.append(u"transfers = 0"_s);
    } else if (const QString name = outcomeName(filter.outcome); !name.isEmpty()) {
        conditions.append(u"EXISTS (SELECT 1 FROM transfers t WHERE t.call_id = calls.call_id"
                          " AND t.portal = calls.portal AND t.outcome = ?)"_s);
        binds.append(name);
    }
    return conditions.join(u" AND "_s);
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    return query.exec();
}

} // namespace

bool CallFilter::matches(const CallRecord &call) const
{
    if (since.isValid() && call.startMs < since.toMSecsSinceEpoch())
        return false;
    if (until.isValid() && call.startMs > until.toMSecsSinceEpoch())
        return false;
    switch (outcome) {
    case Outcome::Any:
        return true;
    case Outcome::NoTransfer:
        return call.transfers == 0;
    default:
        // In memory only the last transfer's outcome is known (the query also finds earlier ones).
        return call.transfers > 0 && TransferOutcomes::name(call.outcome) == outcomeName(outcome);
    }
}

CallQuery::CallQuery(const QSqlDatabase &db)
    : m_db(db)
{
}

qint64 CallQuery::count(const CallFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*) FROM calls"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where),
             binds) ||
        !query.next()) {
        m_error = query.lastError();
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<CallRecord> CallQuery::page(const CallFilter &filter, const CallPageKey &after, int limit)
{
    QVariantList binds;
    QString where = whereClause(filter, binds);
    where = (where.isEmpty() ? QString() : where + u" AND "_s) + u"(start_ms, id) < (?, ?)"_s;
    binds << after.startMs << after.id;
    QSqlQuery query(m_db);
    QList<CallRecord> calls;
    if (!run(query,
             u"SELECT "_s + CallLedger::selectColumns() + u" FROM calls WHERE "_s + where +
                 u" ORDER BY start_ms DESC, id DESC LIMIT "_s + QString::number(limit),
             binds)) {
        m_error = query.lastError();
        return calls;
    }
    while (query.next())
        calls.append(CallLedger::fromQuery(query));
    m_error = query.lastError();
    return calls;
}

QList<CallCardEvent> CallQuery::timeline(const CallRecord &call)
{
    QSqlQuery query(m_db);
    QList<CallCardEvent> events;
    if (!run(
            query,
            u"SELECT "_s + EventRow::selectColumnsWithOutcome() +
                u" FROM events WHERE call_id = ? AND coalesce(portal, '') = coalesce(?, '') ORDER BY time_ms, id"_s,
            {call.callId, call.portal})) {
        m_error = query.lastError();
        return events;
    }
    while (query.next()) {
        CallCardEvent event = EventRow::fromQuery(query);
        EventRow::readOutcome(query, event);
        events.append(event);
    }
    m_error = query.lastError();
    return events;
}

QList<CallQuery::Transfer> CallQuery::transfers(const QDateTime &since, const QDateTime &until)
{
    QSqlQuery query(m_db);
    QList<Transfer> rows;
    QString columns;
    for (const QString &column : EventRow::selectColumns().split(u", "_s))
        columns += u"e."_s + column.trimmed() + u", "_s;
    if (!run(query,
             u"SELECT "_s + columns +
                 u"t.event_id, t.call_id, t.portal, t.pick_ms, t.outcome, t.outcome_ms, t.outcome_event_id"
                 " FROM transfers t JOIN events e ON e.id = t.event_id"
                 " WHERE t.pick_ms >= ? AND t.pick_ms <= ? ORDER BY t.pick_ms"_s,
             {since.toMSecsSinceEpoch(), until.toMSecsSinceEpoch()})) {
        m_error = query.lastError();
        return rows;
    }
    while (query.next()) {
        Transfer row;
        row.pick = EventRow::fromQuery(query);
        row.record.eventId = query.value(10).toLongLong();
        row.record.callId = query.value(11).toString();
        row.record.portal = query.value(12).toString();
        row.record.pickMs = query.value(13).toLongLong();
        row.record.outcome = TransferOutcomes::fromName(query.value(14).toString());
        row.record.outcomeMs = query.value(15).isNull() ? -1 : query.value(15).toLongLong();
        row.record.outcomeEventId = query.value(16).toLongLong();
        row.pick.outcome = row.record.outcome;
        row.pick.outcomeAfterMs = row.record.afterMs();
        rows.append(row);
    }
    m_error = query.lastError();
    return rows;
}

} // namespace opc
