#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <memory>

namespace opc {

// Copies the event log's write-ahead log back into the database file from a thread of its own.
// Left to SQLite, that happens inside whichever commit takes the WAL past 1,000 pages: on the GUI
// thread, 4 MB written and the database file synced, the tail of the append latency. The store
// calls noteCommit(); a PASSIVE checkpoint here never waits for, nor blocks, the writer. It cannot
// restart the WAL while commits keep coming, though (SQLite restarts it only when every frame was
// copied), so the store keeps its own checkpoint at writerPages: by then nearly every frame has
// been copied here, and the store's checkpoint is a short one that lets the WAL start over.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    explicit WalCheckpointer(const QString &databasePath, QObject *parent = nullptr);
    // Waits for a running checkpoint.
    ~WalCheckpointer() override;

    // A commit went into the WAL: a checkpoint follows within the interval.
    void noteCommit();
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    static constexpr std::chrono::milliseconds defaultInterval{1000};
    static constexpr int writerPages = 4000; // the store connection's wal_autocheckpoint

    struct Result
    {
        bool ok = false;
        int walFrames = 0; // frames in the WAL
        int checkpointedFrames = 0; // of those, now in the database file
        QString error;
    };
    // The work itself, synchronous, on its own connection.
    static Result checkpoint(const QString &databasePath);

signals:
    void finished(const opc::WalCheckpointer::Result &result);

private:
    void start();

    QString m_path;
    QTimer m_timer;
    std::unique_ptr<QThread> m_thread;
};

} // namespace opc
