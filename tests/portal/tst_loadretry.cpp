#include "portal/backofftimer.h"
#include "portal/loadretry.h"
#include "portal/reachabilitywatcher.h"
#include "portal/wakedetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;
using D = QWebEngineLoadingInfo::ErrorDomain;
using R = QNetworkInformation::Reachability;

// When a failed portal is tried again, on clocks and a network the test moves.
class TestLoadRetry : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;
    qint64 m_wall = 1'700'000'000'000;

    struct Rig
    {
        BackoffTimer backoff;
        ReachabilityWatcher network{ReachabilityWatcher::Source::Manual};
        WakeDetector wake;
        LoadRetry retry{&backoff, &network, &wake};
        QSignalSpy retries{&retry, &LoadRetry::retry};
        QSignalSpy checks{&retry, &LoadRetry::checkPage};
    };

    void attach(Rig &rig)
    {
        rig.backoff.setClock([this] { return m_now; });
        rig.wake.setChecking(false);
        rig.wake.setClocks([this] { return m_wall; }, [this] { return m_now; });
        rig.network.setReachability(R::Online);
    }
    void advance(Rig &rig, int ms)
    {
        m_now += ms;
        m_wall += ms;
        rig.backoff.tick();
    }

    static LoadProblem refused() { return LoadProblem::classify(D::ConnectionErrorDomain, -102); }

private slots:
    void retriesWithGrowingDelays()
    {
        Rig rig;
        attach(rig);
        rig.retry.loadFinished(refused());
        QVERIFY(rig.retry.isFailing());
        QCOMPARE(rig.retry.secondsLeft(), 10);
        advance(rig, 9999);
        QCOMPARE(rig.retries.size(), 0);
        advance(rig, 1);
        QCOMPARE(rig.retries.size(), 1);
        rig.retry.loadFinished(refused()); // the retry failed too
        QCOMPARE(rig.retry.secondsLeft(), 20);
        rig.retry.loadFinished(LoadProblem()); // and then it worked
        QVERIFY(!rig.retry.isFailing());
        QCOMPARE(rig.retry.secondsLeft(), 0);
        advance(rig, 60'000);
        QCOMPARE(rig.retries.size(), 1);
    }

    void networkBackRetriesAtOnce()
    {
        Rig rig;
        attach(rig);
        rig.network.setReachability(R::Disconnected);
        rig.retry.loadFinished(LoadProblem::classify(D::ConnectionErrorDomain, -106));
        QVERIFY(rig.retry.isOffline());
        rig.network.setReachability(R::Online);
        QCOMPARE(rig.retries.size(), 1);
        QCOMPARE(rig.checks.size(), 0);
    }

    void wakeRetriesAFailureAndChecksAGoodPage()
    {
        Rig rig;
        attach(rig);
        rig.retry.loadFinished(refused());
        m_wall += 3600'000; // an hour asleep
        advance(rig, 5000);
        rig.wake.check();
        QCOMPARE(rig.retries.size(), 1);

        rig.retry.loadFinished(LoadProblem());
        m_wall += 3600'000;
        advance(rig, 5000);
        rig.wake.check();
        QCOMPARE(rig.retries.size(), 1);
        QCOMPARE(rig.checks.size(), 1);
    }

    // A stopped load is not a failure; a certificate is not retried by the clock, only by hand.
    void abortsAndCertificates()
    {
        Rig rig;
        attach(rig);
        rig.retry.loadFinished(LoadProblem::classify(D::InternalErrorDomain, -3));
        QVERIFY(!rig.retry.isFailing());
        rig.retry.loadFinished(LoadProblem::classify(D::CertificateErrorDomain, -202));
        QVERIFY(rig.retry.isFailing());
        QCOMPARE(rig.retry.secondsLeft(), 0);
        advance(rig, 600'000);
        QCOMPARE(rig.retries.size(), 0);
        rig.retry.retryNow();
        QCOMPARE(rig.retries.size(), 1);
    }

    void retryNowAlwaysLoads()
    {
        Rig rig;
        attach(rig);
        rig.retry.retryNow();
        QCOMPARE(rig.retries.size(), 1);
        rig.retry.loadFinished(refused());
        rig.retry.retryNow();
        QCOMPARE(rig.retries.size(), 2);
        QVERIFY(!rig.backoff.isActive());
    }
};

QTEST_GUILESS_MAIN(TestLoadRetry)
#include "tst_loadretry.moc"
