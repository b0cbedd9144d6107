#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace opc {

// Deletes events older than the retention setting (default: keep forever). The work runs in its
// own thread and connection, in small batches that each hold the write lock only briefly, so the
// panel's appends never wait behind a large delete.
class RetentionPruner : public QObject
{
    Q_OBJECT

public:
    explicit RetentionPruner(const QString &databasePath, QObject *parent = nullptr);
    // Waits for a running prune to finish its current batch.
    ~RetentionPruner() override;

    // 0 keeps events forever. Setting a limit prunes at once and then periodically.
    void setRetentionDays(int days);
    int retentionDays() const { return m_days; }
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Starts pruning in the background; false if retention is forever or a prune is running.
    bool prune(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    // The work itself, synchronous, on its own connection: callable from any thread. Returns the rows
    // deleted, or -1 with *error set.
    static qint64 deleteOlderThan(const QString &databasePath, const QDateTime &cutoff, int batchSize,
                                  QString *error, const std::atomic_bool *stop = nullptr);

signals:
    void finished(qint64 deletedRows, const QString &error);

private:
    QString m_path;
    int m_days = 0;
    int m_batchSize = 2000;
    QTimer m_timer;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
};

} // namespace opc
