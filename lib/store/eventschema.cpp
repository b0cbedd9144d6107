#include "eventschema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace opc {

const QList<QStringList> &EventSchema::migrations()
{
    static const QList<QStringList> steps{
        // 0 -> 1: the first released log. Times are UTC milliseconds since the epoch; the payload
        // is kept as the exact JSON text that was delivered (NULL for no-data events).
        {
            u"CREATE TABLE events ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " time_ms INTEGER NOT NULL,"
            " event TEXT NOT NULL,"
            " payload TEXT,"
            " call_id TEXT,"
            " portal TEXT,"
            " phone_number TEXT,"
            " target TEXT,"
            " target_kind TEXT)"_s,
            u"CREATE INDEX events_time ON events(time_ms)"_s,
        },
        // 1 -> 2: target display names resolved later by the REST layer, indexes for the panel's
        // filters, and a trigram index so "contains" searches on numbers and names stay indexed.
        {
            u"ALTER TABLE events ADD COLUMN target_name TEXT"_s,
            u"CREATE INDEX events_event ON events(event, time_ms)"_s,
            u"CREATE INDEX events_phone ON events(phone_number)"_s,
            u"CREATE INDEX events_target ON events(target)"_s,
            u"CREATE VIRTUAL TABLE events_fts USING fts5("
            " phone_number, target, target_name,"
            " content='events', content_rowid='id', tokenize='trigram')"_s,
            // Only transfers carry searchable text; other rows stay out of the index.
            u"CREATE TRIGGER events_fts_insert AFTER INSERT ON events"
            " WHEN new.phone_number IS NOT NULL OR new.target IS NOT NULL"
            " OR new.target_name IS NOT NULL BEGIN"
            " INSERT INTO events_fts(rowid, phone_number, target, target_name)"
            " VALUES (new.id, new.phone_number, new.target, new.target_name); END"_s,
            u"CREATE TRIGGER events_fts_delete AFTER DELETE ON events"
            " WHEN old.phone_number IS NOT NULL OR old.target IS NOT NULL"
            " OR old.target_name IS NOT NULL BEGIN"
            " INSERT INTO events_fts(events_fts, rowid, phone_number, target, target_name)"
            " VALUES ('delete', old.id, old.phone_number, old.target, old.target_name); END"_s,
            u"CREATE TRIGGER events_fts_update_old AFTER UPDATE ON events"
            " WHEN old.phone_number IS NOT NULL OR old.target IS NOT NULL"
            " OR old.target_name IS NOT NULL BEGIN"
            " INSERT INTO events_fts(events_fts, rowid, phone_number, target, target_name)"
            " VALUES ('delete', old.id, old.phone_number, old.target, old.target_name); END"_s,
            u"CREATE TRIGGER events_fts_update_new AFTER UPDATE ON events"
            " WHEN new.phone_number IS NOT NULL OR new.target IS NOT NULL"
            " OR new.target_name IS NOT NULL BEGIN"
            " INSERT INTO events_fts(rowid, phone_number, target, target_name)"
            " VALUES (new.id, new.phone_number, new.target, new.target_name); END"_s,
            // Index the rows a version-1 file already holds.
            u"INSERT INTO events_fts(rowid, phone_number, target, target_name)"
            " SELECT id, phone_number, target, target_name FROM events"
            " WHERE phone_number IS NOT NULL OR target IS NOT NULL"
            " OR target_name IS NOT NULL"_s,
        },
        // 2 -> 3: the user directory's cache of employee records (UserDirectory). Version 2 consoles
        // created this table themselves, outside the migrations; IF NOT EXISTS keeps theirs and its rows.
        {
            u"CREATE TABLE IF NOT EXISTS user_cache ("
            " portal TEXT NOT NULL,"
            " id INTEGER NOT NULL,"
            " record TEXT NOT NULL,"
            " fetched_at INTEGER NOT NULL,"
            " PRIMARY KEY (portal, id))"_s,
        },
    };
    static_assert(currentVersion == 3, "add the migration steps for the new version above");
    return steps;
}

EventSchema::Header EventSchema::readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.exists())
        return header;
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = Header::Kind::NotADatabase;
        return header;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.kind = Header::Kind::Empty;
        return header;
    }
    // https://www.sqlite.org/fileformat.html#the_database_header: magic string, user_version at 60.
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        header.kind = Header::Kind::NotADatabase;
        return header;
    }
    header.kind = Header::Kind::Database;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    return header;
}

int EventSchema::userVersion(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool EventSchema::migrate(const QSqlDatabase &db, QSqlError *error)
{
    // The usual case: nothing to do, and no write lock to wait for while another program holds it.
    if (userVersion(db, error) == currentVersion)
        return true;
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock first, so two processes cannot migrate the same file at once.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = query.lastError();
        return false;
    }
    const int from = userVersion(db, error);
    bool ok = from >= 0;
    for (int version = from; ok && version < currentVersion; ++version) {
        for (const QString &statement : migrations().at(version)) {
            if (!query.exec(statement)) {
                *error = query.lastError();
                ok = false;
                break;
            }
        }
    }
    if (ok && from < currentVersion) {
        ok = query.exec(u"PRAGMA user_version = "_s + QString::number(currentVersion));
        if (!ok)
            *error = query.lastError();
    }
    if (ok && !query.exec(u"COMMIT"_s)) {
        *error = query.lastError();
        ok = false;
    }
    if (!ok)
        query.exec(u"ROLLBACK"_s);
    return ok;
}

} // namespace opc
