#include "protocol/ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void allowsBurstThenRefuses()
    {
        opc::RateLimiter limiter(5, 2.0);
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.allow(1000));
        QVERIFY(!limiter.allow(1000));
        QVERIFY(!limiter.allow(1100));
        QCOMPARE(limiter.takeRefusedCount(), 2);
        QCOMPARE(limiter.takeRefusedCount(), 0);
    }
    void refillsAtTheSustainedRate()
    {
        opc::RateLimiter limiter(2, 2.0);
        QVERIFY(limiter.allow(0));
        QVERIFY(limiter.allow(0));
        QVERIFY(!limiter.allow(100));
        QVERIFY(limiter.allow(600)); // 0.5 s at 2/s gives one token back
        QVERIFY(!limiter.allow(600));
        QVERIFY(limiter.allow(10'000));
        QVERIFY(limiter.allow(10'000));
        QVERIFY(!limiter.allow(10'000)); // never more than the burst
    }
    void clockGoingBackDoesNotMint()
    {
        opc::RateLimiter limiter(1, 1.0);
        QVERIFY(limiter.allow(5000));
        QVERIFY(!limiter.allow(1000));
        QVERIFY(!limiter.allow(5500));
        QVERIFY(limiter.allow(6000));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
