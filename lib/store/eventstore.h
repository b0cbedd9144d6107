#pragma once

#include "callbuilder.h"
#include "eventfilter.h"
#include "eventquery.h"
#include "protocol/callcardevent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <memory>

namespace opc {

class SqlConnection;
class WalCheckpointer;

// The durable event log: an SQLite file (WAL) in the data directory. append() commits an event
// before it returns and then announces it (eventAdded), so whatever the panel shows survives a
// crash. When the file cannot be written (read-only, disk full, I/O error) events wait in memory,
// in order, and a retry timer writes them once the fault clears; nothing is dropped.
// Another program holding the write lock is not a fault: the GUI thread waits at most
// SqlConnection::guiBusyTimeout, then events queue quietly (busy) and are retried every
// busyRetryInterval; only a lock held longer than busyGracePeriod makes the log unwritable.
class EventStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenStatus {
        Opened,
        CorruptMovedAside, // the old file was renamed to movedAsidePath and a new log started
        NewerSchema, // written by a newer version; the file was not touched and stays closed
        Unwritable, // cannot create or write the file; events queue and open is retried
    };
    struct OpenResult
    {
        OpenStatus status = OpenStatus::Opened;
        QString error; // user-visible, translated; empty when Opened
        QString movedAsidePath;
        bool isOpen() const
        {
            return status == OpenStatus::Opened || status == OpenStatus::CorruptMovedAside;
        }
    };

    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    static QString databasePath(const QString &dataDir);

    OpenResult open(const QString &dataDir);
    void close();
    bool isOpen() const;
    QString dataDir() const { return m_dataDir; }
    // False while the file could not be opened or written, or another program has held its lock for
    // longer than the grace period. Events may wait in the pending queue while writable (busy).
    bool isWritable() const { return m_writable; }
    // True while events wait because another program briefly holds the write lock.
    bool isBusy() const { return m_busy; }
    // Why the log is not writable (user-visible, translated); empty when writable.
    QString errorString() const { return m_error; }

    // Commits event and sets event.id (> 0); returns true. If the write fails, the event is queued,
    // event.id is set to a negative placeholder (see pendingStored) and false is returned. Either
    // way eventAdded is emitted afterwards.
    bool append(CallCardEvent &event);
    // The record path's append: queues event for a group commit of everything submitted in the same
    // turn of the event loop (one transaction, one fsync, instead of one per event), then announces
    // each like append() does (eventAdded, then eventRecorded), in order. Only what is committed is
    // announced as stored, so a row the operator sees is still never ahead of the log.
    void submit(CallCardEvent event);
    // Commits what submit() queued, now (append(), close() and the destructor do it first).
    void commitSubmitted();
    qsizetype submittedCount() const { return m_submitted.size(); }
    const QList<CallCardEvent> &pendingEvents() const { return m_pending; }
    // Writes the pending queue now (also reopens the file if needed); true if nothing is pending.
    bool retryNow();
    // How often a fault (not a busy lock) is retried.
    void setRetryInterval(std::chrono::milliseconds interval);
    void setBusyRetryInterval(std::chrono::milliseconds interval) { m_busyRetryInterval = interval; }
    void setBusyGracePeriod(std::chrono::milliseconds period) { m_busyGracePeriod = period; }

    // Display names arrive later from the REST layer. Returns the rows changed, -1 on error; 0 when
    // the file is busy, and the name is then written with the queued events.
    int setTargetName(const QString &target, const QString &name);

    // Reads through the store's own connection (GUI thread); see EventQuery.
    qint64 count(const EventFilter &filter = {});
    QList<CallCardEvent> page(const EventFilter &filter, const EventPageKey &after, int limit);

    // The writer connection, for tests and diagnostics; invalid while closed.
    QSqlDatabase database() const;
    // Copies the WAL into the file off the GUI thread while open; nullptr while closed.
    WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    static constexpr std::chrono::milliseconds defaultRetryInterval{5000};
    static constexpr std::chrono::milliseconds defaultBusyRetryInterval{250};
    static constexpr std::chrono::milliseconds defaultBusyGracePeriod{10000};

signals:
    // Every accepted event, after append() committed it (id > 0) or queued it (id < 0).
    void eventAdded(const opc::CallCardEvent &event);
    void writableChanged(bool writable);
    void busyChanged(bool busy);
    // A queued event (id pendingId < 0) was committed; event carries its real id.
    void pendingStored(qint64 pendingId, const opc::CallCardEvent &event);
    void targetNameChanged(const QString &target, const QString &name);
    // A submitted event after its group commit (stored) or after it was queued in memory (not
    // stored, id < 0); follows its eventAdded.
    void eventRecorded(const opc::CallCardEvent &event, bool stored);
    // A call or a transfer's outcome changed with a committed event (after eventAdded).
    void callChanged(const opc::CallRecord &call);
    void transferChanged(const opc::TransferRecord &transfer);

private:
    bool write(CallCardEvent &event);
    bool insertBatch(QList<CallCardEvent> &events, QSqlError *error, QList<CallChanges> *changes);
    bool insert(CallCardEvent &event, QSqlError *error);
    bool insertOne(CallCardEvent &event, QSqlError *error);
    void startCalls();
    void announceCallChanges();
    bool updateTargetName(const QString &target, const QString &name, int *changed, QSqlError *error);
    bool flushPending(QList<CallCardEvent> *storedEvents = nullptr);
    bool hasBacklog() const { return !m_pending.isEmpty() || !m_pendingNames.isEmpty(); }
    void setHealthy();
    void noteCommit();
    void enqueue(CallCardEvent &event);
    void onWriteFailed(const QSqlError &error);
    void setFault(const QSqlError &error);
    void setFault(const QString &message);
    void setWritable(bool writable);
    void setBusy(bool busy);
    void scheduleRetry(std::chrono::milliseconds interval);

    QString m_dataDir;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QList<CallCardEvent> m_pending;
    QList<CallCardEvent> m_submitted; // waiting for the group commit at the end of this turn
    QTimer m_commitTimer;
    CallBuilder m_calls; // open calls, kept in step with the committed events
    CallChanges m_callChanges; // written in the current transaction, announced after it
    QHash<QString, QString> m_pendingNames; // target -> name, written with the queued events
    qint64 m_lastPendingId = 0;
    bool m_writable = false;
    bool m_busy = false;
    bool m_newerSchema = false;
    QString m_error;
    QTimer m_retryTimer;
    QElapsedTimer m_busySince;
    std::chrono::milliseconds m_retryInterval = defaultRetryInterval;
    std::chrono::milliseconds m_busyRetryInterval = defaultBusyRetryInterval;
    std::chrono::milliseconds m_busyGracePeriod = defaultBusyGracePeriod;
};

} // namespace opc
