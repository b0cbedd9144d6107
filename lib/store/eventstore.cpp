#include "eventstore.h"

#include "callledger.h"

#include "eventlogfile.h"
#include "eventrow.h"
#include "privatefiles.h"
#include "protocol/logging.h"
#include "sqlconnection.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

bool isLockError(const QSqlError &error)
{
    const int code = sqliteResultCode(error);
    return code == sqlite::Busy || code == sqlite::Locked;
}

} // namespace

EventStore::EventStore(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setInterval(m_retryInterval);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStore::retryNow);
    // Zero interval: the commit runs once the events already delivered in this turn are submitted.
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, &EventStore::commitSubmitted);
}

EventStore::~EventStore()
{
    commitSubmitted();
    // Last chance for a backlog; whatever still cannot be written is named in the diagnostics log.
    // The window is gone by now, so waiting out another program's lock freezes nothing.
    if (hasBacklog() && isOpen()) {
        QSqlQuery(m_connection->database())
            .exec(u"PRAGMA busy_timeout = "_s +
                  QString::number(SqlConnection::backgroundBusyTimeout.count()));
        flushPending();
    }
    if (!m_pending.isEmpty())
        qCCritical(lcStore) << "closing with" << m_pending.size() << "events that could not be written";
    close();
}

QString EventStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"events.sqlite"_s);
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
    if (isOpen())
        commitSubmitted();
    m_checkpointer.reset();
    m_connection.reset();
}

void EventStore::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryInterval = interval;
    if (!m_busy)
        m_retryTimer.setInterval(interval);
}

void EventStore::scheduleRetry(std::chrono::milliseconds interval)
{
    if (m_retryTimer.intervalAsDuration() != interval)
        m_retryTimer.setInterval(interval);
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
}

EventStore::OpenResult EventStore::open(const QString &dataDir)
{
    close();
    m_dataDir = dataDir;
    m_newerSchema = false;
    OpenResult result;
    if (!PrivateFiles::makePrivateDir(dataDir)) {
        result = {OpenStatus::Unwritable, tr("Cannot create the data directory %1.").arg(dataDir), {}};
    } else {
        result = EventLogFile::open(databasePath(dataDir), &m_connection);
    }

    switch (result.status) {
    case OpenStatus::Opened:
    case OpenStatus::CorruptMovedAside:
        qCInfo(lcStore) << "event log open:" << databasePath(dataDir);
        if (!PrivateFiles::restrictToOwner(databasePath(dataDir)))
            qCWarning(lcStore) << "cannot make the event log private to its owner";
        // See WalCheckpointer: the store's own (rarer) checkpoint only finishes what its thread copied.
        if (!QSqlQuery(m_connection->database())
                 .exec(u"PRAGMA wal_autocheckpoint = "_s + QString::number(WalCheckpointer::writerPages)))
            qCWarning(lcStore) << "cannot set the WAL checkpoint size";
        m_checkpointer = std::make_unique<WalCheckpointer>(databasePath(dataDir));
        startCalls();
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

void EventStore::startCalls()
{
    // Calls left open belong to a console that stopped; the same CALL_ID later continues its call.
    QSqlError error;
    const int closed = CallLedger::closeOpenCalls(m_connection->database(), &error);
    if (closed < 0)
        qCWarning(lcStore) << "cannot close the calls left open:" << error.text();
    else if (closed > 0)
        qCInfo(lcStore) << "closed" << closed << "calls left open by the last run";
    m_calls = CallBuilder([this](const QString &portal, const QString &callId) -> std::optional<CallRecord> {
        if (!isOpen())
            return std::nullopt;
        return CallLedger::load(m_connection->database(), portal, callId);
    });
    m_callChanges = {};
}

bool EventStore::append(CallCardEvent &event)
{
    commitSubmitted(); // what was submitted earlier goes first: the log keeps the order of arrival
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    const bool stored = write(event);
    emit eventAdded(event); // after the commit (or the queueing): a shown row is never ahead of the log
    announceCallChanges();
    return stored;
}

void EventStore::submit(CallCardEvent event)
{
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    m_submitted.append(std::move(event));
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

void EventStore::commitSubmitted()
{
    m_commitTimer.stop();
    if (m_submitted.isEmpty())
        return;
    QList<CallCardEvent> events = std::exchange(m_submitted, {});
    if (!m_pending.isEmpty() || !isOpen()) {
        // A backlog or a closed file: each event takes append()'s path behind the queue.
        for (CallCardEvent &event : events) {
            const bool stored = write(event);
            emit eventAdded(event);
            announceCallChanges();
            emit eventRecorded(event, stored);
        }
        return;
    }
    QList<CallChanges> changes;
    QSqlError error;
    if (!insertBatch(events, &error, &changes)) {
        for (CallCardEvent &event : events)
            enqueue(event);
        onWriteFailed(error);
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        emit eventAdded(events.at(i));
        if (i < changes.size())
            m_callChanges = changes.at(i);
        announceCallChanges();
        emit eventRecorded(events.at(i), events.at(i).id > 0);
    }
}

bool EventStore::insertBatch(QList<CallCardEvent> &events, QSqlError *error, QList<CallChanges> *changes)
{
    // All or nothing, like one event (see insertOne); each event's call changes are kept apart so
    // that listeners hear of them right after that event, as with append().
    QSqlQuery query(m_connection->database());
    if (!query.exec(u"SAVEPOINT opc_batch"_s)) {
        *error = query.lastError();
        return false;
    }
    const CallBuilder before = m_calls;
    bool ok = true;
    for (qsizetype i = 0; ok && i < events.size(); ++i) {
        ok = insert(events[i], error);
        changes->append(std::exchange(m_callChanges, {}));
    }
    if (ok && !query.exec(u"RELEASE opc_batch"_s)) {
        *error = query.lastError();
        ok = false;
    }
    if (ok)
        noteCommit();
    if (!ok) {
        query.exec(u"ROLLBACK TO opc_batch"_s);
        query.exec(u"RELEASE opc_batch"_s);
        m_calls = before;
        m_callChanges = {};
        changes->clear();
        for (CallCardEvent &event : events)
            event.id = 0;
    }
    return ok;
}

void EventStore::announceCallChanges()
{
    const CallChanges changes = std::exchange(m_callChanges, {});
    for (const CallRecord &call : changes.calls)
        emit callChanged(call);
    for (const TransferRecord &transfer : changes.transfers)
        emit transferChanged(transfer);
}

bool EventStore::insertOne(CallCardEvent &event, QSqlError *error)
{
    // The event and what it does to its call land together, or neither does. A savepoint, not BEGIN:
    // it also nests in a transaction a caller holds on this connection (and commits with it).
    QSqlQuery query(m_connection->database());
    if (!query.exec(u"SAVEPOINT opc_event"_s)) {
        *error = query.lastError();
        return false;
    }
    const CallBuilder before = m_calls;
    bool ok = insert(event, error);
    if (ok && !query.exec(u"RELEASE opc_event"_s)) {
        *error = query.lastError();
        ok = false;
    }
    if (ok)
        noteCommit();
    if (!ok) {
        query.exec(u"ROLLBACK TO opc_event"_s);
        query.exec(u"RELEASE opc_event"_s);
        m_calls = before;
        m_callChanges = {};
        event.id = 0;
    }
    return ok;
}

bool EventStore::write(CallCardEvent &event)
{
    if (m_pending.isEmpty() && isOpen()) {
        QSqlError error;
        if (insertOne(event, &error))
            return true;
        enqueue(event);
        onWriteFailed(error);
        return false;
    }
    // Something is already waiting: this event goes behind it so the log keeps its order.
    enqueue(event);
    // While another program holds the lock only the retry timer tries again, so that appends do not
    // each wait out the lock on the GUI thread.
    if (m_busy)
        return false;
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
    CallChanges changes = m_calls.apply(event);
    if (!CallLedger::save(m_connection->database(), changes, error))
        return false;
    for (const TransferRecord &transfer : std::as_const(changes.transfers)) {
        if (transfer.eventId == event.id) { // a pick: listeners get it with its (pending) outcome
            event.outcome = transfer.outcome;
            event.outcomeAfterMs = transfer.afterMs();
        }
    }
    m_callChanges.calls += changes.calls;
    m_callChanges.transfers += changes.transfers;
    return true;
}

bool EventStore::flushPending(QList<CallCardEvent> *storedEvents)
{
    if (!hasBacklog())
        return true;
    if (!isOpen())
        return false;
    QSqlDatabase db = m_connection->database();
    QSqlError error;
    const CallBuilder before = m_calls;
    // One transaction: either the whole backlog lands, in order, or none of it does.
    bool ok = db.transaction();
    QList<CallCardEvent> stored = m_pending;
    for (qsizetype i = 0; ok && i < stored.size(); ++i)
        ok = insert(stored[i], &error);
    for (auto it = m_pendingNames.cbegin(); ok && it != m_pendingNames.cend(); ++it) {
        int changed = 0;
        ok = updateTargetName(it.key(), it.value(), &changed, &error);
    }
    if (ok && !db.commit())
        ok = false;
    if (!ok) {
        if (!error.isValid())
            error = db.lastError();
        db.rollback();
        m_calls = before;
        m_callChanges = {};
        onWriteFailed(error);
        return false;
    }
    noteCommit();
    qCInfo(lcStore) << "wrote" << stored.size() << "queued events and" << m_pendingNames.size()
                    << "target names";
    m_pendingNames.clear();
    const QList<CallCardEvent> written = std::exchange(m_pending, {});
    for (qsizetype i = 0; i < stored.size(); ++i)
        emit pendingStored(written.at(i).id, stored.at(i));
    if (storedEvents)
        *storedEvents = stored;
    announceCallChanges();
    return true;
}

bool EventStore::retryNow()
{
    if (m_newerSchema)
        return m_pending.isEmpty();
    if (!isOpen() && !m_dataDir.isEmpty())
        return open(m_dataDir).isOpen() && !hasBacklog();
    if (flushPending()) {
        setHealthy();
        return true;
    }
    return false;
}

void EventStore::onWriteFailed(const QSqlError &error)
{
    // A lock held by another program is usually gone in moments: stay writable and retry soon. One
    // held past the grace period (or any other error) is a fault the operator is told about.
    if (isLockError(error) && m_writable) {
        if (!m_busy)
            m_busySince.start();
        if (std::chrono::milliseconds(m_busySince.elapsed()) < m_busyGracePeriod) {
            qCDebug(lcStore) << "event log busy, retrying:" << error.text();
            setBusy(true);
            scheduleRetry(m_busyRetryInterval);
            return;
        }
    }
    setFault(error);
}

void EventStore::setFault(const QSqlError &error)
{
    // Retries repeat every few seconds while the fault lasts; log the first failure, not each retry.
    if (m_writable || m_error != EventLogFile::describe(error))
        qCWarning(lcStore) << "event log write failed:" << error.text() << "code" << error.nativeErrorCode();
    else
        qCDebug(lcStore) << "retry failed:" << error.text();
    setFault(EventLogFile::describe(error));
}

void EventStore::setFault(const QString &message)
{
    if (m_error != message)
        qCWarning(lcStore) << message;
    m_error = message;
    if (!m_newerSchema)
        scheduleRetry(m_retryInterval);
    setWritable(false);
}

void EventStore::setHealthy()
{
    m_retryTimer.stop();
    m_error.clear();
    setBusy(false);
    setWritable(true);
}

void EventStore::noteCommit()
{
    if (m_checkpointer)
        m_checkpointer->noteCommit();
}

void EventStore::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (busy)
        qCInfo(lcStore) << "event log locked by another program; events wait in memory";
    emit busyChanged(busy);
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
    for (QList<CallCardEvent> *events : {&m_pending, &m_submitted}) {
        for (auto &event : *events) {
            if (event.isTransfer() && event.target.value() == target)
                event.targetName = name;
        }
    }
    int changed = 0;
    if (isOpen()) {
        QSqlError error;
        if (m_busy || !updateTargetName(target, name, &changed, &error)) {
            if (!m_busy && !isLockError(error)) {
                qCWarning(lcStore) << "cannot store target name:" << error.text();
                return -1;
            }
            m_pendingNames.insert(target, name); // written with the backlog once the lock is gone
            if (!m_busy)
                onWriteFailed(error);
            changed = 0;
        }
    }
    emit targetNameChanged(target, name);
    return changed;
}

bool EventStore::updateTargetName(const QString &target, const QString &name, int *changed, QSqlError *error)
{
    const QVariant value = name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name);
    QSqlQuery query(m_connection->database());
    query.prepare(u"UPDATE events SET target_name = ? WHERE target = ? AND event = ?"
                  " AND target_name IS NOT ?"_s);
    query.addBindValue(value);
    query.addBindValue(target);
    query.addBindValue(callcard::fullName(CallCardEventType::TransferButtonClick));
    query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    *changed = query.numRowsAffected();
    if (*changed > 0)
        noteCommit();
    return true;
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
