#include "protocol/broadcastmerger.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

// One broadcast relayed by several listening frames must be logged once; two equal events must
// stay two; a frame that goes away must not cost an event.
class TestBroadcastMerger : public QObject
{
    Q_OBJECT

    const QString a = u"A"_s;
    const QString b = u"B"_s;

private slots:
    void oneListenerAdmitsEverything()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        QVERIFY(merger.admit(a, "hangup", 0));
        QVERIFY(merger.admit(a, "hangup", 1));
    }

    void secondCopyIsMerged()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        QVERIFY(merger.admit(a, "transfer 12", 0));
        QVERIFY(!merger.admit(b, "transfer 12", 5));
        // Either frame may be first.
        QVERIFY(merger.admit(b, "hangup", 10));
        QVERIFY(!merger.admit(a, "hangup", 12));
    }

    void equalEventsInARowStayTwo()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        QVERIFY(merger.admit(a, "key 1", 0));
        QVERIFY(merger.admit(a, "key 1", 1));
        QVERIFY(!merger.admit(b, "key 1", 2));
        QVERIFY(!merger.admit(b, "key 1", 3));
        QVERIFY(merger.admit(b, "key 1", 4)); // a third press, seen first by B
        QVERIFY(!merger.admit(a, "key 1", 5));
    }

    void slowFrameStillMatches()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        for (int i = 0; i < 50; ++i)
            QVERIFY(merger.admit(a, QByteArray::number(i), i * 100));
        // B was busy for 5 s and now delivers the same 50 in order: none is new.
        for (int i = 0; i < 50; ++i)
            QVERIFY(!merger.admit(b, QByteArray::number(i), 5000 + i));
    }

    void failoverLosesNothing()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        QVERIFY(merger.admit(a, "1", 0));
        QVERIFY(!merger.admit(b, "1", 1));
        // A's document goes away; the next broadcast reaches B only.
        merger.removeListener(a);
        QVERIFY(merger.admit(b, "2", 2));
        QVERIFY(merger.admit(b, "3", 3));
    }

    void frameThatMissedABroadcastSkipsIt()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        QVERIFY(merger.admit(a, "x", 0)); // B missed this one (e.g. bound a moment later)
        QVERIFY(merger.admit(a, "y", 1));
        QVERIFY(!merger.admit(b, "y", 2)); // drops the expectation of "x" too
        merger.removeListener(a);
        QVERIFY(merger.admit(b, "x", 3)); // a genuinely new "x" is not mistaken for the old one
    }

    void lateListenerExpectsOnlyLaterBroadcasts()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        QVERIFY(merger.admit(a, "before", 0));
        merger.addListener(b);
        QVERIFY(merger.admit(b, "before", 1)); // a new press after B bound, A not yet
        QVERIFY(!merger.admit(a, "before", 2));
    }

    void queuesAreBounded()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        for (int i = 0; i < BroadcastMerger::maxQueued + 10; ++i)
            merger.admit(a, QByteArray::number(i), 0);
        // The oldest expectations were dropped, so an old copy from B counts as new.
        QVERIFY(merger.admit(b, "0", 1));
        QVERIFY(!merger.admit(b, QByteArray::number(BroadcastMerger::maxQueued + 9), 2));
    }

    void expectationsExpire()
    {
        BroadcastMerger merger;
        merger.addListener(a);
        merger.addListener(b);
        QVERIFY(merger.admit(a, "x", 0));
        QVERIFY(merger.admit(b, "x", BroadcastMerger::expiryMs + 1));
    }
};

QTEST_GUILESS_MAIN(TestBroadcastMerger)
#include "tst_broadcastmerger.moc"
