#include "portal/wakedetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;

// Sleep seen through two clocks the test moves.
class TestWakeDetector : public QObject
{
    Q_OBJECT

    qint64 m_wall = 1'700'000'000'000;
    qint64 m_monotonic = 5'000;

    void attach(WakeDetector &detector)
    {
        detector.setChecking(false);
        detector.setClocks([this] { return m_wall; }, [this] { return m_monotonic; });
    }
    void advance(qint64 wall, qint64 monotonic)
    {
        m_wall += wall;
        m_monotonic += monotonic;
    }

private slots:
    void regularChecksAreQuiet()
    {
        WakeDetector detector;
        attach(detector);
        QSignalSpy woke(&detector, &WakeDetector::wokeUp);
        for (int i = 0; i < 10; ++i) {
            advance(5000, 5000);
            detector.check();
        }
        advance(9000, 9000); // a busy machine checks late, but not asleep-late
        detector.check();
        QCOMPARE(woke.size(), 0);
    }

    // Linux: the monotonic clock stops while suspended, the wall clock does not.
    void wallClockJumpIsAWake()
    {
        WakeDetector detector;
        attach(detector);
        QSignalSpy woke(&detector, &WakeDetector::wokeUp);
        advance(10 * 60'000 + 5000, 5000);
        detector.check();
        QCOMPARE(woke.size(), 1);
        QVERIFY(woke.at(0).at(0).toLongLong() >= 10 * 60'000);
        advance(5000, 5000);
        detector.check();
        QCOMPARE(woke.size(), 1);
    }

    // Where the monotonic clock runs on through sleep, the check itself comes far too late.
    void lateCheckIsAWake()
    {
        WakeDetector detector;
        attach(detector);
        QSignalSpy woke(&detector, &WakeDetector::wokeUp);
        advance(3 * 60'000, 3 * 60'000);
        detector.check();
        QCOMPARE(woke.size(), 1);
    }

    void wallClockSetBackIsNoWake()
    {
        WakeDetector detector;
        attach(detector);
        QSignalSpy woke(&detector, &WakeDetector::wokeUp);
        advance(-3600'000, 5000);
        detector.check();
        QCOMPARE(woke.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWakeDetector)
#include "tst_wakedetector.moc"
