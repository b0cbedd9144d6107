#pragma once

#include "protocol/callcardevent.h"

#include <QSqlQuery>
#include <QString>

namespace opc {

// How one CallCardEvent maps to a row of the `events` table, shared by every reader and writer.
class EventRow
{
public:
    // "id, time_ms, …" in the order fromQuery() expects.
    static QString selectColumns();
    static QString insertStatement();
    // Binds positional values for insertStatement(), the search digits (number_digits) included.
    static void bindInsert(QSqlQuery &query, const CallCardEvent &event);
    // Reads the columns of selectColumns() from the current row of query.
    static CallCardEvent fromQuery(const QSqlQuery &query);
    // Schema v5 on: selectColumns() plus the transfer's outcome (one column after the others), for
    // "SELECT … FROM events"; readOutcome() takes it from the current row into event.
    static QString selectColumnsWithOutcome();
    static void readOutcome(const QSqlQuery &query, CallCardEvent &event);
};

} // namespace opc
