#include "secondlaunch.h"

#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

using namespace opc;

// What a second launch does with the portal it names, given what the running console shows.
class TestSecondLaunch : public QObject
{
    Q_OBJECT

    static CommandLineOptions launch(const QStringList &arguments)
    {
        return CommandLine::parse(QStringList{u"operator-console"_s} + arguments);
    }

private slots:
    // Hidden in the tray or minimised, the window comes back in its normal state.
    void bringsTheWindowToTheFront()
    {
        QWidget window;
        window.resize(300, 200);
        SecondLaunch::bringToFront(&window);
        QVERIFY(window.isVisible());
        window.hide();
        SecondLaunch::bringToFront(&window);
        QVERIFY(window.isVisible());
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        SecondLaunch::bringToFront(&window);
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
        window.showMaximized();
        window.hide();
        SecondLaunch::bringToFront(&window);
        QVERIFY(window.isMaximized()); // a maximised window stays maximised
    }
    void portalStep_data()
    {
        using Step = SecondLaunch::PortalStep;
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QUrl>("current");
        QTest::addColumn<bool>("showingDemo");
        QTest::addColumn<Step>("step");
        const QUrl crm(u"https://a.bitrix24.com/crm/"_s);
        QTest::newRow("plain start menu launch") << QStringList{} << crm << false << Step::Keep;
        QTest::newRow("--minimized only") << QStringList{u"--minimized"_s} << crm << false << Step::Keep;
        QTest::newRow("same portal, another page")
            << QStringList{u"--portal"_s, u"https://a.bitrix24.com/telephony/"_s} << crm << false
            << Step::Open;
        QTest::newRow("another portal")
            << QStringList{u"--portal"_s, u"https://b.bitrix24.com"_s} << crm << false << Step::AskThenOpen;
        QTest::newRow("from the demo")
            << QStringList{u"--portal"_s, u"https://b.bitrix24.com"_s} << QUrl() << true << Step::Open;
        QTest::newRow("nothing shown yet")
            << QStringList{u"--portal"_s, u"https://b.bitrix24.com"_s} << QUrl() << false << Step::Open;
#if OPC_WITH_DEMO
        QTest::newRow("demo while on a portal") << QStringList{u"--demo"_s} << crm << false << Step::OpenDemo;
        QTest::newRow("demo while on the demo") << QStringList{u"--demo"_s} << QUrl() << true << Step::Keep;
#endif
    }
    void portalStep()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QUrl, current);
        QFETCH(bool, showingDemo);
        QFETCH(SecondLaunch::PortalStep, step);
        const CommandLineOptions options = launch(arguments);
        QCOMPARE(options.action, CommandLineOptions::Action::RunConsole);
        QCOMPARE(SecondLaunch::portalStep(options, current, showingDemo), step);
    }
};

QTEST_MAIN(TestSecondLaunch)
#include "tst_secondlaunch.moc"
