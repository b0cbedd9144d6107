#include "bridge/rendererrecovery.h"
#include "webtestutil.h"

#include <QHttpServer>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

// RendererRecovery against real renderer crashes: Chromium's chrome://crash kills the page's
// renderer process, as a crash in the portal's scripts would. The reset of the attempt count after a
// minute is not tested here: it would take a minute of waiting (the clock is not injectable).
class TestRendererRecovery : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QUrl m_portal;
    QUrl m_other;
    std::unique_ptr<QWebEngineProfile> m_profile;

    // A watched page showing `url`, as the owner creates one for each recovery; null if it did not load.
    std::unique_ptr<QWebEnginePage> openPage(RendererRecovery &recovery, const QUrl &url)
    {
        auto page = std::make_unique<QWebEnginePage>(m_profile.get());
        recovery.watch(page.get());
        if (!test::loadAndWait(page.get(), url))
            return nullptr;
        return page;
    }

    // Crashes the page's renderer for real; true once the page reported it.
    static bool crash(QWebEnginePage *page)
    {
        QSignalSpy terminated(page, &QWebEnginePage::renderProcessTerminated);
        page->load(QUrl(u"chrome://crash"_s));
        return terminated.wait(20000) &&
            terminated.at(0).at(0).value<QWebEnginePage::RenderProcessTerminationStatus>() ==
            QWebEnginePage::CrashedTerminationStatus;
    }

private slots:
    void initTestCase()
    {
        const QString origin = test::listenLoopback(m_server, u"127.0.0.1"_s);
        QVERIFY(!origin.isEmpty());
        test::serveHtml(m_server, u"/portal"_s, "<!doctype html><title>portal</title><p>portal</p>");
        test::serveHtml(m_server, u"/other"_s, "<!doctype html><title>other</title><p>other</p>");
        m_portal = QUrl(origin + u"/portal"_s);
        m_other = QUrl(origin + u"/other"_s);
        m_profile = std::make_unique<QWebEngineProfile>(); // off the record
    }

    // The crash is reported at once; the reload is asked for later (QtWebEngine cannot reload from
    // inside the termination handler), for the last web page, not for the internal crash URL.
    void crashAsksForTheLastWebPageLater()
    {
        RendererRecovery recovery;
        QSignalSpy crashed(&recovery, &RendererRecovery::rendererCrashed);
        QSignalSpy requested(&recovery, &RendererRecovery::recoveryRequested);
        QSignalSpy gaveUp(&recovery, &RendererRecovery::gaveUp);
        auto page = openPage(recovery, m_portal);
        QVERIFY(page);
        QVERIFY(test::loadAndWait(page.get(), m_other));

        QVERIFY(crash(page.get()));
        QCOMPARE(crashed.size(), 1);
        QVERIFY(!crashed.at(0).at(0).toString().isEmpty());
        QCOMPARE(requested.size(), 0); // deferred
        QCOMPARE(recovery.attempts(), 1);

        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.at(0).at(0).toUrl(), m_other);
        QCOMPARE(requested.at(0).at(1).toInt(), 1);
        QCOMPARE(gaveUp.size(), 0);
    }

    // A page that crashes on every load is brought back maxAttempts times, then left alone.
    void givesUpAfterMaxAttemptsWithinAMinute()
    {
        RendererRecovery recovery;
        QSignalSpy crashed(&recovery, &RendererRecovery::rendererCrashed);
        QSignalSpy requested(&recovery, &RendererRecovery::recoveryRequested);
        QSignalSpy gaveUp(&recovery, &RendererRecovery::gaveUp);
        auto page = openPage(recovery, m_portal);
        QVERIFY(page);

        for (int attempt = 1; attempt <= RendererRecovery::maxAttempts; ++attempt) {
            QVERIFY(crash(page.get()));
            QVERIFY(requested.wait(10000));
            QCOMPARE(requested.size(), attempt);
            QCOMPARE(requested.constLast().at(0).toUrl(), m_portal);
            QCOMPARE(requested.constLast().at(1).toInt(), attempt);
            // As the owner does: the portal again, in a fresh page.
            page = openPage(recovery, requested.constLast().at(0).toUrl());
            QVERIFY(page);
        }
        QCOMPARE(gaveUp.size(), 0);

        QVERIFY(crash(page.get()));
        QCOMPARE(crashed.size(), RendererRecovery::maxAttempts + 1);
        QCOMPARE(gaveUp.size(), 1);
        QCOMPARE(recovery.attempts(), RendererRecovery::maxAttempts);
        // Nothing more is scheduled: the next reload would have come after 500 ms × attempt.
        QVERIFY(!requested.wait(500 * (RendererRecovery::maxAttempts + 1) + 500));
        QCOMPARE(requested.size(), RendererRecovery::maxAttempts);
    }

    // A renderer that ended normally (the page was closed or navigated away by Chromium) is no crash,
    // and a page no longer watched is none of its business. Chromium gives no way to end a renderer
    // normally on demand, so the page's signal is emitted here directly.
    void normalTerminationAndUnwatchedPagesAreIgnored()
    {
        RendererRecovery recovery;
        QSignalSpy crashed(&recovery, &RendererRecovery::rendererCrashed);
        QSignalSpy requested(&recovery, &RendererRecovery::recoveryRequested);
        auto first = openPage(recovery, m_portal);
        QVERIFY(first);

        emit first->renderProcessTerminated(QWebEnginePage::NormalTerminationStatus, 0);
        QCOMPARE(crashed.size(), 0);
        QCOMPARE(recovery.attempts(), 0);

        auto second = openPage(recovery, m_portal);
        QVERIFY(second);
        emit first->renderProcessTerminated(QWebEnginePage::CrashedTerminationStatus, 11);
        QCOMPARE(crashed.size(), 0);
        QCOMPARE(recovery.attempts(), 0);

        emit second->renderProcessTerminated(QWebEnginePage::KilledTerminationStatus, 9);
        QCOMPARE(crashed.size(), 1);
        QVERIFY(requested.wait(5000));
    }

    void cleanupTestCase() { m_profile.reset(); }
};

QTEST_MAIN(TestRendererRecovery)
#include "tst_rendererrecovery.moc"
