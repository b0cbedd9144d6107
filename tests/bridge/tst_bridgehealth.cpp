#include "bridge/bridgehealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

class TestBridgeHealth : public QObject
{
    Q_OBJECT

private slots:
    void countsRefusalsAndAttacks()
    {
        BridgeHealth health;
        QSignalSpy changed(&health, &BridgeHealth::changed);
        health.noteRefused(u"event-rate"_s, 3);
        health.noteRefused(u"echo-request-blocked"_s, 2);
        health.noteRefused(u"synthetic-event"_s);
        QCOMPARE(health.refusedTotal(), 6);
        QCOMPARE(health.attacks(), 3);
        QCOMPARE(health.refusedByReason().value(u"event-rate"_s), 3);
        QCOMPARE(changed.size(), 3);
    }

    // One summary line per period, whatever the number of refusals.
    void logsASummaryNotEveryMessage()
    {
        static QStringList lines;
        lines.clear();
        const auto previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                if (text.contains(u"bridge refused"_s))
                    lines << text;
            });
        BridgeHealth health;
        health.setSummaryPeriod(300);
        health.noteRefused(u"event-rate"_s); // the first after a quiet period: at once
        QCOMPARE(lines.size(), 1);
        for (int i = 0; i < 500; ++i)
            health.noteRefused(u"event-rate"_s);
        QCOMPARE(lines.size(), 1);
        QTRY_COMPARE(lines.size(), 2);
        qInstallMessageHandler(previous);
        QVERIFY2(lines.at(0).contains(u"1 message(s)"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"500 message(s)"_s) && lines.at(1).contains(u"event-rate 500"_s),
                 qPrintable(lines.at(1)));
    }

    void listeningFramesAndReset()
    {
        BridgeHealth health;
        BridgeHealth::Frame a;
        a.listening = true;
        BridgeHealth::Frame b;
        health.setFrames({a, b});
        QCOMPARE(health.listeningFrames(), 1);
        health.noteEvent(QDateTime::currentDateTimeUtc());
        QVERIFY(health.lastEvent().isValid());
        health.reset();
        QCOMPARE(health.frames().size(), 0);
        QVERIFY(!health.lastEvent().isValid());
    }
};

QTEST_GUILESS_MAIN(TestBridgeHealth)
#include "tst_bridgehealth.moc"
