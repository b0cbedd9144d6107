#include "dailyreport.h"

#include "callbuilder.h"
#include "eventquery.h"
#include "protocol/eventpresentation.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

double DailyReport::Counts::completionRate() const
{
    const int ended = completed + cancelled + unknown;
    return ended == 0 ? -1 : 100.0 * completed / ended;
}

qint64 DailyReport::Counts::medianCompleteMs() const
{
    if (completeMs.isEmpty())
        return -1;
    QList<qint64> sorted = completeMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

void DailyReport::Counts::add(const TransferRecord &transfer)
{
    ++transfers;
    switch (transfer.outcome) {
    case TransferOutcome::Completed:
        ++completed;
        completeMs.append(transfer.afterMs());
        break;
    case TransferOutcome::Cancelled:
        ++cancelled;
        break;
    case TransferOutcome::Superseded:
        ++superseded;
        break;
    case TransferOutcome::Unknown:
        ++unknown;
        break;
    default:
        ++pending;
        break;
    }
}

QDateTime DailyReport::dayStart() const
{
    // startOfDay: also where a clock change skips midnight.
    return date.startOfDay(timeZone).toUTC();
}

QDateTime DailyReport::dayEnd() const
{
    return date.addDays(1).startOfDay(timeZone).toUTC().addMSecs(-1);
}

DailyReport DailyReport::build(QDate date, const QTimeZone &zone, const QList<CallRecord> &calls,
                               const QList<CallQuery::Transfer> &transfers)
{
    DailyReport report;
    report.date = date;
    report.timeZone = zone;
    const qint64 from = report.dayStart().toMSecsSinceEpoch();
    const qint64 to = report.dayEnd().toMSecsSinceEpoch();
    report.calls = int(std::count_if(calls.cbegin(), calls.cend(), [&](const CallRecord &call) {
        return call.startMs >= from && call.startMs <= to;
    }));
    QHash<QString, qsizetype> targetRows;
    for (const auto &transfer : transfers) {
        if (transfer.record.pickMs < from || transfer.record.pickMs > to)
            continue;
        report.total.add(transfer.record);
        const int hour = QDateTime::fromMSecsSinceEpoch(transfer.record.pickMs, zone).time().hour();
        report.perHour[hour].add(transfer.record);
        const QString target = EventPresentation::targetSummary(transfer.pick);
        auto row = targetRows.constFind(target);
        if (row == targetRows.constEnd()) {
            row = targetRows.insert(target, report.perTarget.size());
            report.perTarget.append({target, {}});
        }
        report.perTarget[*row].counts.add(transfer.record);
    }
    std::stable_sort(
        report.perTarget.begin(), report.perTarget.end(),
        [](const TargetRow &a, const TargetRow &b) { return a.counts.transfers > b.counts.transfers; });
    return report;
}

DailyReport DailyReport::fromEvents(const QList<CallCardEvent> &events, QDate date, const QTimeZone &zone)
{
    QHash<QString, CallRecord> calls;
    QHash<qint64, CallQuery::Transfer> transfers;
    CallBuilder builder([&calls](const QString &portal, const QString &callId) -> std::optional<CallRecord> {
        const auto it = calls.constFind(portal + u'\n' + callId);
        return it == calls.constEnd() ? std::nullopt : std::optional<CallRecord>(*it);
    });
    qint64 nextId = 1;
    for (CallCardEvent event : events) {
        event.id = nextId++; // ids only have to follow the log's order here
        const CallChanges changes = builder.apply(event);
        for (const CallRecord &call : changes.calls)
            calls.insert(call.portal + u'\n' + call.callId, call);
        for (const TransferRecord &transfer : changes.transfers) {
            CallQuery::Transfer &row = transfers[transfer.eventId];
            if (transfer.eventId == event.id)
                row.pick = event;
            row.record = transfer;
        }
    }
    QList<CallQuery::Transfer> list = transfers.values();
    // An export carries each transfer's outcome as the log knew it, and a filtered export (transfers
    // only, one number) lacks the events that decided it: a decided outcome it carries wins.
    for (CallQuery::Transfer &row : list) {
        if (row.pick.outcome == TransferOutcome::None || row.pick.outcome == TransferOutcome::Pending)
            continue;
        row.record.outcome = row.pick.outcome;
        row.record.outcomeMs = row.pick.outcomeAfterMs < 0 ? -1 : row.record.pickMs + row.pick.outcomeAfterMs;
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.record.eventId < b.record.eventId; });
    return build(date, zone, calls.values(), list);
}

DailyReport DailyReport::fromDatabase(const QSqlDatabase &db, int schemaVersion, QDate date,
                                      const QTimeZone &zone, QString *error)
{
    DailyReport day;
    day.date = date;
    day.timeZone = zone;
    if (schemaVersion >= EventSchema::callsVersion) {
        CallQuery query(db);
        CallFilter filter;
        filter.since = day.dayStart();
        filter.until = day.dayEnd();
        QList<CallRecord> calls;
        for (CallPageKey key;;) {
            const QList<CallRecord> page = query.page(filter, key, 5000);
            calls += page;
            if (page.size() < 5000)
                break;
            key = CallPageKey::of(page.constLast());
        }
        const QList<CallQuery::Transfer> transfers = query.transfers(day.dayStart(), day.dayEnd());
        *error = query.lastError().isValid() ? query.lastError().text() : QString();
        return build(date, zone, calls, transfers);
    }
    // An older log: its events, from half a day earlier so calls that began before midnight have a start.
    EventQuery query(db, schemaVersion);
    EventFilter filter;
    filter.since = day.dayStart().addSecs(-12 * 3600);
    filter.until = day.dayEnd();
    QList<CallCardEvent> events;
    const int read = query.visit(filter, EventPageKey::oldest(), std::numeric_limits<int>::max(),
                                 EventQuery::Order::OldestFirst,
                                 [&events](const CallCardEvent &event) { events.append(event); });
    *error = read < 0 ? query.lastError().text() : QString();
    return fromEvents(events, date, zone);
}

DailyReport DailyReport::fromJsonLines(QIODevice &device, QDate date, const QTimeZone &zone, QString *error)
{
    QList<CallCardEvent> events;
    int lineNumber = 0;
    error->clear();
    while (!device.atEnd()) {
        const QByteArray line = device.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        const auto type = callcard::fromFullName(object.value(u"event"_s).toString());
        const QDateTime time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
        if (parseError.error != QJsonParseError::NoError || !type || !time.isValid()) {
            *error = tr("Line %1 is not an event of a JSON Lines export.").arg(lineNumber);
            return {};
        }
        CallCardEvent event;
        event.type = *type;
        event.time = time.toUTC();
        event.payloadJson = compactJson(object.value(u"payload"_s));
        event.callId = object.value(u"callId"_s).toString();
        event.portalHost = object.value(u"portal"_s).toString();
        if (event.isTransfer()) {
            event.phoneNumber = object.value(u"phoneNumber"_s).toString();
            event.target =
                TransferTarget(TransferTarget::kindFromName(object.value(u"targetKind"_s).toString()),
                               object.value(u"target"_s).toString());
            event.targetName = object.value(u"targetName"_s).toString();
            event.outcome = TransferOutcomes::fromName(object.value(u"outcome"_s).toString());
            const QJsonValue after = object.value(u"outcomeAfterMs"_s);
            event.outcomeAfterMs = after.isDouble() ? qint64(after.toDouble()) : -1;
        }
        events.append(event);
    }
    return fromEvents(events, date, zone);
}

} // namespace opc
