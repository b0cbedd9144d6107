#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real executable's command line: bad input is one line on stderr and exit code 2; head-less
// commands never start a window or the web engine.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args, const QByteArray &input = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OPC_CONSOLE_BINARY), args);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QByteArray lastLine(const QByteArray &text) { return text.trimmed().split('\n').constLast(); }

private slots:
    void versionAndHelp()
    {
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("operator-console 0."));
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--portal", "--data-dir", "--export-log", "--set-client-secret", "--config"})
            QVERIFY2(help.out.contains(option), option);
        QVERIFY2(help.out.startsWith("Usage: operator-console [options]"), help.out.left(60).constData());
        QVERIFY(help.out.contains("Data folder (default): "));
        QVERIFY(help.out.contains("operator-console")); // the default folder is named after the app
        QVERIFY(help.out.contains("Exit codes:"));
        // --demo exists only in a build with the demo portal (CMake option OPC_WITH_DEMO).
        QCOMPARE(help.out.contains("--demo"), bool(OPC_WITH_DEMO));
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << QByteArray("frobnicate");
        QTest::newRow("bad portal scheme")
            << QStringList{u"--portal"_s, u"ftp://x.bitrix24.com"_s} << QByteArray("--portal");
        QTest::newRow("cloud over http")
            << QStringList{u"--portal"_s, u"http://x.bitrix24.com"_s} << QByteArray("https");
        QTest::newRow("format without export")
            << QStringList{u"--format"_s, u"csv"_s} << QByteArray("--export-log");
#if !OPC_WITH_DEMO
        QTest::newRow("demo in a build without it") << QStringList{u"--demo"_s} << QByteArray("demo");
#endif
    }
    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run result = run(args);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed().count('\n'), 0); // exactly one line
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void exportArgumentsAreChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad format") << QStringList{u"--export-log"_s, u"-"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("bad since") << QStringList{u"--export-log"_s, u"-"_s, u"--since"_s, u"yesterday"_s};
        QTest::newRow("bad until") << QStringList{u"--export-log"_s, u"-"_s, u"--until"_s, u"2026-13-45"_s};
        QTest::newRow("bad path") << QStringList{u"--export-log"_s, u"/proc/nonexistent/dir/out.csv"_s};
    }
    void exportArgumentsAreChecked()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Run result = run(QStringList{u"--data-dir"_s, dir.path()} + args);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed().count('\n'), 0);
        QVERIFY(!result.err.trimmed().isEmpty());
    }

    void exportWithoutALogSaysSo()
    {
        QTemporaryDir dir;
        const Run result = run({u"--data-dir"_s, dir.path(), u"--export-log"_s, u"-"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("No event log"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void clientSecretWithoutKeychainExitsWithTwo()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        const Run result = run({u"--data-dir"_s, dir.path(), u"--portal"_s, u"https://acme.bitrix24.com"_s,
                                u"--set-client-secret"_s},
                               "s3cret-value\n", env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("keychain"), result.err.constData());
        QVERIFY(!result.err.contains("s3cret-value"));
    }

    void brokenConfigFileIsReported()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(u"portal.ini"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[oauth]\nclient_secret=do-not-put-me-here\n");
        config.close();
        const Run result = run(
            {u"--data-dir"_s, dir.path(), u"--config"_s, config.fileName(), u"--set-client-secret"_s}, "x\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.contains("do-not-put-me-here"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
