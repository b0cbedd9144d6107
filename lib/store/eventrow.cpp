#include "eventrow.h"

#include "protocol/clientnumber.h"

#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

QString EventRow::selectColumns()
{
    return u"id, time_ms, event, payload, call_id, portal, phone_number, target,"
           " target_kind, target_name"_s;
}

QString EventRow::selectColumnsWithOutcome()
{
    // One primary-key lookup, and only for transfers: "completed:12000", "pending:".
    return selectColumns() +
        u", CASE WHEN event = 'BackgroundCallCard::transferButtonClick' THEN (SELECT outcome || ':' ||"
        " coalesce(outcome_ms - pick_ms, '') FROM transfers WHERE transfers.event_id = events.id) END"_s;
}

void EventRow::readOutcome(const QSqlQuery &query, CallCardEvent &event)
{
    const QString value = query.value(10).toString();
    if (value.isEmpty())
        return;
    const qsizetype colon = value.indexOf(u':');
    event.outcome = TransferOutcomes::fromName(QStringView(value).left(colon));
    bool ok = false;
    const qint64 after = QStringView(value).mid(colon + 1).toLongLong(&ok);
    event.outcomeAfterMs = ok ? after : -1;
}

QString EventRow::insertStatement()
{
    return u"INSERT INTO events (time_ms, event, payload, call_id, portal, phone_number,"
           " target, target_kind, target_name, number_digits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

void EventRow::bindInsert(QSqlQuery &query, const CallCardEvent &event)
{
    query.bindValue(0, event.time.toMSecsSinceEpoch());
    query.bindValue(1, event.eventName());
    query.bindValue(2,
                    event.payloadJson.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(QString::fromUtf8(event.payloadJson)));
    query.bindValue(3, textOrNull(event.callId));
    query.bindValue(4, textOrNull(event.portalHost));
    const bool transfer = event.isTransfer();
    query.bindValue(5, transfer ? textOrNull(event.phoneNumber) : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(6, transfer ? textOrNull(event.target.value()) : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(7,
                    transfer ? QVariant(TransferTarget::kindName(event.target.kind()))
                             : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(8, transfer ? textOrNull(event.targetName) : QVariant(QMetaType(QMetaType::QString)));
    // Opened cards too: their number is in the payload, and a search by it must find them.
    query.bindValue(9, textOrNull(ClientNumber::indexedDigits(event)));
}

CallCardEvent EventRow::fromQuery(const QSqlQuery &query)
{
    CallCardEvent event;
    event.id = query.value(0).toLongLong();
    event.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    const QString name = query.value(2).toString();
    // Rows are only written by this code, so an unknown name means a newer writer; keep the row.
    if (const auto type = callcard::fromFullName(name))
        event.type = *type;
    event.payloadJson = query.value(3).toString().toUtf8();
    event.callId = query.value(4).toString();
    event.portalHost = query.value(5).toString();
    event.phoneNumber = query.value(6).toString();
    const QString target = query.value(7).toString();
    if (!target.isEmpty())
        event.target = TransferTarget(TransferTarget::kindFromName(query.value(8).toString()), target);
    event.targetName = query.value(9).toString();
    return event;
}

} // namespace opc
