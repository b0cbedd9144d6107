#pragma once

#include "callrecord.h"
#include "eventschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace opc {

// The `calls` and `transfers` tables (schema v5): how CallBuilder's records are stored and read.
class CallLedger
{
public:
    // "id, call_id, …" in the order fromQuery() expects.
    static QString selectColumns();
    static CallRecord fromQuery(const QSqlQuery &query);

    static std::optional<CallRecord> load(const QSqlDatabase &db, const QString &portal,
                                          const QString &callId);
    // Writes every record of changes (insert or replace); sets the calls' row ids.
    static bool save(const QSqlDatabase &db, CallChanges &changes, QSqlError *error);
    // Calls still open in the file belong to a console that stopped: each ends at its last event
    // ("console-closed") and a transfer still waiting gets Unknown. Returns the calls closed, -1 on error.
    static int closeOpenCalls(const QSqlDatabase &db, QSqlError *error);
    // Schema 4 -> 5: builds both tables from the events already in the file, in id order, a chunk at a
    // time. The tables must exist and be empty. Reading the events is most of the progress, writing
    // the calls the rest.
    static bool rebuild(const QSqlDatabase &db, QSqlError *error, const EventSchema::Progress &progress = {});

private:
    // As save(); `written` hears every thousandth row and may stop the write (false, *error set).
    static bool save(const QSqlDatabase &db, CallChanges &changes, QSqlError *error,
                     const std::function<bool(qint64 written, QSqlError *error)> &written);
};

} // namespace opc
