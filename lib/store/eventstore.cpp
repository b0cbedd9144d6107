#include "eventstore.h"

#include "eventrow.h"
#include "eventschema.h"
#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

namespace opc {
namespace {

bool isCorruption(const QSqlError &error)
{
    const int code = sqliteResultCode(error);
    return code == sqlite::Corrupt || code == sqlite::NotADb;
}

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

} // namespace

EventStore::EventStore(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setInterval(std::chrono::seconds(5));
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStore::retryNow);
}

EventStore::~EventStore()
{
    // Last chance for a backlog; whatever still cannot be written is named in the diagnostics log.
    if (!m_pending.isEmpty() && isOpen())
        flushPending();
    if (!m_pending.isEmpty())
        qCCritical(lcStore) << "closing with" << m_pending.size() << "events that could not be written";
    close();
}

QString EventStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("events.sqlite"));
}

bool EventStore::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

QSqlDatabase EventStore::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

void EventStore::close()
{
    m_connection.reset();
}

void EventStore::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

EventStore::OpenResult EventStore::open(const QString &dataDir)
{
    close();
    m_dataDir = dataDir;
    m_newerSchema = false;
    OpenResult result;
    if (!QDir().mkpath(dataDir)) {
        result = {OpenStatus::Unwritable, tr("Cannot create the data directory %1.").arg(dataDir), {}};
    } else {
        result = openFile(databasePath(dataDir));
    }

    switch (result.status) {
    case OpenStatus::Opened:
    case OpenStatus::CorruptMovedAside:
        qCInfo(lcStore) << "event log open:" << databasePath(dataDir);
        if (flushPending())
            setHealthy();
        break;
    case OpenStatus::NewerSchema:
        m_newerSchema = true;
        setFault(result.error);
        m_retryTimer.stop(); // retrying cannot help; the user must update the console
        break;
    case OpenStatus::Unwritable:
        setFault(result.error);
        break;
    }
    return result;
}

EventStore::OpenResult EventStore::openFile(const QString &path)
{
    const auto header = EventSchema::readHeader(path);
    QString movedTo;
    if (header.kind == EventSchema::Header::Kind::NotADatabase && !moveAside(path, &movedTo))
        return {OpenStatus::Unwritable,
                tr("The event log %1 is damaged and cannot be moved aside.").arg(path),
                {}};
    if (header.kind == EventSchema::Header::Kind::Database &&
        header.userVersion > EventSchema::currentVersion)
        return {OpenStatus::NewerSchema,
                tr("The event log %1 was written by a newer version of the console (schema %2, this version "
                   "knows %3). Update the console; the file was left unchanged.")
                    .arg(path)
                    .arg(header.userVersion)
                    .arg(EventSchema::currentVersion),
                {}};

    for (int attempt = 0; attempt < 2; ++attempt) {
        auto connection = std::make_unique<SqlConnection>(path, SqlConnection::Mode::ReadWrite);
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
                OpenStatus::NewerSchema,
                tr("The event log %1 was written by a newer version of the console (schema %2). Update the "
                   "console.")
                    .arg(path)
                    .arg(version),
                {}};
        }
        // WAL lets the exporter read while the console writes; FULL syncs the WAL on every commit so a
        // shown event survives a power cut, not only a crash.
        if (ok && query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next() &&
            query.value(0).toString() != u"wal")
            qCWarning(lcStore) << "WAL mode unavailable, journal mode is" << query.value(0).toString();
        ok = ok && query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        ok = ok && EventSchema::migrate(connection->database(), &error);
        // Touch the table's pages so a damaged file is caught here rather than on the first append.
        ok = ok && query.exec(QStringLiteral("SELECT id FROM events ORDER BY id DESC LIMIT 1"));
        if (!ok && !error.isValid())
            error = query.lastError();
        query = QSqlQuery();
        if (ok) {
            m_connection = std::move(connection);
            if (!movedTo.isEmpty())
                return {OpenStatus::CorruptMovedAside,
                        tr("The event log was damaged. It was moved to %1 and a new log was started.")
                            .arg(movedTo),
                        movedTo};
            return {};
        }
        connection.reset();
        if (attempt == 0 && isCorruption(error) && moveAside(path, &movedTo))
            continue;
        qCWarning(lcStore) << "cannot open event log" << path << error.text();
        return {OpenStatus::Unwritable, describe(error), {}};
    }
    return {OpenStatus::Unwritable, tr("The event log %1 cannot be opened.").arg(path), {}};
}

bool EventStore::moveAside(const QString &path, QString *movedTo)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target =
        info.dir().filePath(info.completeBaseName() + u".corrupt-"_qs + stamp + u'.' + info.suffix());
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

bool EventStore::append(CallCardEvent &event)
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    const bool stored = write(event);
    emit eventAdded(event); // after the commit (or the queueing): a shown row is never ahead of the log
    return stored;
}

bool EventStore::write(CallCardEvent &event)
{
    if (m_pending.isEmpty() && isOpen()) {
        QSqlError error;
        if (insert(event, &error))
            return true;
        enqueue(event);
        setFault(error);
        return false;
    }
    // Something is already waiting: this event goes behind it so the log keeps its order.
    enqueue(event);
    const qsizetype index = m_pending.size() - 1;
    QList<CallCardEvent> stored;
    if (isOpen() && flushPending(&stored)) {
        event.id = stored.at(index).id;
        setHealthy();
        return true;
    }
    return false;
}

void EventStore::enqueue(CallCardEvent &event)
{
    event.id = -(++m_lastPendingId);
    m_pending.append(event);
    qCWarning(lcStore) << "event queued in memory, pending:" << m_pending.size();
}

bool EventStore::insert(CallCardEvent &event, QSqlError *error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(EventRow::insertStatement());
    EventRow::bindInsert(query, event);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    event.id = query.lastInsertId().toLongLong();
    return true;
}

bool EventStore::flushPending(QList<CallCardEvent> *storedEvents)
{
    if (m_pending.isEmpty())
        return true;
    if (!isOpen())
        return false;
    QSqlDatabase db = m_connection->database();
    QSqlError error;
    // One transaction: either the whole backlog lands, in order, or none of it does.
    bool ok = db.transaction();
    QList<CallCardEvent> stored = m_pending;
    for (qsizetype i = 0; ok && i < stored.size(); ++i)
        ok = insert(stored[i], &error);
    if (ok && !db.commit())
        ok = false;
    if (!ok) {
        if (!error.isValid())
            error = db.lastError();
        db.rollback();
        setFault(error);
        return false;
    }
    qCInfo(lcStore) << "wrote" << stored.size() << "queued events";
    const QList<CallCardEvent> written = std::exchange(m_pending, {});
    for (qsizetype i = 0; i < stored.size(); ++i)
        emit pendingStored(written.at(i).id, stored.at(i));
    if (storedEvents)
        *storedEvents = stored;
    return true;
}

bool EventStore::retryNow()
{
    if (m_newerSchema)
        return m_pending.isEmpty();
    if (!isOpen() && !m_dataDir.isEmpty())
        return open(m_dataDir).isOpen() && m_pending.isEmpty();
    if (flushPending()) {
        setHealthy();
        return true;
    }
    return false;
}

void EventStore::setFault(const QSqlError &error)
{
    // Retries repeat every few seconds while the fault lasts; log the first failure, not each retry.
    if (m_writable || m_error != describe(error))
        qCWarning(lcStore) << "event log write failed:" << error.text() << "code" << error.nativeErrorCode();
    else
        qCDebug(lcStore) << "retry failed:" << error.text();
    setFault(describe(error));
}

void EventStore::setFault(const QString &message)
{
    if (m_error != message)
        qCWarning(lcStore) << message;
    m_error = message;
    if (!m_retryTimer.isActive() && !m_newerSchema)
        m_retryTimer.start();
    setWritable(false);
}

void EventStore::setHealthy()
{
    m_retryTimer.stop();
    m_error.clear();
    setWritable(true);
}

void EventStore::setWritable(bool writable)
{
    if (m_writable == writable)
        return;
    m_writable = writable;
    emit writableChanged(writable);
}

int EventStore::setTargetName(const QString &target, const QString &name)
{
    for (auto &event : m_pending) {
        if (event.isTransfer() && event.target.value() == target)
            event.targetName = name;
    }
    int changed = 0;
    if (isOpen()) {
        QSqlQuery query(m_connection->database());
        query.prepare(QStringLiteral("UPDATE events SET target_name = ? WHERE target = ? AND event = ?"
                                     " AND target_name IS NOT ?"));
        query.addBindValue(name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name));
        query.addBindValue(target);
        query.addBindValue(callcard::fullName(CallCardEventType::TransferButtonClick));
        query.addBindValue(name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name));
        if (!query.exec()) {
            qCWarning(lcStore) << "cannot store target name:" << query.lastError().text();
            return -1;
        }
        changed = query.numRowsAffected();
    }
    emit targetNameChanged(target, name);
    return changed;
}

qint64 EventStore::count(const EventFilter &filter)
{
    return isOpen() ? EventQuery(m_connection->database()).count(filter) : 0;
}

QList<CallCardEvent> EventStore::page(const EventFilter &filter, const EventPageKey &after, int limit)
{
    if (!isOpen())
        return {};
    EventQuery query(m_connection->database());
    auto rows = query.page(filter, after, limit);
    if (query.lastError().isValid())
        qCWarning(lcStore) << "cannot read event log:" << query.lastError().text();
    return rows;
}

} // namespace opc
