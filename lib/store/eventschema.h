#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <utility>

namespace opc {

// The event log's SQL schema and its migrations. PRAGMA user_version holds the schema version;
// migrations()[i] takes a file from version i to i + 1, so a new version is one more step at the end
// and every old file walks the same path.
class EventSchema
{
public:
    static constexpr int currentVersion = 5;
    // The oldest version whose `events` table reads like the current one: read-only users (the
    // exporter) accept files from here to currentVersion without migrating them.
    static constexpr int oldestReadableVersion = 2;
    // From this version on, events.number_digits holds ClientNumber::indexedDigits and the search
    // index covers it.
    static constexpr int numberDigitsVersion = 4;
    // From this version on, `calls` and `transfers` hold the calls and transfer outcomes (CallLedger).
    static constexpr int callsVersion = 5;

    // How far a migration is, from 0 to 1, called a few hundred times at most on the migrating thread.
    // Returning false stops the migration: it fails with cancelledText() and leaves the file as it was.
    using Progress = std::function<bool(double fraction)>;
    static QString cancelledText();

    // One step: its statements in order. A step that needs values SQL cannot compute (digits of a
    // number inside a JSON payload) names a function that runs after `statements` and before
    // `thenStatements`, in the same transaction; it walks the rows and reports how far it is.
    struct Migration
    {
        using Compute = bool (*)(const QSqlDatabase &db, QSqlError *error, const Progress &progress);
        Migration(std::initializer_list<QString> sql)
            : statements(sql)
        {
        }
        Migration(QStringList sql, Compute function, QStringList thenSql)
            : statements(std::move(sql))
            , compute(function)
            , thenStatements(std::move(thenSql))
        {
        }

        QStringList statements;
        Compute compute = nullptr;
        QStringList thenStatements;
    };
    static const QList<Migration> &migrations();
    // Runs the steps from version `from` to `to` on db: no transaction, user_version left alone.
    static bool apply(const QSqlDatabase &db, int from, int to, QSqlError *error,
                      const Progress &progress = {});

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
    // already at currentVersion is left alone without taking the write lock. A failure, a stop asked
    // by `progress` or a killed process leaves the file at its old version with every row.
    static bool migrate(const QSqlDatabase &db, QSqlError *error, const Progress &progress = {});

    // Progress of a walk over the events by id: lastId of the file's largest id, scaled into
    // [from, to]. False (and *error set) when the walk is to stop.
    static bool reportRows(const Progress &progress, qint64 lastId, qint64 maxId, double from, double to,
                           QSqlError *error);
    // The largest event id in db (0 for none), the end of such a walk.
    static qint64 maxEventId(const QSqlDatabase &db);
};

} // namespace opc
