#include "eventschema.h"

#include "callledger.h"

#include "protocol/clientnumber.h"
#include "protocol/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// 3 -> 4: events.number_digits for the rows that carry a client number, read in id order a chunk at a
// time so a large log never sits in memory. The SELECT names its columns: later versions may add some.
bool fillNumberDigits(const QSqlDatabase &db, QSqlError *error, const EventSchema::Progress &progress)
{
    constexpr int chunk = 5000;
    const qint64 maxId = EventSchema::maxEventId(db);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery update(db);
    if (!select.prepare(u"SELECT id, event, payload, phone_number, target, target_kind FROM events"
                        " WHERE id > ? AND event IN (?, ?) ORDER BY id LIMIT "_s +
                        QString::number(chunk)) ||
        !update.prepare(u"UPDATE events SET number_digits = ? WHERE id = ?"_s)) {
        *error = select.lastError().isValid() ? select.lastError() : update.lastError();
        return false;
    }
    qint64 lastId = 0;
    for (;;) {
        select.bindValue(0, lastId);
        select.bindValue(1, callcard::fullName(CallCardEventType::Initialized));
        select.bindValue(2, callcard::fullName(CallCardEventType::TransferButtonClick));
        if (!select.exec()) {
            *error = select.lastError();
            return false;
        }
        QList<std::pair<qint64, QString>> digits;
        int read = 0;
        while (select.next()) {
            ++read;
            lastId = select.value(0).toLongLong();
            CallCardEvent event;
            event.type =
                callcard::fromFullName(select.value(1).toString()).value_or(CallCardEventType::Initialized);
            event.payloadJson = select.value(2).toString().toUtf8();
            event.phoneNumber = select.value(3).toString();
            event.target = TransferTarget(TransferTarget::kindFromName(select.value(5).toString()),
                                          select.value(4).toString());
            const QString value = ClientNumber::indexedDigits(event);
            if (!value.isEmpty())
                digits.append({lastId, value});
        }
        select.finish();
        for (const auto &[id, value] : std::as_const(digits)) {
            update.bindValue(0, value);
            update.bindValue(1, id);
            if (!update.exec()) {
                *error = update.lastError();
                return false;
            }
        }
        if (read < chunk)
            return true;
        if (!EventSchema::reportRows(progress, lastId, maxId, 0, 1, error))
            return false;
    }
}

} // namespace

const QList<EventSchema::Migration> &EventSchema::migrations()
{
    static const QList<Migration> steps{
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
        // 3 -> 4: number search by digits, and a search index rebuilt from the rows. The version-2
        // UPDATE triggers were a pair that SQLite fires newest first, so the old entry was removed after
        // the new one was added, taking every value the two share: a transfer lost its number and
        // target from the index when its target's name arrived. Opened cards were never indexed.
        Migration(
            {
                u"ALTER TABLE events ADD COLUMN number_digits TEXT"_s,
                u"DROP TRIGGER IF EXISTS events_fts_insert"_s,
                u"DROP TRIGGER IF EXISTS events_fts_delete"_s,
                u"DROP TRIGGER IF EXISTS events_fts_update_old"_s,
                u"DROP TRIGGER IF EXISTS events_fts_update_new"_s,
                u"DROP TABLE IF EXISTS events_fts"_s,
            },
            fillNumberDigits,
            {
                u"CREATE VIRTUAL TABLE events_fts USING fts5("
                " phone_number, target, target_name, number_digits,"
                " content='events', content_rowid='id', tokenize='trigram')"_s,
                // Only rows with a number, a target or a name are indexed.
                u"CREATE TRIGGER events_fts_insert AFTER INSERT ON events"
                " WHEN new.phone_number IS NOT NULL OR new.target IS NOT NULL"
                " OR new.target_name IS NOT NULL OR new.number_digits IS NOT NULL BEGIN"
                " INSERT INTO events_fts(rowid, phone_number, target, target_name, number_digits)"
                " VALUES (new.id, new.phone_number, new.target, new.target_name, new.number_digits); END"_s,
                u"CREATE TRIGGER events_fts_delete AFTER DELETE ON events"
                " WHEN old.phone_number IS NOT NULL OR old.target IS NOT NULL"
                " OR old.target_name IS NOT NULL OR old.number_digits IS NOT NULL BEGIN"
                " INSERT INTO events_fts(events_fts, rowid, phone_number, target, target_name, number_digits)"
                " VALUES ('delete', old.id, old.phone_number, old.target, old.target_name,"
                " old.number_digits); END"_s,
                // One trigger, whose statements run in order: the old entry goes before the new one comes.
                u"CREATE TRIGGER events_fts_update"
                " AFTER UPDATE OF phone_number, target, target_name, number_digits ON events BEGIN"
                " INSERT INTO events_fts(events_fts, rowid, phone_number, target, target_name, number_digits)"
                " SELECT 'delete', old.id, old.phone_number, old.target, old.target_name, old.number_digits"
                " WHERE old.phone_number IS NOT NULL OR old.target IS NOT NULL"
                " OR old.target_name IS NOT NULL OR old.number_digits IS NOT NULL;"
                " INSERT INTO events_fts(rowid, phone_number, target, target_name, number_digits)"
                " SELECT new.id, new.phone_number, new.target, new.target_name, new.number_digits"
                " WHERE new.phone_number IS NOT NULL OR new.target IS NOT NULL"
                " OR new.target_name IS NOT NULL OR new.number_digits IS NOT NULL; END"_s,
                u"INSERT INTO events_fts(rowid, phone_number, target, target_name, number_digits)"
                " SELECT id, phone_number, target, target_name, number_digits FROM events"
                " WHERE phone_number IS NOT NULL OR target IS NOT NULL"
                " OR target_name IS NOT NULL OR number_digits IS NOT NULL"_s,
            }),
        // 4 -> 5: calls and transfer outcomes (docs/calls.md), built from the events already logged.
        // Pruning old events takes their transfers along, and a call once its last event is gone.
        Migration(
            {
                u"CREATE TABLE calls ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " call_id TEXT NOT NULL,"
                " portal TEXT NOT NULL DEFAULT '',"
                " start_ms INTEGER NOT NULL,"
                " last_ms INTEGER NOT NULL,"
                " end_ms INTEGER,"
                " end_reason TEXT,"
                " phone_number TEXT,"
                " line_number TEXT,"
                " line_name TEXT,"
                " direction TEXT,"
                " crm_entity_type TEXT,"
                " crm_entity_id INTEGER,"
                " crm_bindings TEXT,"
                " events INTEGER NOT NULL DEFAULT 0,"
                " transfers INTEGER NOT NULL DEFAULT 0,"
                " outcome TEXT,"
                " UNIQUE (call_id, portal))"_s,
                u"CREATE INDEX calls_start ON calls(start_ms)"_s,
                // Each start closes the calls left open: these keep it from scanning every call.
                u"CREATE INDEX calls_open ON calls(call_id) WHERE end_ms IS NULL"_s,
                u"CREATE TABLE transfers ("
                " event_id INTEGER PRIMARY KEY,"
                " call_id TEXT NOT NULL,"
                " portal TEXT NOT NULL DEFAULT '',"
                " pick_ms INTEGER NOT NULL,"
                " outcome TEXT NOT NULL,"
                " outcome_ms INTEGER,"
                " outcome_event_id INTEGER)"_s,
                u"CREATE INDEX transfers_call ON transfers(call_id, portal)"_s,
                u"CREATE INDEX transfers_pick ON transfers(pick_ms)"_s,
                u"CREATE INDEX transfers_pending ON transfers(call_id) WHERE outcome = 'pending'"_s,
                u"CREATE INDEX events_call ON events(call_id, time_ms) WHERE call_id IS NOT NULL"_s,
            },
            CallLedger::rebuild,
            {
                u"CREATE TRIGGER events_calls_delete AFTER DELETE ON events BEGIN"
                " DELETE FROM transfers WHERE event_id = old.id;"
                " DELETE FROM calls WHERE old.call_id IS NOT NULL AND call_id = old.call_id"
                " AND portal = coalesce(old.portal, '') AND last_ms <= old.time_ms; END"_s,
            }),
    };
    static_assert(currentVersion == 5, "add the migration steps for the new version above");
    return steps;
}

QString EventSchema::cancelledText()
{
    return u"the schema migration was stopped"_s;
}

bool EventSchema::reportRows(const Progress &progress, qint64 lastId, qint64 maxId, double from, double to,
                             QSqlError *error)
{
    if (!progress)
        return true;
    const double done = maxId > 0 ? qBound(0.0, double(lastId) / double(maxId), 1.0) : 1.0;
    if (progress(from + (to - from) * done))
        return true;
    *error = QSqlError(cancelledText(), {}, QSqlError::UnknownError);
    return false;
}

qint64 EventSchema::maxEventId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT coalesce(max(id), 0) FROM events"_s) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

bool EventSchema::apply(const QSqlDatabase &db, int from, int to, QSqlError *error, const Progress &progress)
{
    QSqlQuery query(db);
    const auto run = [&](const QStringList &statements) {
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *error = query.lastError();
                return false;
            }
        }
        return true;
    };
    // The steps that walk the rows take the time: each gets an equal share of the progress.
    int walks = 0;
    for (int version = from; version < to; ++version)
        walks += migrations().at(version).compute ? 1 : 0;
    int walked = 0;
    for (int version = from; version < to; ++version) {
        const Migration &step = migrations().at(version);
        if (!run(step.statements))
            return false;
        if (step.compute) {
            const Progress share = !progress ? Progress() : [&progress, walked, walks](double fraction) {
                return progress((walked + fraction) / walks);
            };
            if (!step.compute(db, error, share))
                return false;
            ++walked;
        }
        if (!run(step.thenStatements))
            return false;
    }
    return true;
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

bool EventSchema::migrate(const QSqlDatabase &db, QSqlError *error, const Progress &progress)
{
    // The usual case: nothing to do, and no write lock to wait for while another program holds it.
    if (userVersion(db, error) == currentVersion)
        return true;
    QElapsedTimer timer; // a large log takes seconds once: the diagnostics log says how long
    timer.start();
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock first, so two processes cannot migrate the same file at once.
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = query.lastError();
        return false;
    }
    const int from = userVersion(db, error);
    bool ok = from >= 0 && apply(db, from, currentVersion, error, progress);
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
    else if (from > 0 && from < currentVersion)
        qCInfo(lcStore) << "event log migrated from schema" << from << "to" << currentVersion << "in"
                        << timer.elapsed() << "ms";
    return ok;
}

} // namespace opc
