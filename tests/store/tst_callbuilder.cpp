#include "calltestsequences.h"
#include "store/callbuilder.h"

#include <QHash>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

namespace {

// Runs events through a builder the way the store does (ids in log order) and keeps the latest
// record of every call and transfer, as the tables would hold them.
struct Ledger
{
    QHash<QString, CallRecord> calls;
    QMap<qint64, TransferRecord> transfers;
    qint64 nextId = 1;
    CallBuilder builder{[this](const QString &portal, const QString &callId) -> std::optional<CallRecord> {
        const auto it = calls.constFind(portal + u'\n' + callId);
        return it == calls.constEnd() ? std::nullopt : std::optional<CallRecord>(*it);
    }};

    void run(QList<CallCardEvent> events)
    {
        for (CallCardEvent &event : events) {
            event.id = nextId++;
            const CallChanges changes = builder.apply(event);
            for (const CallRecord &call : changes.calls)
                calls.insert(call.portal + u'\n' + call.callId, call);
            for (const TransferRecord &transfer : changes.transfers)
                transfers.insert(transfer.eventId, transfer);
        }
    }
    CallRecord call(const QString &callId) const { return calls.value(u"demo.bitrix24.test\n"_s + callId); }
    QList<TransferOutcome> outcomes() const
    {
        QList<TransferOutcome> list;
        for (const auto &transfer : transfers)
            list.append(transfer.outcome);
        return list;
    }
};

} // namespace

class TestCallBuilder : public QObject
{
    Q_OBJECT

private slots:
    // tests/e2e/tst_e2e_b24jssdk: the official SDK worker moves the card, then mute, a key, a transfer
    // to user 12 and its completion; the operator then hangs up and closes the card.
    void sdkWorkerSequenceCompletesTheTransfer()
    {
        Ledger ledger;
        ledger.run(CallSequence()
                       .open(u"externalCall.a1"_s)
                       .then(Type::MuteButtonClick, "true")
                       .then(Type::DialpadButtonClick, "\"5\"")
                       .transfer(12)
                       .wait(11)
                       .add(Type::CompleteTransferButtonClick)
                       .then(Type::HangupButtonClick)
                       .then(Type::CloseButtonClick)
                       .events());
        QCOMPARE(ledger.calls.size(), 1);
        const CallRecord call = ledger.call(u"externalCall.a1"_s);
        QCOMPARE(call.events, 7);
        QCOMPARE(call.transfers, 1);
        QCOMPARE(call.outcome, TransferOutcome::Completed);
        QCOMPARE(call.phoneNumber, u"+74951234567"_s);
        QCOMPARE(call.lineNumber, u"DEMO-SIP-1"_s);
        QCOMPARE(call.lineName, u"Demo SIP line"_s);
        QCOMPARE(call.direction, u"incoming"_s);
        QCOMPARE(call.crmEntityType, u"CONTACT"_s);
        QCOMPARE(call.crmEntityId, 17);
        QCOMPARE(call.crmBindings, QByteArray("[{\"ENTITY_ID\":17,\"ENTITY_TYPE\":\"CONTACT\"}]"));
        QVERIFY(!call.isOpen());
        QCOMPARE(call.endReason, u"hangup"_s); // the close after it does not move the end
        QCOMPARE(call.durationMs(), 15000);
        QCOMPARE(call.lastMs - call.startMs, 16000);
        QCOMPARE(ledger.transfers.size(), 1);
        const TransferRecord transfer = ledger.transfers.first();
        QCOMPARE(transfer.eventId, 4);
        QCOMPARE(transfer.outcome, TransferOutcome::Completed);
        QCOMPARE(transfer.afterMs(), 11000);
        QCOMPARE(transfer.outcomeEventId, 5);
    }

    // tests/e2e/tst_e2e_demo: pick 12, return to the call, pick 14, then a phone number, then complete.
    void demoPortalSequenceCancelsSupersedesAndCompletes()
    {
        Ledger ledger;
        ledger.run(CallSequence()
                       .open(u"externalCall.b2"_s)
                       .transfer(12)
                       .wait(2)
                       .add(Type::CancelTransferButtonClick)
                       .transfer(14)
                       .wait(3)
                       .transfer(15)
                       .wait(4)
                       .add(Type::CompleteTransferButtonClick)
                       .events());
        QCOMPARE(ledger.outcomes(),
                 (QList<TransferOutcome>{TransferOutcome::Cancelled, TransferOutcome::Superseded,
                                         TransferOutcome::Completed}));
        const QList<TransferRecord> transfers = ledger.transfers.values();
        QCOMPARE(transfers.at(0).afterMs(), 2000);
        QCOMPARE(transfers.at(1).afterMs(), 4000); // superseded by the next pick
        QCOMPARE(transfers.at(2).afterMs(), 4000);
        const CallRecord call = ledger.call(u"externalCall.b2"_s);
        QCOMPARE(call.transfers, 3);
        QCOMPARE(call.outcome, TransferOutcome::Completed);
        QVERIFY(call.isOpen()); // no close yet
    }

    void cardClosedBeforeAnOutcomeLeavesItUnknown()
    {
        Ledger ledger;
        ledger.run(CallSequence().open(u"c3"_s).transfer(12).wait(5).add(Type::CloseButtonClick).events());
        QCOMPARE(ledger.outcomes(), QList<TransferOutcome>{TransferOutcome::Unknown});
        QCOMPARE(ledger.transfers.first().afterMs(), 5000);
        QCOMPARE(ledger.call(u"c3"_s).endReason, u"close"_s);
        QCOMPARE(ledger.call(u"c3"_s).outcome, TransferOutcome::Unknown);
        // A complete after the card closed belongs to nothing: the outcome stays.
        ledger.run(CallSequence().open(u"c3b"_s).events());
        QCOMPARE(ledger.outcomes(), QList<TransferOutcome>{TransferOutcome::Unknown});
    }

    void theNextCardEndsTheOpenCall()
    {
        Ledger ledger;
        ledger.run(CallSequence().open(u"d4"_s).transfer(12).wait(30).open(u"d5"_s, u"+4930111"_s).events());
        const CallRecord first = ledger.call(u"d4"_s);
        QCOMPARE(first.endReason, u"replaced"_s);
        QCOMPARE(first.endMs, first.startMs + 1000); // its last event, not the next card's
        QCOMPARE(ledger.outcomes(), QList<TransferOutcome>{TransferOutcome::Unknown});
        QVERIFY(ledger.call(u"d5"_s).isOpen());
        QCOMPARE(ledger.call(u"d5"_s).phoneNumber, u"+4930111"_s);
    }

    // A reloaded page or a restarted console: the portal shows the card again with the same CALL_ID.
    void theSameCallIdContinuesTheCall()
    {
        Ledger ledger;
        CallSequence sequence;
        ledger.run(sequence.open(u"e6"_s).transfer(12).take());
        ledger.run(sequence.restart().wait(60).then(Type::MuteButtonClick, "true").take());
        QCOMPARE(ledger.call(u"e6"_s).events, 2); // no call to give it to
        ledger.builder = CallBuilder(ledger.builder); // same state, as after a reload
        ledger.run(sequence.open(u"e6"_s).transfer(14).wait(2).add(Type::CompleteTransferButtonClick).take());
        QCOMPARE(ledger.calls.size(), 1);
        const CallRecord call = ledger.call(u"e6"_s);
        QCOMPARE(call.events, 5);
        QCOMPARE(call.transfers, 2);
        QCOMPARE(ledger.outcomes(),
                 (QList<TransferOutcome>{TransferOutcome::Superseded, TransferOutcome::Completed}));
    }

    void entityChangedUpdatesTheBinding()
    {
        Ledger ledger;
        ledger.run(CallSequence()
                       .open(u"f7"_s, u"+100"_s, "", 0)
                       .then(Type::EntityChanged,
                             "{\"PHONE_NUMBER\":\"+100\",\"CRM_ENTITY_TYPE\":\"DEAL\",\"CRM_ENTITY_ID\":55}")
                       .events());
        QCOMPARE(ledger.call(u"f7"_s).crmEntityType, u"DEAL"_s);
        QCOMPARE(ledger.call(u"f7"_s).crmEntityId, 55);
    }

    void eventsOutsideACallChangeNothing()
    {
        CallBuilder builder;
        CallCardEvent event;
        event.type = Type::TransferButtonClick;
        event.time = QDateTime::currentDateTimeUtc();
        QVERIFY(builder.apply(event).isEmpty());
        QVERIFY(builder.openCalls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallBuilder)
#include "tst_callbuilder.moc"
