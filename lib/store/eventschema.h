#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace opc {

// The event log's SQL schema and its migrations. PRAGMA user_version holds the schema version;
// migrations()[i] holds the statements that take a file from version i to i + 1, so a new
// version is one more list at the end and every old file walks the same path.
class EventSchema
{
public:
    static constexpr int currentVersion = 3;
    // The oldest version whose `events` table reads like the current one: read-only users (the
    // exporter) accept files from here to currentVersion without migrating them.
    static constexpr int oldestReadableVersion = 2;

    static const QList<QStringList> &migrations();

    // What the file header says, read with plain file I/O so that a file we must not touch
    // (newer schema, not a database) is never opened by SQLite for writing.
    struct Header
    {
        enum class Kind { Missing, Empty, Database, NotADatabase };
        Kind kind = Kind::Missing;
        int userVersion = 0;
    };
    static Header readHeader(const QString &path);

    // Version stored in the open database, or -1 with *error set.
    static int userVersion(const QSqlDatabase &db, QSqlError *error);

    // Brings an open database from its version to currentVersion in one IMMEDIATE transaction. A file
    // already at currentVersion is left alone without taking the write lock.
    static bool migrate(const QSqlDatabase &db, QSqlError *error);
};

} // namespace opc
