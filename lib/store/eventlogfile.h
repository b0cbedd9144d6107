#pragma once

#include "eventstore.h"

#include <QSqlError>

#include <memory>

namespace opc {

class SqlConnection;

// Opening the event log file for the store's writer connection: a file written by a newer version is
// refused without being touched, a damaged one is moved aside and a new log started, then WAL, full
// sync and the schema migrations. Messages are EventStore's: they reach the operator as the store's.
namespace EventLogFile {

// On success *opened holds the open writer (GUI-thread busy timeout).
EventStore::OpenResult open(const QString &path, std::unique_ptr<SqlConnection> *opened);

// What a failed write means for the operator (user-visible, translated).
QString describe(const QSqlError &error);

} // namespace EventLogFile
} // namespace opc
