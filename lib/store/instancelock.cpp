#include "instancelock.h"

#include "protocol/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    qCDebug(lcStore) << "data directory" << m_dataDir << "is in use by pid" << m_ownerPid << m_ownerHost
                     << "error" << m_lock.error();
    return false;
}

void InstanceLock::unlock()
{
    m_lock.unlock();
}

InstanceLock::Holder InstanceLock::holder() const
{
    if (!m_ownerHost.isEmpty() && m_ownerHost != QSysInfo::machineHostName())
        return Holder::AnotherComputer;
#ifdef Q_OS_UNIX
    const QFileInfo file(lockFilePath(m_dataDir));
    if (file.exists() && file.ownerId() != ::geteuid())
        return Holder::AnotherUser;
#endif
    return Holder::ThisUser;
}

QString InstanceLock::notAnsweringString() const
{
    return tr("Another Operator Console (process %1) is using the data directory %2 but does not answer. If "
              "it is stuck, end process %1 (or, if no such process runs, delete %3) and start again; or "
              "start this one with another --data-dir.")
        .arg(m_ownerPid)
        .arg(m_dataDir, lockFilePath(m_dataDir));
}

QString InstanceLock::errorString() const
{
    if (m_lock.isLocked())
        return {};
    if (m_lock.error() == QLockFile::LockFailedError && holder() == Holder::AnotherComputer)
        return tr("An Operator Console on the computer %1 is already using the data directory %2. Close it "
                  "first, or start this one with another --data-dir.")
            .arg(m_ownerHost, m_dataDir);
    if (m_lock.error() == QLockFile::LockFailedError && holder() == Holder::AnotherUser)
        return tr("Another user's Operator Console is already using the data directory %1. Start this one "
                  "with your own --data-dir.")
            .arg(m_dataDir);
    if (m_lock.error() == QLockFile::LockFailedError && m_ownerPid > 0)
        return tr("Another Operator Console (process %1) is already using the data directory %2. Close it "
                  "first, or start this one with another --data-dir.")
            .arg(m_ownerPid)
            .arg(m_dataDir);
    return tr("Cannot lock the data directory %1.").arg(m_dataDir);
}

} // namespace opc
