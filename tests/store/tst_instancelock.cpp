#include "store/instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace opc;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceIsRefused();
    void takesOverTheLockOfACrashedConsole();
};

void TestInstanceLock::secondInstanceIsRefused()
{
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    QVERIFY(first.tryLock());
    QVERIFY(first.isLocked());

    InstanceLock second(dir.path());
    QVERIFY(!second.tryLock());
    QCOMPARE(second.ownerPid(), QCoreApplication::applicationPid());
    QVERIFY(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));

    first.unlock();
    QVERIFY(second.tryLock());
}

void TestInstanceLock::takesOverTheLockOfACrashedConsole()
{
    QTemporaryDir dir;
    // A child takes the lock and dies without releasing it, as a console killed with SIGKILL would.
    const pid_t child = fork();
    if (child == 0) {
        InstanceLock lock(dir.path());
        const bool locked = lock.tryLock();
        _exit(locked ? 0 : 1); // no destructors: the lock file stays behind
    }
    QVERIFY(child > 0);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QVERIFY(QFile::exists(InstanceLock::lockFilePath(dir.path())));

    InstanceLock next(dir.path());
    QVERIFY(next.tryLock());
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
