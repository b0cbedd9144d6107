#include "portal/reachabilitywatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;
using R = QNetworkInformation::Reachability;

class TestReachabilityWatcher : public QObject
{
    Q_OBJECT

private slots:
    void improvementsAreAnnounced()
    {
        ReachabilityWatcher watcher(ReachabilityWatcher::Source::Manual);
        QSignalSpy improved(&watcher, &ReachabilityWatcher::improved);
        watcher.setReachability(R::Online); // the first report: nothing got better
        QCOMPARE(improved.size(), 0);
        watcher.setReachability(R::Disconnected);
        QVERIFY(watcher.isOffline());
        QCOMPARE(improved.size(), 0);
        watcher.setReachability(R::Local);
        QCOMPARE(improved.size(), 1);
        watcher.setReachability(R::Local);
        watcher.setReachability(R::Online);
        QCOMPARE(improved.size(), 2);
        QVERIFY(!watcher.isOffline());
    }

    // With the system backend it reports whatever this machine has, and never claims to be offline
    // without a backend.
    void systemBackendLoadsOrSaysSo()
    {
        ReachabilityWatcher watcher;
        if (watcher.hasBackend())
            QCOMPARE(watcher.reachability(), QNetworkInformation::instance()->reachability());
        else
            QCOMPARE(watcher.reachability(), R::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestReachabilityWatcher)
#include "tst_reachabilitywatcher.moc"
