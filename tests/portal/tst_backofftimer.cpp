#include "portal/backofftimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;

// The retry countdown on a clock the test moves: no waiting.
class TestBackoffTimer : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;

    void attach(BackoffTimer &timer)
    {
        m_now = 1'000'000;
        timer.setClock([this] { return m_now; });
    }

private slots:
    void countsDownAndFires()
    {
        BackoffTimer timer;
        attach(timer);
        QSignalSpy left(&timer, &BackoffTimer::secondsLeftChanged);
        QSignalSpy due(&timer, &BackoffTimer::due);
        timer.scheduleRetry();
        QVERIFY(timer.isActive());
        QCOMPARE(timer.secondsLeft(), 10);
        m_now += 400;
        timer.tick();
        QCOMPARE(timer.secondsLeft(), 10); // still "10 s": whole seconds, rounded up
        m_now += 600;
        timer.tick();
        QCOMPARE(timer.secondsLeft(), 9);
        QCOMPARE(left.size(), 2);
        m_now += 9000;
        timer.tick();
        QCOMPARE(due.size(), 1);
        QVERIFY(!timer.isActive());
        timer.tick();
        QCOMPARE(due.size(), 1);
    }

    void eachFailureWaitsLongerUpToTheCap()
    {
        BackoffTimer timer;
        attach(timer);
        QList<int> firstSeconds;
        for (int i = 0; i < 8; ++i) {
            timer.scheduleRetry();
            firstSeconds.append(timer.secondsLeft());
        }
        QCOMPARE(firstSeconds, (QList<int>{10, 20, 40, 80, 160, 300, 300, 300}));
        QCOMPARE(timer.failures(), 8);

        timer.reset();
        QVERIFY(!timer.isActive());
        timer.scheduleRetry();
        QCOMPARE(timer.secondsLeft(), 10);
    }

    void retryNowFiresAtOnceAndKeepsTheCount()
    {
        BackoffTimer timer;
        attach(timer);
        QSignalSpy due(&timer, &BackoffTimer::due);
        timer.scheduleRetry();
        timer.scheduleRetry();
        timer.fireNow();
        QCOMPARE(due.size(), 1);
        QVERIFY(!timer.isActive());
        timer.scheduleRetry();
        QCOMPARE(timer.secondsLeft(), 40);
    }

    // The internal ticker drives it on the real clock too (a short schedule keeps the test quick).
    void realClockFires()
    {
        BackoffTimer timer;
        timer.setDelays({1});
        QSignalSpy due(&timer, &BackoffTimer::due);
        timer.scheduleRetry();
        QVERIFY(due.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestBackoffTimer)
#include "tst_backofftimer.moc"
