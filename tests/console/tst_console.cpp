#include "auth/authsession.h"
#include "auth/memorytokenstore.h"
#include "config/consolesettings.h"
#include "console/console.h"
#include "console/traynotifier.h"
#include "portal/portalsession.h"
#include "portal/portaltrial.h"
#include "store/retentionpruner.h"
#include "webtestutil.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace opc;
using namespace Qt::StringLiterals;

// The composition root as the window and the end-to-end tests build it, on a temporary data
// folder: settings reach the parts that follow them, portals open in sessions (reused for pages of
// the same portal), and the start portal is chosen from the command line, the settings or the demo.
class TestConsole : public QObject
{
    Q_OBJECT

    struct Rig
    {
        QTemporaryDir dir;
        std::unique_ptr<Console> console;

        // `prepare` writes the settings file before the console reads it, as a previous run would.
        explicit Rig(const std::function<void(ConsoleSettings &)> &prepare = {})
        {
            if (prepare) {
                ConsoleSettings before(dir.path());
                prepare(before);
            }
            console = std::make_unique<Console>(Console::Options{dir.path(), {}, new MemoryTokenStore});
        }
        ConsoleSettings *settings() const { return console->settings(); }
    };

#ifdef Q_OS_LINUX
    // While it lives, the process can open no file or socket: every descriptor below a lowered
    // limit is taken.
    class NoFreeDescriptors
    {
    public:
        NoFreeDescriptors()
        {
            getrlimit(RLIMIT_NOFILE, &m_saved);
            int highest = 0;
            const auto open = QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System);
            for (const QString &fd : open)
                highest = qMax(highest, fd.toInt());
            rlimit low = m_saved;
            low.rlim_cur = rlim_t(highest + 1);
            m_lowered = setrlimit(RLIMIT_NOFILE, &low) == 0;
            for (int fd; m_lowered && (fd = ::open("/dev/null", O_RDONLY)) >= 0;)
                m_taken.push_back(fd);
        }
        ~NoFreeDescriptors()
        {
            for (int fd : m_taken)
                ::close(fd);
            setrlimit(RLIMIT_NOFILE, &m_saved);
        }
        bool isActive() const { return m_lowered; }

    private:
        rlimit m_saved{};
        bool m_lowered = false;
        std::vector<int> m_taken;
    };
#endif

private slots:
    // Another portal is tried before it replaces the current one: a page of the same portal opens
    // at once; a portal that does not load leaves the current one shown and remembered until the
    // operator adopts it anyway; one that loads replaces it and is remembered.
    void triesAnotherPortalBeforeSwitching()
    {
        Rig rig;
        QHttpServer server;
        test::serveHtml(server, u"/"_s, "<title>portal</title>");
        const QUrl working(test::listenLoopback(server, u"127.0.0.1"_s) + u"/"_s);
        PortalSession *current = rig.console->openPortal(working, true);

        const QUrl samePortal = working.resolved(QUrl(u"/crm/"_s));
        QVERIFY(!rig.console->tryPortal(samePortal));
        QCOMPARE(rig.console->session(), current);
        QCOMPARE(current->url(), samePortal);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(u"127.0.0.3"_s)));
        const QUrl closed(u"http://127.0.0.3:%1/"_s.arg(probe.serverPort()));
        probe.close();
        QSignalSpy switched(rig.console.get(), &Console::portalSwitched);
        QPointer<PortalTrial> trial = rig.console->tryPortal(closed);
        QVERIFY(trial);
        QSignalSpy finished(trial.data(), &PortalTrial::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(trial->problem().kind(), LoadProblem::Kind::ConnectionRefused);
        QCOMPARE(rig.console->session(), current);
        QCOMPARE(rig.settings()->portalUrl(), samePortal);
        QCOMPARE(switched.count(), 0);
        rig.console->adoptTrial();
        QCOMPARE(rig.console->session()->url(), closed);
        QCOMPARE(rig.settings()->portalUrl(), closed);
        QCOMPARE(switched.count(), 1);

        trial = rig.console->tryPortal(working);
        QVERIFY(trial);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 2, 20000);
        QCOMPARE(rig.console->session()->url(), working);
        QCOMPARE(rig.settings()->portalUrl(), working);
        QVERIFY(!rig.console->trial());
    }

    // A portal opened another way while a trial loads (a second launch, the demo) wins: the trial
    // is gone at once, so it can neither replace that choice later nor share its profile folder.
    void openingAPortalCancelsATrial()
    {
        Rig rig;
        QHttpServer first;
        QHttpServer second;
        test::serveHtml(first, u"/"_s, "<title>first</title>");
        test::serveHtml(second, u"/"_s, "<title>second</title>");
        const QUrl working(test::listenLoopback(first, u"127.0.0.1"_s) + u"/"_s);
        const QUrl tried(test::listenLoopback(second, u"127.0.0.2"_s) + u"/"_s);
        rig.console->openPortal(working, true);
        QSignalSpy switched(rig.console.get(), &Console::portalSwitched);

        QPointer<PortalTrial> trial = rig.console->tryPortal(tried);
        QVERIFY(trial);
        const QUrl chosen = working.resolved(QUrl(u"/crm/"_s));
        rig.console->openPortal(chosen, true);
        QVERIFY(!trial);
        QVERIFY(!rig.console->trial());
        QCOMPARE(rig.console->session()->url(), chosen);

        trial = rig.console->tryPortal(tried);
        QVERIFY(trial);
        QString error;
        if (Console::hasDemo()) {
            QVERIFY2(rig.console->openDemo(&error), qPrintable(error));
            QVERIFY(!trial);
            QVERIFY(rig.console->session()->isDemo());
        }
        QCOMPARE(switched.count(), 0);
        QCOMPARE(rig.settings()->portalUrl(), chosen);
    }

    void initTestCase()
    {
        qRegisterMetaType<PortalSession *>();
    }

    // First, before any browser profile starts the web engine's threads, which need descriptors.
    void theDemoThatCannotStartFails()
    {
#ifdef Q_OS_LINUX
        if (!Console::hasDemo())
            QSKIP("this build has no demo portal");
        Rig rig;
        QSignalSpy changed(rig.console.get(), &Console::sessionChanged);
        QString error;
        Console::StartOutcome outcome;
        {
            NoFreeDescriptors exhausted;
            QVERIFY(exhausted.isActive());
            outcome = rig.console->openStartPortal(QUrl(), false, &error);
        }
        QCOMPARE(outcome, Console::StartOutcome::Failed);
        QVERIFY2(error.contains(u"demo portal could not start"), qPrintable(error));
        QVERIFY(!rig.console->session());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!rig.console->demoServer());

        // Once the machine can listen again, the next attempt opens it.
        QCOMPARE(rig.console->openStartPortal(QUrl(), false, &error), Console::StartOutcome::Opened);
        QVERIFY(rig.console->session() && rig.console->session()->isDemo());
#else
        QSKIP("needs Linux's per-process descriptor limit to keep the demo from listening");
#endif
    }

    void settingsReachThePrunerAndTheTray()
    {
        Rig rig([](ConsoleSettings &settings) {
            settings.setRetentionDays(30);
            settings.setNotifyTransfers(false);
        });
        QCOMPARE(rig.console->pruner()->retentionDays(), 30);
        QVERIFY(!rig.console->tray()->isEnabled());

        rig.settings()->setRetentionDays(7);
        QCOMPARE(rig.console->pruner()->retentionDays(), 7);
        rig.settings()->setRetentionDays(0);
        QCOMPARE(rig.console->pruner()->retentionDays(), 0);
        rig.settings()->setNotifyTransfers(true);
        QVERIFY(rig.console->tray()->isEnabled());
        rig.settings()->setNotifyTransfers(false);
        QVERIFY(!rig.console->tray()->isEnabled());

        // Another setting leaves both alone.
        rig.settings()->setHandlerOrigin(u"https://telephony.example.com"_s);
        QCOMPARE(rig.console->pruner()->retentionDays(), 0);
        QVERIFY(!rig.console->tray()->isEnabled());
    }

    // The portal's web notifications go to the tray, also with transfer notifications off (a
    // browser shows them too); each new session is wired again.
    void portalNotificationsReachTheTray()
    {
        Rig rig([](ConsoleSettings &settings) { settings.setNotifyTransfers(false); });
        PortalSession *first = rig.console->openPortal(QUrl(u"https://acme.bitrix24.com/"_s), false);
        emit first->webNotification(u"Missed call"_s, u"+7 900 123-45-67"_s);
        QCOMPARE(rig.console->tray()->portalNotifications(), 1);
        PortalSession *second = rig.console->openPortal(QUrl(u"https://other.bitrix24.com/"_s), false);
        QVERIFY(second != first);
        emit second->webNotification(u"Task"_s, u"due today"_s);
        QCOMPARE(rig.console->tray()->portalNotifications(), 2);
    }

    void anotherPageOfThePortalKeepsTheSession()
    {
        Rig rig;
        PortalSession *session = rig.console->openPortal(QUrl(u"https://acme.bitrix24.com/"_s), true);
        QVERIFY(session);
        QCOMPARE(rig.console->session(), session);
        QSignalSpy changed(rig.console.get(), &Console::sessionChanged);
        QSignalSpy moved(session, &PortalSession::urlChanged);

        const QUrl deal(u"https://acme.bitrix24.com/crm/deal/?id=5"_s);
        QCOMPARE(rig.console->openPortal(deal, true), session);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(session->url(), deal);
        QCOMPARE(rig.settings()->portalUrl(), deal);

        // Not remembered: the page changes, the setting does not.
        const QUrl stream(u"https://acme.bitrix24.com/stream/"_s);
        QCOMPARE(rig.console->openPortal(stream, false), session);
        QCOMPARE(session->url(), stream);
        QCOMPARE(rig.settings()->portalUrl(), deal);
        QCOMPARE(changed.size(), 0);
    }

    void anotherPortalGetsANewSession()
    {
        Rig rig;
        PortalSession *const firstAddress =
            rig.console->openPortal(QUrl(u"https://acme.bitrix24.com/"_s), true);
        QPointer<PortalSession> first = firstAddress;
        QVERIFY(first);
        QSignalSpy changed(rig.console.get(), &Console::sessionChanged);
        // The previous session is still there in the slot (a view drops its pages then).
        QString previousOrigin;
        connect(rig.console.get(), &Console::sessionChanged, this,
                [&previousOrigin](PortalSession *, PortalSession *previous) {
                    previousOrigin = previous ? previous->origin().toString() : u"(none)"_s;
                });

        PortalSession *second = rig.console->openPortal(QUrl(u"https://other.bitrix24.com/start"_s), true);
        QVERIFY(second && second != first);
        QCOMPARE(rig.console->session(), second);
        QCOMPARE(changed.size(), 1);
        // Compared as addresses: the previous one is gone by now.
        QVERIFY(changed.first().at(0).value<PortalSession *>() == second);
        QVERIFY(changed.first().at(1).value<PortalSession *>() == firstAddress);
        QCOMPARE(previousOrigin, u"https://acme.bitrix24.com"_s);
        QVERIFY(!first); // deleted once the signal returned
        QCOMPARE(rig.settings()->portalUrl(), QUrl(u"https://other.bitrix24.com/start"_s));
        // Sign-in follows the session: keyed by the new portal's origin.
        QCOMPARE(rig.console->auth()->settings().portalUrl(), QUrl(u"https://other.bitrix24.com"_s));

        // Same host, another port: another portal.
        QVERIFY(rig.console->openPortal(QUrl(u"https://other.bitrix24.com:8443/"_s), false) != second);
        QCOMPARE(changed.size(), 2);
    }

    // A page of the demo's address is not the demo: a real portal session replaces it.
    void aDemoSessionIsNotReusedForAPortal()
    {
        if (!Console::hasDemo())
            QSKIP("this build has no demo portal");
        Rig rig;
        QString error;
        PortalSession *demo = rig.console->openDemo(&error);
        QVERIFY2(demo, qPrintable(error));
        QVERIFY(demo->isDemo());
        QCOMPARE(rig.console->openDemo(&error), demo); // the demo again: the same session
        QSignalSpy changed(rig.console.get(), &Console::sessionChanged);
        PortalSession *portal = rig.console->openPortal(demo->url(), false);
        QVERIFY(!portal->isDemo());
        QCOMPARE(changed.size(), 1);
    }

    void startPortal_data()
    {
        QTest::addColumn<QString>("url"); // --portal (or the provisioning file's)
        QTest::addColumn<bool>("demo"); // --demo
        QTest::addColumn<QString>("saved"); // the portal of the last run
        QTest::addColumn<QString>("opens"); // the session's URL; "demo" for the demo, empty for none
        QTest::addColumn<QString>("savedAfter");
        const bool demo = Console::hasDemo();
        const QString acme = u"https://acme.bitrix24.com/crm/"_s;
        const QString saved = u"https://saved.example.com/stream/"_s;
        QTest::newRow("url") << acme << false << saved << acme << acme;
        QTest::newRow("url, nothing saved") << acme << false << QString() << acme << acme;
        QTest::newRow("saved") << QString() << false << saved << saved << saved;
        QTest::newRow("demo asked, saved kept")
            << QString() << true << saved << (demo ? u"demo"_s : QString()) << saved;
        QTest::newRow("nothing") << QString() << false << QString() << (demo ? u"demo"_s : QString())
                                 << QString();
    }
    void startPortal()
    {
        QFETCH(QString, url);
        QFETCH(bool, demo);
        QFETCH(QString, saved);
        QFETCH(QString, opens);
        QFETCH(QString, savedAfter);
        Rig rig([&saved](ConsoleSettings &settings) {
            if (!saved.isEmpty())
                settings.setPortalUrl(QUrl(saved));
        });
        QString error;
        const auto outcome = rig.console->openStartPortal(QUrl(url), demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PortalSession *session = rig.console->session();
        if (opens.isEmpty()) {
            // A build without the demo asks the operator for an address instead.
            QCOMPARE(outcome, Console::StartOutcome::NeedsPortalAddress);
            QVERIFY(!session);
        } else {
            QCOMPARE(outcome, Console::StartOutcome::Opened);
            QVERIFY(session);
            QCOMPARE(session->isDemo(), opens == u"demo");
            if (!session->isDemo())
                QCOMPARE(session->url(), QUrl(opens));
        }
        QCOMPARE(rig.settings()->portalUrl(), QUrl(savedAfter));
    }

    // The profile an older version left in web/storage belongs to the portal configured then, not
    // to one given on the command line now (PortalSession decides; the console asks it before it
    // remembers the new portal).
    void theOldProfileStaysWithThePortalItBelongsTo()
    {
        Rig rig(
            [](ConsoleSettings &settings) { settings.setPortalUrl(QUrl(u"https://acme.bitrix24.com/"_s)); });
        const QDir web(rig.dir.filePath(u"web"_s));
        QVERIFY(web.mkpath(u"storage/Local Storage"_s));
        QCOMPARE(rig.console->openStartPortal(QUrl(u"https://other.bitrix24.com/"_s), false, nullptr),
                 Console::StartOutcome::Opened);
        QVERIFY(web.exists(u"storage/Local Storage"_s));
        QVERIFY(!web.exists(u"other.bitrix24.com/storage/Local Storage"_s));
        QCOMPARE(rig.settings()->portalUrl(), QUrl(u"https://other.bitrix24.com/"_s));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
