#include "config/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

using opc::CommandLine;
using Action = opc::CommandLineOptions::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static opc::CommandLineOptions parse(QStringList args)
    {
        args.prepend(u"operator-console"_s);
        return CommandLine::parse(args);
    }

private slots:
    void runsWithPortalAndDataDir()
    {
        const auto options =
            parse({u"--portal"_s, u"https://example.bitrix24.com"_s, u"--data-dir"_s, u"/tmp/x"_s});
        QCOMPARE(options.action, Action::RunConsole);
        QCOMPARE(options.portal, QUrl(u"https://example.bitrix24.com/"_s));
        QCOMPARE(options.dataDir, u"/tmp/x"_s);
        QVERIFY(!options.demo);
    }
    void minimizedForTheSessionsAutostart()
    {
        QVERIFY(!parse({}).minimized);
        const auto options = parse({u"--minimized"_s, u"--portal"_s, u"https://example.bitrix24.com"_s});
        QCOMPARE(options.action, Action::RunConsole);
        QVERIFY(options.minimized);
        QVERIFY(parse({u"--help"_s}).helpText.contains(u"--minimized"));
    }
    void demoAndVerbose()
    {
        const auto options = parse({u"--demo"_s, u"--verbose"_s});
#if OPC_WITH_DEMO
        QCOMPARE(options.action, Action::RunConsole);
        QVERIFY(options.demo);
        QVERIFY(options.verbose);
        QVERIFY(parse({u"--help"_s}).helpText.contains(u"--demo"));
#else
        // A build without the demo portal does not know the option.
        QCOMPARE(options.action, Action::Error);
        QVERIFY2(options.error.contains(u"demo"), qPrintable(options.error));
        QVERIFY(!options.demo);
        QVERIFY(!parse({u"--help"_s}).helpText.contains(u"--demo"));
#endif
    }
    void exportOptions()
    {
        const auto options =
            parse({u"--export-log"_s, u"-"_s, u"--format"_s, u"jsonl"_s, u"--since"_s, u"2026-11-01"_s});
        QCOMPARE(options.action, Action::ExportLog);
        QCOMPARE(options.exportFile, u"-"_s);
        QCOMPARE(options.exportFormat, u"jsonl"_s);
        QCOMPARE(options.since, u"2026-11-01"_s);
        QCOMPARE(parse({u"--export-log"_s, u"out.jsonl"_s}).exportFormat, QString()); // chosen by suffix
        QCOMPARE(parse({u"--export-log"_s, u"-"_s, u"--outcome"_s, u"cancelled"_s}).outcome, u"cancelled"_s);
        QVERIFY(parse({u"--help"_s}).helpText.contains(u"--outcome <outcome>"_s));
    }
    void reportOptions()
    {
        auto options =
            parse({u"--report"_s, u"2026-11-24"_s, u"--format"_s, u"csv"_s, u"--log"_s, u"day.jsonl"_s});
        QCOMPARE(options.action, Action::Report);
        QCOMPARE(options.reportDate, u"2026-11-24"_s);
        QCOMPARE(options.exportFormat, u"csv"_s);
        QCOMPARE(options.reportLog, u"day.jsonl"_s);
        options = parse({u"--data-dir"_s, u"/tmp/d"_s, u"--report"_s, u"2026-11-24"_s});
        QCOMPARE(options.action, Action::Report);
        QCOMPARE(options.dataDir, u"/tmp/d"_s);
        QVERIFY(options.reportLog.isEmpty());
    }
    void helpVersionAndSecret()
    {
        QCOMPARE(parse({u"--help"_s}).action, Action::ShowHelp);
        const QString help = parse({u"--help"_s}).helpText;
        QVERIFY(help.contains(u"--export-log"));
        QVERIFY2(help.startsWith(u"Usage: operator-console [options]\n"), qPrintable(help.left(60)));
        QVERIFY(help.contains(opc::CommandLine::defaultDataDir()));
        QVERIFY(help.contains(u"Exit codes:"));
        QVERIFY(help.contains(u"  2  invalid command line"));
        // --since and --until take local dates, and say so.
        for (const QString &option : {u"--since"_s, u"--until"_s}) {
            const qsizetype start = help.indexOf(option + u" <date>"_s);
            QVERIFY2(start >= 0, qPrintable(option));
            const QString block = help.mid(start, help.indexOf(u"\n  -"_s, start) - start).simplified();
            QVERIFY2(block.contains(u"local date"_s), qPrintable(block));
        }
        QCOMPARE(parse({u"--version"_s}).action, Action::ShowVersion);
        QCOMPARE(parse({u"--set-client-secret"_s}).action, Action::SetClientSecret);
    }
    void webEngineArgumentsAreLeftAlone()
    {
        const auto options = parse({u"--verbose"_s, u"--webEngineArgs"_s, u"--no-sandbox"_s});
        QCOMPARE(options.action, Action::RunConsole);
        QVERIFY(options.verbose);
    }
    void handlerOrigin()
    {
        QCOMPARE(parse({u"--handler-origin"_s, u"https://app.example.net/"_s}).handlerOrigin,
                 u"https://app.example.net"_s);
        QCOMPARE(parse({u"--handler-origin"_s, u"https://app.example.net/bg"_s}).action, Action::Error);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList{u"--portal"_s} << u"portal"_s;
        QTest::newRow("bad portal") << QStringList{u"--portal"_s, u"ftp://x.bitrix24.com"_s}
                                    << u"Invalid --portal"_s;
#if OPC_WITH_DEMO
        QTest::newRow("portal and demo")
            << QStringList{u"--portal"_s, u"https://a.bitrix24.com"_s, u"--demo"_s} << u"either"_s;
#endif
        QTest::newRow("format alone") << QStringList{u"--format"_s, u"csv"_s} << u"go with --export-log"_s;
        QTest::newRow("outcome alone")
            << QStringList{u"--outcome"_s, u"completed"_s} << u"go with --export-log"_s;
        QTest::newRow("report and outcome")
            << QStringList{u"--report"_s, u"2026-11-24"_s, u"--outcome"_s, u"completed"_s}
            << u"--report goes with"_s;
        QTest::newRow("report and export")
            << QStringList{u"--report"_s, u"2026-11-24"_s, u"--export-log"_s, u"-"_s}
            << u"--report goes with"_s;
        QTest::newRow("log alone") << QStringList{u"--log"_s, u"x.jsonl"_s} << u"--log goes with --report"_s;
        QTest::newRow("positional") << QStringList{u"extra"_s} << u"Unexpected argument"_s;
        QTest::newRow("empty data dir") << QStringList{u"--data-dir"_s, u""_s} << u"--data-dir"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto options = parse(args);
        QCOMPARE(options.action, Action::Error);
        QVERIFY2(options.error.contains(message), qPrintable(options.error));
        QVERIFY(!options.error.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
