#include "walcheckpointer.h"

#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc {

WalCheckpointer::WalCheckpointer(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::start);
}

WalCheckpointer::~WalCheckpointer()
{
    if (m_thread)
        m_thread->wait();
}

void WalCheckpointer::noteCommit()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void WalCheckpointer::start()
{
    if (isRunning()) {
        m_timer.start(); // commits since it began are copied by the next one
        return;
    }
    const QString path = m_path;
    m_thread.reset(QThread::create([this, path] {
        const Result result = checkpoint(path);
        if (!result.ok)
            qCWarning(lcStore) << "WAL checkpoint failed:" << result.error;
        emit finished(result);
    }));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::Result WalCheckpointer::checkpoint(const QString &databasePath)
{
    Result result;
    SqlConnection connection(databasePath, SqlConnection::Mode::ReadWrite);
    if (!connection.open()) {
        result.error = connection.lastError().text();
        return result;
    }
    QSqlQuery query(connection.database());
    if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next()) {
        result.error = query.lastError().text();
        return result;
    }
    result.ok = true;
    result.walFrames = query.value(1).toInt();
    result.checkpointedFrames = query.value(2).toInt();
    return result;
}

} // namespace opc
