#include "calltestsequences.h"
#include "store/callsmodel.h"
#include "store/eventstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

namespace {

void appendAll(EventStore &store, QList<CallCardEvent> events)
{
    for (CallCardEvent &event : events)
        QVERIFY(store.append(event));
}

} // namespace

// The calls view's model on a real log: pages of calls, a call's timeline on expand, live updates.
class TestCallsModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesCallsAndExpandsTimelines()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        for (int i = 0; i < 5; ++i)
            appendAll(
                store,
                sequence.wait(60).open(u"m"_s + QString::number(i)).then(Type::HangupButtonClick).take());
        appendAll(store,
                  sequence.wait(60)
                      .open(u"last"_s)
                      .transfer(12)
                      .wait(7)
                      .add(Type::CancelTransferButtonClick)
                      .take());

        CallsModel model(&store);
        model.setPageSize(4);
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex last = model.index(0, 0);
        QCOMPARE(model.callAt(0).callId, u"last"_s);
        QCOMPARE(model.index(0, CallsModel::ClientNumberColumn).data().toString(), u"+74951234567"_s);
        QCOMPARE(model.index(0, CallsModel::CrmColumn).data().toString(), u"Contact #17"_s);
        QCOMPARE(model.index(0, CallsModel::TransfersColumn).data().toString(), u"1"_s);
        QCOMPARE(model.index(0, CallsModel::OutcomeColumn).data().toString(),
                 TransferOutcomes::label(TransferOutcome::Cancelled));
        QCOMPARE(model.index(0, CallsModel::EndColumn).data().toString(), u"In progress"_s);
        QCOMPARE(model.index(1, CallsModel::OutcomeColumn).data().toString(), u"No transfer"_s);
        QCOMPARE(model.index(1, CallsModel::EndColumn).data().toString(), u"Hung up"_s);
        QCOMPARE(model.index(1, CallsModel::DurationColumn).data().toString(), u"0:01"_s);

        QVERIFY(model.hasChildren(last));
        QCOMPARE(model.rowCount(last), 0);
        QVERIFY(model.canFetchMore(last));
        model.fetchMore(last);
        QCOMPARE(model.rowCount(last), 3);
        QCOMPARE(model.index(0, 0, last).data().toString(),
                 u"+0:00  Call card opened: Call from +74951234567"_s);
        QVERIFY(model.index(1, 0, last).data().toString().startsWith(u"+0:01  Transfer: Employee #12 — "_s));
        QVERIFY(model.index(1, 0, last).data().toString().endsWith(u" after 0:07"_s));
        QCOMPARE(model.index(2, 0, last).data().toString(), u"+0:08  Transfer cancelled"_s);
        QCOMPARE(model.index(1, 0, last).data(CallsModel::TimelineEventRole).value<CallCardEvent>().outcome,
                 TransferOutcome::Cancelled);

        // Live: the open call's next events join its timeline, their outcome shows, a new call goes on top.
        appendAll(store, sequence.transfer(14).take());
        QCOMPARE(model.rowCount(last), 4);
        QCOMPARE(model.index(0, CallsModel::TransfersColumn).data().toString(), u"2"_s);
        QCOMPARE(model.index(0, CallsModel::OutcomeColumn).data().toString(),
                 TransferOutcomes::label(TransferOutcome::Pending));
        appendAll(store, sequence.wait(3).add(Type::CompleteTransferButtonClick).take());
        QCOMPARE(model.rowCount(last), 5);
        QVERIFY(model.index(3, 0, last)
                    .data()
                    .toString()
                    .endsWith(TransferOutcomes::label(TransferOutcome::Completed) + u" after 0:03"_s));
        appendAll(store, sequence.wait(60).open(u"newer"_s).take());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.callAt(0).callId, u"newer"_s);
        QCOMPARE(model.callAt(1).endReason, u"replaced"_s);
        QCOMPARE(model.index(1, CallsModel::EndColumn).data().toString(), u"Next card opened"_s);
    }

    void filtersByOutcome()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        appendAll(store, sequence.open(u"a"_s).transfer(12).then(Type::CompleteTransferButtonClick).take());
        appendAll(store,
                  sequence.wait(60).open(u"b"_s).transfer(12).then(Type::CancelTransferButtonClick).take());
        appendAll(store, sequence.wait(60).open(u"c"_s).take());
        CallsModel model(&store);
        QCOMPARE(model.rowCount(), 3);
        CallFilter filter;
        filter.outcome = CallFilter::Outcome::Cancelled;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.callAt(0).callId, u"b"_s);
        filter.outcome = CallFilter::Outcome::Completed;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.callAt(0).callId, u"a"_s);
        filter.outcome = CallFilter::Outcome::NoTransfer;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.callAt(0).callId, u"c"_s);
        // A new call with no transfer yet shows under "no transfer", not under "completed".
        appendAll(store, sequence.wait(60).open(u"d"_s).take());
        QCOMPARE(model.rowCount(), 2);
        filter.outcome = CallFilter::Outcome::Completed;
        model.setFilter(filter);
        appendAll(store, sequence.wait(60).open(u"e"_s).take());
        QCOMPARE(model.rowCount(), 1);
        // ... and appears there, live, once its transfer completes.
        appendAll(store, sequence.transfer(12).take());
        QCOMPARE(model.rowCount(), 1);
        appendAll(store, sequence.then(Type::CompleteTransferButtonClick).take());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.callAt(0).callId, u"e"_s);
    }
};

QTEST_GUILESS_MAIN(TestCallsModel)
#include "tst_callsmodel.moc"
