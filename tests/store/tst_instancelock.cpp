#include "store/instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

using namespace opc;

namespace {
// Set in the environment of the child copy of this test that plays a crashed console.
constexpr char crashedConsoleDirVariable[] = "OPC_TEST_CRASHED_CONSOLE_DIR";
} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceIsRefused();
    void takesOverTheLockOfACrashedConsole();
    void anotherUsersLockIsRefusedWithoutHandOver();
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
    // This user's console: a second launch hands over to it; if it does not answer, say what to do.
    QCOMPARE(second.holder(), InstanceLock::Holder::ThisUser);
    QVERIFY(second.notAnsweringString().contains(InstanceLock::lockFilePath(dir.path())));

    first.unlock();
    QVERIFY(second.tryLock());
}

void TestInstanceLock::takesOverTheLockOfACrashedConsole()
{
    QTemporaryDir dir;
    // Another process takes the lock and dies without releasing it, as a console killed with SIGKILL
    // would: this test binary again, which main() below turns into that process.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(crashedConsoleDirVariable), dir.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(QFile::exists(InstanceLock::lockFilePath(dir.path())));

    InstanceLock next(dir.path());
    QVERIFY(next.tryLock());
}

void TestInstanceLock::anotherUsersLockIsRefusedWithoutHandOver()
{
#ifndef Q_OS_UNIX
    QSKIP("ownership by uid");
#else
    if (::geteuid() != 0)
        QSKIP("needs root to give the lock file to another user");
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    QVERIFY(first.tryLock());
    QVERIFY(::chown(QFile::encodeName(InstanceLock::lockFilePath(dir.path())).constData(), 65534, 65534) ==
            0);
    InstanceLock second(dir.path());
    QVERIFY(!second.tryLock());
    QCOMPARE(second.holder(), InstanceLock::Holder::AnotherUser);
    QVERIFY2(second.errorString().contains(u"Another user"_s), qPrintable(second.errorString()));
#endif
}

int main(int argc, char *argv[])
{
    if (const QString dir = qEnvironmentVariable(crashedConsoleDirVariable); !dir.isEmpty()) {
        QCoreApplication app(argc, argv);
        InstanceLock lock(dir);
        const bool locked = lock.tryLock();
        std::_Exit(locked ? 0 : 1); // no destructors: the lock file stays behind
    }
    QCoreApplication app(argc, argv);
    TestInstanceLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_instancelock.moc"
