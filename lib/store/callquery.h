#pragma once

#include "callrecord.h"
#include "protocol/callcardevent.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <limits>

namespace opc {

// What the calls view selects. Every condition that is set must hold.
struct CallFilter
{
    // Calls with at least one transfer of that outcome, calls without any transfer, or all.
    enum class Outcome { Any, Completed, Cancelled, Superseded, Unknown, Pending, NoTransfer };

    QDateTime since; // call start, inclusive
    QDateTime until; // call start, inclusive
    Outcome outcome = Outcome::Any;

    // For a call that changed in memory: its start, and its last transfer's outcome (the query on the
    // log also matches calls by an earlier transfer).
    bool matches(const CallRecord &call) const;
    bool operator==(const CallFilter &) const = default;
};

// Keyset paging over calls, newest start first.
struct CallPageKey
{
    qint64 startMs = std::numeric_limits<qint64>::max();
    qint64 id = std::numeric_limits<qint64>::max();
    static CallPageKey of(const CallRecord &call) { return {call.startMs, call.id}; }
};

// Read queries on `calls`, `transfers` and a call's events (schema v5).
class CallQuery
{
public:
    explicit CallQuery(const QSqlDatabase &db);

    qint64 count(const CallFilter &filter);
    QList<CallRecord> page(const CallFilter &filter, const CallPageKey &after, int limit);
    // Every event of the call, oldest first, transfers with their outcome.
    QList<CallCardEvent> timeline(const CallRecord &call);
    // Transfers picked in [since, until], oldest first, with the pick event's target and name.
    struct Transfer
    {
        TransferRecord record;
        CallCardEvent pick;
    };
    QList<Transfer> transfers(const QDateTime &since, const QDateTime &until);

    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
};

} // namespace opc
