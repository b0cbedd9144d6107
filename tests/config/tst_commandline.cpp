#include "config/commandline.h"

#include <QTest>

using opc::CommandLine;
using Action = opc::CommandLineOptions::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static opc::CommandLineOptions parse(QStringList args)
    {
        args.prepend(u"operator-console"_qs);
        return CommandLine::parse(args);
    }

private slots:
    void runsWithPortalAndDataDir()
    {
        const auto options =
            parse({u"--portal"_qs, u"https://example.bitrix24.com"_qs, u"--data-dir"_qs, u"/tmp/x"_qs});
        QCOMPARE(options.action, Action::RunConsole);
        QCOMPARE(options.portal, QUrl(u"https://example.bitrix24.com/"_qs));
        QCOMPARE(options.dataDir, u"/tmp/x"_qs);
        QVERIFY(!options.demo);
    }
    void demoAndVerbose()
    {
        const auto options = parse({u"--demo"_qs, u"--verbose"_qs});
        QCOMPARE(options.action, Action::RunConsole);
        QVERIFY(options.demo);
        QVERIFY(options.verbose);
    }
    void exportOptions()
    {
        const auto options = parse(
            {u"--export-log"_qs, u"-"_qs, u"--format"_qs, u"jsonl"_qs, u"--since"_qs, u"2026-11-01"_qs});
        QCOMPARE(options.action, Action::ExportLog);
        QCOMPARE(options.exportFile, u"-"_qs);
        QCOMPARE(options.exportFormat, u"jsonl"_qs);
        QCOMPARE(options.since, u"2026-11-01"_qs);
        QCOMPARE(parse({u"--export-log"_qs, u"out.jsonl"_qs}).exportFormat, QString()); // chosen by suffix
    }
    void helpVersionAndSecret()
    {
        QCOMPARE(parse({u"--help"_qs}).action, Action::ShowHelp);
        QVERIFY(parse({u"--help"_qs}).helpText.contains(u"--export-log"));
        QCOMPARE(parse({u"--version"_qs}).action, Action::ShowVersion);
        QCOMPARE(parse({u"--set-client-secret"_qs}).action, Action::SetClientSecret);
    }
    void webEngineArgumentsAreLeftAlone()
    {
        const auto options = parse({u"--demo"_qs, u"--webEngineArgs"_qs, u"--no-sandbox"_qs});
        QCOMPARE(options.action, Action::RunConsole);
    }
    void handlerOrigin()
    {
        QCOMPARE(parse({u"--handler-origin"_qs, u"https://app.example.net/"_qs}).handlerOrigin,
                 u"https://app.example.net"_qs);
        QCOMPARE(parse({u"--handler-origin"_qs, u"https://app.example.net/bg"_qs}).action, Action::Error);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_qs} << u"frobnicate"_qs;
        QTest::newRow("missing value") << QStringList{u"--portal"_qs} << u"portal"_qs;
        QTest::newRow("bad portal") << QStringList{u"--portal"_qs, u"ftp://x.bitrix24.com"_qs}
                                    << u"Invalid --portal"_qs;
        QTest::newRow("portal and demo")
            << QStringList{u"--portal"_qs, u"https://a.bitrix24.com"_qs, u"--demo"_qs} << u"either"_qs;
        QTest::newRow("format alone") << QStringList{u"--format"_qs, u"csv"_qs} << u"go with --export-log"_qs;
        QTest::newRow("positional") << QStringList{u"extra"_qs} << u"Unexpected argument"_qs;
        QTest::newRow("empty data dir") << QStringList{u"--data-dir"_qs, u""_qs} << u"--data-dir"_qs;
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
