#include "console/terminationsignals.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace opc;

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private slots:
    void eachSignalArrivesOnTheEventLoop();
    void onlyOneWatcherAtATime();
};

void TestTerminationSignals::eachSignalArrivesOnTheEventLoop()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#else
    TerminationSignals watcher;
    QVERIFY(watcher.isActive());
    QSignalSpy received(&watcher, &TerminationSignals::received);
    for (int number : {SIGTERM, SIGINT, SIGHUP}) {
        // Without the handler, raise() would end this test process.
        QCOMPARE(::raise(number), 0);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.takeFirst().at(0).toInt(), number);
    }
#endif
}

void TestTerminationSignals::onlyOneWatcherAtATime()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signals only");
#else
    {
        TerminationSignals first;
        TerminationSignals second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
    }
    // Once the first is gone, a new one can watch again.
    TerminationSignals again;
    QVERIFY(again.isActive());
    QSignalSpy received(&again, &TerminationSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_COMPARE(received.size(), 1);
#endif
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
