#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace opc {

// One console per data directory: a QLockFile next to the event log. A lock left by a console that
// crashed (its process is gone) is taken over. A second launch by the same user hands its arguments
// to the running console (InstanceChannel) instead of being refused.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(opc::InstanceLock)

public:
    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();
    Q_DISABLE_COPY_MOVE(InstanceLock)

    static QString lockFilePath(const QString &dataDir);

    // False if another running console holds the lock; ownerPid() then says which one.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    qint64 ownerPid() const { return m_ownerPid; }
    QString ownerHost() const { return m_ownerHost; }

    // Who holds the lock after tryLock() failed: only a console of this user on this computer can
    // take over a second launch's arguments; for the others the refusal stays.
    enum class Holder { ThisUser, AnotherUser, AnotherComputer };
    Holder holder() const;
    // User-visible reason tryLock() failed.
    QString errorString() const;
    // The lock is held by this user's console, which does not answer a second launch.
    QString notAnsweringString() const;

private:
    QString m_dataDir;
    QLockFile m_lock;
    qint64 m_ownerPid = 0;
    QString m_ownerHost;
};

} // namespace opc
