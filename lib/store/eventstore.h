#pragma once

#include "eventfilter.h"
#include "eventquery.h"
#include "protocol/callcardevent.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <memory>

namespace opc {

class SqlConnection;

// The durable event log: an SQLite file (WAL) in the data directory. append() commits an event
// before it returns and then announces it (eventAdded), so whatever the panel shows survives a
// crash. When the file cannot
// be written (read-only, disk full, I/O error) events wait in memory, in order, and a retry timer
// writes them once the fault clears; nothing is dropped.
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
    // False while events wait in the pending queue or the file could not be opened.
    bool isWritable() const { return m_writable; }
    // Why the log is not writable (user-visible, translated); empty when writable.
    QString errorString() const { return m_error; }

    // Commits event and sets event.id (> 0); returns true. If the write fails, the event is queued,
    // event.id is set to a negative placeholder (see pendingStored) and false is returned. Either
    // way eventAdded is emitted afterwards.
    bool append(CallCardEvent &event);
    const QList<CallCardEvent> &pendingEvents() const { return m_pending; }
    // Writes the pending queue now (also reopens the file if needed); true if nothing is pending.
    bool retryNow();
    void setRetryInterval(std::chrono::milliseconds interval);

    // Display names arrive later from the REST layer. Return the rows changed, -1 on error.
    int setTargetName(const QString &target, const QString &name);

    // Reads through the store's own connection (GUI thread); see EventQuery.
    qint64 count(const EventFilter &filter = {});
    QList<CallCardEvent> page(const EventFilter &filter, const EventPageKey &after, int limit);

    // The writer connection, for tests and diagnostics; invalid while closed.
    QSqlDatabase database() const;

signals:
    // Every accepted event, after append() committed it (id > 0) or queued it (id < 0).
    void eventAdded(const opc::CallCardEvent &event);
    void writableChanged(bool writable);
    // A queued event (id pendingId < 0) was committed; event carries its real id.
    void pendingStored(qint64 pendingId, const opc::CallCardEvent &event);
    void targetNameChanged(const QString &target, const QString &name);

private:
    OpenResult openFile(const QString &path);
    bool moveAside(const QString &path, QString *movedTo);
    bool write(CallCardEvent &event);
    bool insert(CallCardEvent &event, QSqlError *error);
    bool flushPending(QList<CallCardEvent> *storedEvents = nullptr);
    void setHealthy();
    void enqueue(CallCardEvent &event);
    void setFault(const QSqlError &error);
    void setFault(const QString &message);
    void setWritable(bool writable);

    QString m_dataDir;
    std::unique_ptr<SqlConnection> m_connection;
    QList<CallCardEvent> m_pending;
    qint64 m_lastPendingId = 0;
    bool m_writable = false;
    bool m_newerSchema = false;
    QString m_error;
    QTimer m_retryTimer;
};

} // namespace opc
