#include "calltestsequences.h"
#include "store/callledger.h"
#include "store/callquery.h"
#include "store/eventquery.h"
#include "store/eventrow.h"
#include "store/eventstore.h"
#include "store/retentionpruner.h"
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using opc::test::scalar;
using Type = CallCardEventType;

namespace {

void appendAll(EventStore &store, QList<CallCardEvent> events)
{
    for (CallCardEvent &event : events)
        QVERIFY(store.append(event));
}

QList<TransferOutcome> outcomesOf(const QList<CallQuery::Transfer> &transfers)
{
    QList<TransferOutcome> list;
    for (const auto &transfer : transfers)
        list.append(transfer.record.outcome);
    return list;
}

const QDateTime dayStart(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
const QDateTime dayEnd(QDate(2026, 11, 24), QTime(23, 59, 59, 999), Qt::UTC);

} // namespace

// The calls and transfers tables on real SQLite files, through the store that writes them.
class TestCallLedger : public QObject
{
    Q_OBJECT

private slots:
    void theStoreKeepsCallsWithTheirEvents()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        QSignalSpy calls(&store, &EventStore::callChanged);
        QSignalSpy transfers(&store, &EventStore::transferChanged);
        appendAll(store,
                  CallSequence()
                      .open(u"externalCall.a1"_s)
                      .then(Type::MuteButtonClick, "true")
                      .transfer(12)
                      .wait(9)
                      .add(Type::CompleteTransferButtonClick)
                      .then(Type::HangupButtonClick)
                      .events());
        QCOMPARE(calls.size(), 5);
        QCOMPARE(transfers.size(), 2); // picked (pending), then completed
        QCOMPARE(transfers.last().at(0).value<TransferRecord>().outcome, TransferOutcome::Completed);

        CallQuery query(store.database());
        QCOMPARE(query.count({}), 1);
        const QList<CallRecord> page = query.page({}, {}, 10);
        QCOMPARE(page.size(), 1);
        QVERIFY(page.first().id > 0);
        QCOMPARE(page.first().events, 5);
        QCOMPARE(page.first().outcome, TransferOutcome::Completed);
        QCOMPARE(page.first().endReason, u"hangup"_s);
        const QList<CallCardEvent> timeline = query.timeline(page.first());
        QCOMPARE(timeline.size(), 5);
        QCOMPARE(timeline.at(2).type, Type::TransferButtonClick);
        QCOMPARE(timeline.at(2).outcome, TransferOutcome::Completed);
        QCOMPARE(timeline.at(2).outcomeAfterMs, 9000);
        QCOMPARE(timeline.at(3).outcome, TransferOutcome::None);
        // The events list reads the same outcome.
        const QList<CallCardEvent> events = store.page({}, EventPageKey::newest(), 10);
        QCOMPARE(events.at(2).type, Type::TransferButtonClick);
        QCOMPARE(events.at(2).outcome, TransferOutcome::Completed);
        QCOMPARE(outcomesOf(query.transfers(dayStart, dayEnd)),
                 QList<TransferOutcome>{TransferOutcome::Completed});
        QCOMPARE(query.transfers(dayStart, dayEnd).first().pick.target.value(), u"12"_s);
    }

    // A console that stops mid-call: the next start closes the call at its last event; the same
    // CALL_ID delivered again afterwards continues it.
    void callsLeftOpenAreClosedOnTheNextStartAndContinue()
    {
        QTemporaryDir dir;
        CallSequence sequence;
        {
            EventStore store;
            QVERIFY(store.open(dir.path()).isOpen());
            appendAll(store, sequence.open(u"externalCall.r1"_s).transfer(12).wait(5).take());
        }
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallQuery query(store.database());
        CallRecord call = query.page({}, {}, 10).value(0);
        QCOMPARE(call.endReason, u"console-closed"_s);
        QCOMPARE(call.endMs, call.startMs + 1000);
        QCOMPARE(call.outcome, TransferOutcome::Unknown);
        QCOMPARE(outcomesOf(query.transfers(dayStart, dayEnd)),
                 QList<TransferOutcome>{TransferOutcome::Unknown});
        QCOMPARE(query.transfers(dayStart, dayEnd).first().record.afterMs(), 0);

        appendAll(store,
                  sequence.restart()
                      .open(u"externalCall.r1"_s)
                      .transfer(14)
                      .then(Type::CancelTransferButtonClick)
                      .take());
        QCOMPARE(query.count({}), 1);
        call = query.page({}, {}, 10).value(0);
        QVERIFY(call.isOpen());
        QCOMPARE(call.events, 5);
        QCOMPARE(call.transfers, 2);
        QCOMPARE(call.outcome, TransferOutcome::Cancelled);
        QCOMPARE(query.timeline(call).size(), 5);
    }

    // Schema 4 -> 5 on a log written by the version-4 code path: calls and outcomes for what is there.
    void migratesAVersionFourLog()
    {
        QTemporaryDir dir;
        const QString path = EventStore::databasePath(dir.path());
        QVERIFY(opc::test::createLogAtVersion(path, 4));
        QList<CallCardEvent> old = CallSequence()
                                       .add(Type::MuteButtonClick, "true") // before any card: no call
                                       .open(u"old.1"_s)
                                       .transfer(12)
                                       .wait(3)
                                       .add(Type::CancelTransferButtonClick)
                                       .transfer(14)
                                       .then(Type::CloseButtonClick)
                                       .open(u"old.2"_s, u"+4930222"_s, "DEAL", 9)
                                       .transfer(15)
                                       .events();
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
            QVERIFY(connection.open());
            QSqlQuery insert(connection.database());
            QVERIFY(insert.prepare(EventRow::insertStatement()));
            for (const CallCardEvent &event : old) {
                EventRow::bindInsert(insert, event);
                QVERIFY(insert.exec());
            }
        }
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(), 5);
        CallQuery query(store.database());
        QCOMPARE(query.count({}), 2);
        const QList<CallRecord> calls = query.page({}, {}, 10);
        QCOMPARE(calls.at(0).callId, u"old.2"_s);
        QCOMPARE(calls.at(0).crmEntityType, u"DEAL"_s);
        QCOMPARE(calls.at(0).endReason, u"console-closed"_s); // open when that console stopped
        QCOMPARE(calls.at(1).callId, u"old.1"_s);
        QCOMPARE(calls.at(1).endReason, u"close"_s);
        QCOMPARE(calls.at(1).events, 5);
        QCOMPARE(outcomesOf(query.transfers(dayStart, dayEnd)),
                 (QList<TransferOutcome>{TransferOutcome::Cancelled, TransferOutcome::Unknown,
                                         TransferOutcome::Unknown}));
        CallFilter cancelled;
        cancelled.outcome = CallFilter::Outcome::Cancelled;
        QCOMPARE(query.count(cancelled), 1);
        QCOMPARE(query.page(cancelled, {}, 10).value(0).callId, u"old.1"_s);
        CallFilter none;
        none.outcome = CallFilter::Outcome::NoTransfer;
        QCOMPARE(query.count(none), 0);
        QCOMPARE(store.count(), old.size());
    }

    void pruningTakesTransfersAndFinishedCallsAlong()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        appendAll(store, sequence.open(u"p1"_s).transfer(12).then(Type::CloseButtonClick).take());
        appendAll(store, sequence.wait(3600).open(u"p2"_s).transfer(14).take());
        QString error;
        QCOMPARE(RetentionPruner::deleteOlderThan(EventStore::databasePath(dir.path()),
                                                  dayStart.addSecs(9 * 3600 + 1800), 100, &error, nullptr),
                 3);
        CallQuery query(store.database());
        QCOMPARE(query.count({}), 1);
        QCOMPARE(query.page({}, {}, 10).value(0).callId, u"p2"_s);
        QCOMPARE(query.transfers(dayStart, dayEnd).size(), 1);
    }

    void pagesNewestFirstAndFiltersByDay()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        for (int i = 0; i < 5; ++i)
            appendAll(
                store,
                sequence.wait(60).open(u"q"_s + QString::number(i)).then(Type::HangupButtonClick).take());
        appendAll(store, sequence.wait(86400).open(u"tomorrow"_s).take());
        CallQuery query(store.database());
        QList<CallRecord> first = query.page({}, {}, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).callId, u"tomorrow"_s);
        QCOMPARE(first.at(1).callId, u"q4"_s);
        const QList<CallRecord> next = query.page({}, CallPageKey::of(first.last()), 10);
        QCOMPARE(next.size(), 4);
        QCOMPARE(next.last().callId, u"q0"_s);
        CallFilter today;
        today.since = dayStart;
        today.until = dayEnd;
        QCOMPARE(query.count(today), 5);
        today.outcome = CallFilter::Outcome::NoTransfer;
        QCOMPARE(query.count(today), 5);
        today.outcome = CallFilter::Outcome::Completed;
        QCOMPARE(query.count(today), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallLedger)
#include "tst_callledger.moc"
