#include "instancelock.h"

#include "protocol/logging.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace opc {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_lock(lockFilePath(dataDir))
{
    // Never expire a lock by age: a console may run for weeks. A lock is stale only when the process
    // that wrote it is gone, which QLockFile checks by pid on this host.
    m_lock.setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

QString InstanceLock::lockFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"console.lock"_s);
}

bool InstanceLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    QDir().mkpath(m_dataDir);
    if (m_lock.tryLock(0)) {
        m_ownerPid = QCoreApplication::applicationPid();
        m_ownerHost.clear();
        return true;
    }
    QString app;
    if (!m_lock.getLockInfo(&m_ownerPid, &m_ownerHost, &app))
        m_ownerPid = 0;
    qCWarning(lcStore) << "data directory" << m_dataDir << "is in use by pid" << m_ownerPid << m_ownerHost
                       << "error" << m_lock.error();
    return false;
}

void InstanceLock::unlock()
{
    m_lock.unlock();
}

QString InstanceLock::errorString() const
{
    if (m_lock.isLocked())
        return {};
    if (m_lock.error() == QLockFile::LockFailedError && m_ownerPid > 0)
        return tr("Another Operator Console (process %1) is already using the data directory %2. Close it "
                  "first, or start this one with another --data-dir.")
            .arg(m_ownerPid)
            .arg(m_dataDir);
    return tr("Cannot lock the data directory %1.").arg(m_dataDir);
}

} // namespace opc
