#include "retentionpruner.h"

#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc {

RetentionPruner::RetentionPruner(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    m_timer.setInterval(std::chrono::hours(6));
    connect(&m_timer, &QTimer::timeout, this, [this] { prune(); });
}

RetentionPruner::~RetentionPruner()
{
    m_stop = true;
    if (m_thread)
        m_thread->wait();
}

void RetentionPruner::setRetentionDays(int days)
{
    m_days = qMax(0, days);
    if (m_days == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    prune();
}

bool RetentionPruner::prune(const QDateTime &now)
{
    if (m_days == 0 || isRunning())
        return false;
    const QDateTime cutoff = now.addDays(-m_days);
    const int batchSize = m_batchSize;
    const QString path = m_path;
    m_thread.reset(QThread::create([this, path, cutoff, batchSize] {
        QString error;
        const qint64 deleted = deleteOlderThan(path, cutoff, batchSize, &error, &m_stop);
        emit finished(deleted, error);
    }));
    m_thread->start(QThread::LowPriority);
    return true;
}

qint64 RetentionPruner::deleteOlderThan(const QString &databasePath, const QDateTime &cutoff, int batchSize,
                                        QString *error, const std::atomic_bool *stop)
{
    SqlConnection connection(databasePath, SqlConnection::Mode::ReadWrite);
    if (!connection.open()) {
        *error = connection.lastError().text();
        return -1;
    }
    QSqlQuery query(connection.database());
    query.prepare(u"DELETE FROM events WHERE id IN"
                  " (SELECT id FROM events WHERE time_ms < ? ORDER BY time_ms LIMIT ?)"_s);
    qint64 deleted = 0;
    for (;;) {
        if (stop && *stop)
            break;
        query.bindValue(0, cutoff.toMSecsSinceEpoch());
        query.bindValue(1, batchSize);
        // Each batch is its own short transaction.
        if (!query.exec()) {
            *error = query.lastError().text();
            qCWarning(lcStore) << "pruning failed after" << deleted << "rows:" << *error;
            return -1;
        }
        const int rows = query.numRowsAffected();
        deleted += rows;
        if (rows < batchSize)
            break;
    }
    if (deleted > 0)
        qCInfo(lcStore) << "pruned" << deleted << "events older than" << cutoff.toString(Qt::ISODate);
    return deleted;
}

} // namespace opc
