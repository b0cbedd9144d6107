#include "protocol/transferoutcome.h"

#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

class TestTransferOutcome : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (const auto outcome :
             {TransferOutcome::Pending, TransferOutcome::Completed, TransferOutcome::Cancelled,
              TransferOutcome::Superseded, TransferOutcome::Unknown}) {
            QVERIFY(!TransferOutcomes::name(outcome).isEmpty());
            QCOMPARE(TransferOutcomes::fromName(TransferOutcomes::name(outcome)), outcome);
            QVERIFY(!TransferOutcomes::label(outcome).isEmpty());
        }
        QCOMPARE(TransferOutcomes::name(TransferOutcome::Completed), u"completed"_s);
        QCOMPARE(TransferOutcomes::fromName(u""), TransferOutcome::None);
        QCOMPARE(TransferOutcomes::fromName(u"answered"), TransferOutcome::None);
    }

    void durations()
    {
        QCOMPARE(TransferOutcomes::duration(0), u"0:00"_s);
        QCOMPARE(TransferOutcomes::duration(12'400), u"0:12"_s);
        QCOMPARE(TransferOutcomes::duration(62'000), u"1:02"_s);
        QCOMPARE(TransferOutcomes::duration(3'723'000), u"1:02:03"_s);
        QCOMPARE(TransferOutcomes::duration(-5), u"0:00"_s);
    }

    // One colour per outcome for the panel's mark and both charts, matching the report's legend
    // ("red: cancelled or unknown; grey: superseded or pending").
    void colours()
    {
        QCOMPARE(TransferOutcomes::colorName(TransferOutcome::None), QString());
        QCOMPARE(TransferOutcomes::colorName(TransferOutcome::Unknown),
                 TransferOutcomes::colorName(TransferOutcome::Cancelled));
        QCOMPARE(TransferOutcomes::colorName(TransferOutcome::Pending),
                 TransferOutcomes::colorName(TransferOutcome::Superseded));
        QVERIFY(TransferOutcomes::colorName(TransferOutcome::Completed) !=
                TransferOutcomes::colorName(TransferOutcome::Cancelled));
        QVERIFY(TransferOutcomes::colorName(TransferOutcome::Completed) !=
                TransferOutcomes::colorName(TransferOutcome::Superseded));
    }
};

QTEST_GUILESS_MAIN(TestTransferOutcome)
#include "tst_transferoutcome.moc"
