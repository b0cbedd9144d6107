#include "eventlogfile.h"

#include "eventschema.h"
#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc::EventLogFile {
namespace {

bool isCorruption(const QSqlError &error)
{
    const int code = sqliteResultCode(error);
    return code == sqlite::Corrupt || code == sqlite::NotADb;
}

bool moveAside(const QString &path, QString *movedTo)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s);
    const QString target =
        info.dir().filePath(info.completeBaseName() + u".corrupt-"_s + stamp + u'.' + info.suffix());
    if (!QFile::rename(path, target)) {
        qCCritical(lcStore) << "cannot move damaged event log" << path << "to" << target;
        return false;
    }
    // A WAL or shared-memory file belongs to the damaged file, never to the new one.
    for (const auto suffix : {u"-wal", u"-shm"}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    qCCritical(lcStore) << "damaged event log moved aside to" << target;
    *movedTo = target;
    return true;
}

} // namespace

QString describe(const QSqlError &error)
{
    switch (sqliteResultCode(error)) {
    case sqlite::Full:
        return EventStore::tr("The disk is full; events are kept in memory until the log can be written.");
    case sqlite::ReadOnly:
    case sqlite::CantOpen:
    case sqlite::IoErr:
        return EventStore::tr("The event log cannot be written (read-only or I/O error); events are kept in "
                              "memory until it can.");
    case sqlite::Busy:
    case sqlite::Locked:
        return EventStore::tr("The event log is locked by another program; events are kept in memory.");
    default:
        return EventStore::tr("The event log cannot be written (%1); events are kept in memory.")
            .arg(error.text());
    }
}

EventStore::OpenResult open(const QString &path, std::unique_ptr<SqlConnection> *opened)
{
    const auto header = EventSchema::readHeader(path);
    QString movedTo;
    if (header.kind == EventSchema::Header::Kind::NotADatabase && !moveAside(path, &movedTo))
        return {EventStore::OpenStatus::Unwritable,
                EventStore::tr("The event log %1 is damaged and cannot be moved aside.").arg(path),
                {}};
    if (header.kind == EventSchema::Header::Kind::Database &&
        header.userVersion > EventSchema::currentVersion)
        return {EventStore::OpenStatus::NewerSchema,
                EventStore::tr(
                    "The event log %1 was written by a newer version of the console (schema %2, this version "
                    "knows %3). Update the console; the file was left unchanged.")
                    .arg(path)
                    .arg(header.userVersion)
                    .arg(EventSchema::currentVersion),
                {}};

    for (int attempt = 0; attempt < 2; ++attempt) {
        auto connection = std::make_unique<SqlConnection>(path, SqlConnection::Mode::ReadWrite,
                                                          SqlConnection::guiBusyTimeout);
        QSqlError error;
        bool ok = connection->open();
        if (!ok)
            error = connection->lastError();
        QSqlQuery query(connection->database());
        // The header check cannot see a version committed to a WAL file that was never checkpointed.
        const int version = ok ? EventSchema::userVersion(connection->database(), &error) : -1;
        ok = version >= 0;
        if (ok && version > EventSchema::currentVersion) {
            return {
                EventStore::OpenStatus::NewerSchema,
                EventStore::tr(
                    "The event log %1 was written by a newer version of the console (schema %2). Update the "
                    "console.")
                    .arg(path)
                    .arg(version),
                {}};
        }
        // WAL lets the exporter read while the console writes; FULL syncs the WAL on every commit so a
        // shown event survives a power cut, not only a crash.
        if (ok && query.exec(u"PRAGMA journal_mode=WAL"_s) && query.next() &&
            query.value(0).toString() != u"wal")
            qCWarning(lcStore) << "WAL mode unavailable, journal mode is" << query.value(0).toString();
        ok = ok && query.exec(u"PRAGMA synchronous=FULL"_s);
        ok = ok && EventSchema::migrate(connection->database(), &error);
        // Touch the table's pages so a damaged file is caught here rather than on the first append.
        ok = ok && query.exec(u"SELECT id FROM events ORDER BY id DESC LIMIT 1"_s);
        if (!ok && !error.isValid())
            error = query.lastError();
        query = QSqlQuery();
        if (ok) {
            *opened = std::move(connection);
            if (!movedTo.isEmpty())
                return {
                    EventStore::OpenStatus::CorruptMovedAside,
                    EventStore::tr("The event log was damaged. It was moved to %1 and a new log was started.")
                        .arg(movedTo),
                    movedTo};
            return {};
        }
        connection.reset();
        if (attempt == 0 && isCorruption(error) && moveAside(path, &movedTo))
            continue;
        qCWarning(lcStore) << "cannot open event log" << path << error.text();
        return {EventStore::OpenStatus::Unwritable, describe(error), {}};
    }
    return {EventStore::OpenStatus::Unwritable,
            EventStore::tr("The event log %1 cannot be opened.").arg(path),
            {}};
}

} // namespace opc::EventLogFile
