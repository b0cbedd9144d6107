#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment consoleEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
    return env;
}

struct Run
{
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
};

// The console binary run to its end (a second launch, an export).
Run runConsole(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(consoleEnvironment());
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(OPC_CONSOLE_BINARY), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, clock.elapsed(),
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

// Issue: a second launch from the start menu or a shortcut with --portal hands its arguments to the
// console already running on that data directory and exits; head-less commands still run on their
// own; a console that holds the lock but does not answer is named, with what to do.
class TestE2ESecondLaunch : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchHandsOverAndExits()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QProcess first;
        first.setProcessEnvironment(consoleEnvironment());
        first.setStandardOutputFile(QProcess::nullDevice());
        QString log;
        connect(&first, &QProcess::readyReadStandardError, this,
                [&] { log += QString::fromUtf8(first.readAllStandardError()); });
        first.start(QStringLiteral(OPC_CONSOLE_BINARY), {u"--data-dir"_s, dataDir.path(), u"--demo"_s});
        QVERIFY(first.waitForStarted(30000));
        const auto cleanUp = qScopeGuard([&] {
            first.kill();
            first.waitForFinished(10000);
        });
        QVERIFY2(QTest::qWaitFor([&] { return log.contains(u"listening for second launches"); }, 60000),
                 qPrintable(log));

        const Run second = runConsole(
            {u"--data-dir"_s, dataDir.path(), u"--portal"_s, u"http://127.0.0.1:9/crm/?secret=1"_s}, 30000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.elapsedMs < 8000, qPrintable(QString::number(second.elapsedMs)));
        QVERIFY2(!second.err.contains("operator-console:"), second.err.constData());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return log.contains(
                             u"second launch handed over: --data-dir --portal http://127.0.0.1:9"_s);
                     },
                     20000),
                 qPrintable(log));
        // The demo gives way to the named portal; the log never holds the query.
        QVERIFY2(
            QTest::qWaitFor(
                [&] {
                    return QRegularExpression(u"opening portal.*127\\.0\\.0\\.1"_s).match(log).hasMatch();
                },
                20000),
            qPrintable(log));
        QVERIFY(!log.contains(u"secret=1"_s));

        // A head-less export runs in its own process while the console runs, and is not handed over.
        const Run exported = runConsole({u"--data-dir"_s, dataDir.path(), u"--export-log"_s, u"-"_s}, 30000);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.startsWith("time,event"), exported.out.left(80).constData());
        QCOMPARE(log.count(u"second launch handed over"_s), 1);
        QCOMPARE(first.state(), QProcess::Running);
    }

    void aConsoleThatDoesNotAnswerIsNamed()
    {
        QTemporaryDir dataDir;
        // This process holds the lock like a console that hangs: alive, but nobody listens.
        QLockFile stuck(dataDir.filePath(u"console.lock"_s));
        QVERIFY(stuck.tryLock(0));
        const Run second = runConsole({u"--data-dir"_s, dataDir.path(), u"--demo"_s}, 60000);
        QCOMPARE(second.exitCode, 1);
        const QString err = QString::fromUtf8(second.err);
        QVERIFY2(err.contains(u"does not answer"_s), qPrintable(err));
        QVERIFY2(err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(err));
        QVERIFY2(err.contains(u"console.lock"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestE2ESecondLaunch)
#include "tst_e2e_secondlaunch.moc"
