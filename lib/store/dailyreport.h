#pragma once

#include "callquery.h"
#include "callrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

#include <array>

class QIODevice;

namespace opc {

// One day's calls and transfers for a supervisor: totals, completion rate, median time to complete,
// and the same per target and per hour. Built from the log's calls tables (schema 5), or by replaying
// events through CallBuilder (an older log, or a JSON Lines export from another desktop).
struct DailyReport
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)

public:
    struct Counts
    {
        int transfers = 0;
        int completed = 0;
        int cancelled = 0;
        int superseded = 0;
        int unknown = 0;
        int pending = 0;
        QList<qint64> completeMs; // pick to completion of each completed transfer
        // Completed out of the transfers that came to an end (superseded and pending ones left out);
        // -1 when none did.
        double completionRate() const;
        qint64 medianCompleteMs() const; // -1 without completed transfers
        void add(const TransferRecord &transfer);
    };
    struct TargetRow
    {
        QString target; // "Employee #12 · Ivan Petrov", as the events list names it
        Counts counts;
    };

    QDate date; // a day in timeZone
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    int calls = 0;
    Counts total;
    QList<TargetRow> perTarget; // most transfers first
    std::array<Counts, 24> perHour; // by the hour of the pick, in timeZone

    // [start, end] of the day in UTC.
    QDateTime dayStart() const;
    QDateTime dayEnd() const;

    static DailyReport build(QDate date, const QTimeZone &zone, const QList<CallRecord> &calls,
                             const QList<CallQuery::Transfer> &transfers);
    // From an open log: the tables at schema 5, the events replayed below it. Empty error on success.
    static DailyReport fromDatabase(const QSqlDatabase &db, int schemaVersion, QDate date,
                                    const QTimeZone &zone, QString *error);
    // From a JSON Lines export (JsonLinesEventWriter's keys).
    static DailyReport fromJsonLines(QIODevice &device, QDate date, const QTimeZone &zone, QString *error);
    // Replays events (in log order) into calls and transfers, then builds the day.
    static DailyReport fromEvents(const QList<CallCardEvent> &events, QDate date, const QTimeZone &zone);
};

} // namespace opc
