#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsLazilyNewestFirst();
    void filterRequeriesTheStore();
    void showsNewEventsThatMatch();
    void showsPendingEventsUntilWritten();
    void numberFilterFollowsACall();
    void outcomeFilterFollowsLiveTransfers();
    void outcomeFilterFollowsQueuedTransfers();
    void updatesTargetNames();
    void providesRolesAndHeaders();

private:
    // An event of the call `callId`; a transfer to `target` when target is not empty.
    CallCardEvent callEvent(const QString &callId, CallCardEventType type, int secs,
                            const QString &target = {});
    // The targets of the model's transfer rows, top to bottom.
    static QStringList targets(const EventLogModel &model);

    // 10 events per minute for `count` events; every third one a transfer to +7916… numbers.
    void fill(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TestEventLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir->path()).isOpen());
}

void TestEventLogModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

CallCardEvent TestEventLogModel::callEvent(const QString &callId, CallCardEventType type, int secs,
                                           const QString &target)
{
    CallCardEvent event = target.isEmpty()
        ? makeEvent(type, baseTime().addSecs(secs))
        : makeTransfer(baseTime().addSecs(secs), u"+1900"_s, {Kind::User, target});
    event.callId = callId;
    return event;
}

QStringList TestEventLogModel::targets(const EventLogModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.eventAt(row).target.value());
    return list;
}

void TestEventLogModel::fill(int count)
{
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction());
    for (int i = 0; i < count; ++i) {
        CallCardEvent event = i % 3 == 0
            ? makeTransfer(baseTime().addSecs(6 * i), u"+7916"_s + QString::number(1000000 + i),
                           {Kind::User, QString::number(i % 50 + 1)})
            : makeEvent(CallCardEventType::MuteButtonClick, baseTime().addSecs(6 * i), "{\"muted\":true}");
        QVERIFY(m_store->append(event));
    }
    QVERIFY(db.commit());
}

void TestEventLogModel::loadsLazilyNewestFirst()
{
    fill(1000);
    // No model tester here: it fetches more rows itself, and this test counts what is read when.
    EventLogModel model(m_store.get());
    model.setPageSize(100);
    model.refresh();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.eventAt(row).id);
        if (row > 0)
            QVERIFY(model.eventAt(row - 1).time > model.eventAt(row).time);
    }
    QCOMPARE(ids.size(), 1000);
}

void TestEventLogModel::filterRequeriesTheStore()
{
    fill(300);
    EventLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    EventFilter filter;
    filter.transfersOnly = true;
    model.setFilter(filter);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row, 0), IsTransferRole).toBool());

    filter.text = u"1000297"_s; // one client number
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, EventLogModel::ClientNumberColumn)).toString(), u"+79161000297"_s);

    filter = {};
    filter.since = baseTime().addSecs(6 * 290);
    filter.until = baseTime().addSecs(6 * 294);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);
}

void TestEventLogModel::showsNewEventsThatMatch()
{
    fill(10);
    EventLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilter filter;
    filter.transfersOnly = true;
    model.setFilter(filter);
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The model follows its store: whatever the store accepts appears without a re-query.
    auto hold = makeEvent(CallCardEventType::HoldButtonClick, baseTime().addSecs(3600), "{}");
    QVERIFY(m_store->append(hold));
    QCOMPARE(model.rowCount(), before);

    auto transfer = makeTransfer(baseTime().addSecs(3601), u"+4930111"_s, {Kind::Phone, u"+4930222"_s});
    QVERIFY(m_store->append(transfer));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.data(model.index(0, 0), EventIdRole).toLongLong(), transfer.id);
    emit m_store->eventAdded(transfer); // the same event twice is shown once
    QCOMPARE(model.rowCount(), before + 1);

    // What the model showed is what a fresh query returns.
    EventLogModel fresh(m_store.get());
    fresh.setFilter(filter);
    QCOMPARE(fresh.rowCount(), model.rowCount());
    QCOMPARE(fresh.eventAt(0).id, transfer.id);
}

void TestEventLogModel::showsPendingEventsUntilWritten()
{
    EventLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 1"_s));
    auto event = makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"5"_s});
    QVERIFY(!m_store->append(event));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.data(model.index(0, 0), IsPendingRole).toBool());

    // A re-query keeps showing it even though it is not in the file yet.
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.data(model.index(0, 0), IsPendingRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 0"_s));
    QVERIFY(m_store->retryNow());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.data(model.index(0, 0), IsPendingRole).toBool());
    QCOMPARE(model.data(model.index(0, 0), EventIdRole).toLongLong(),
             m_store->page({}, EventPageKey::newest(), 1).at(0).id);
}

// The panel filtered by a number as the operator typed it: each row of the call appears as it
// arrives (matched in memory), waiting rows included, and a re-query shows the same rows.
void TestEventLogModel::numberFilterFollowsACall()
{
    fill(30);
    EventLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilter filter;
    filter.text = u"+7 (900) 123"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);

    auto opened = makeEvent(CallCardEventType::Initialized, baseTime().addSecs(3600),
                            "{\"CALL_ID\":\"externalCall.9\",\"PHONE_NUMBER\":\"79001234567\"}");
    QVERIFY(m_store->append(opened));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, EventLogModel::ClientNumberColumn)).toString(), u"79001234567"_s);

    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 1"_s));
    auto transfer = makeTransfer(baseTime().addSecs(3630), u"+7 900 123-45-67"_s, {Kind::User, u"5"_s});
    QVERIFY(!m_store->append(transfer)); // waits in memory
    QCOMPARE(model.rowCount(), 2);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.data(model.index(0, 0), IsPendingRole).toBool());

    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 0"_s));
    QVERIFY(m_store->retryNow());
    QVERIFY(m_store->setTargetName(u"5"_s, u"Иван"_s) > 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.eventAt(0).targetName, u"Иван"_s);
    QCOMPARE(model.eventAt(1).id, opened.id);
}

// Under an outcome filter a transfer comes and goes as its outcome arrives, in its place by time:
// newest first among the rows read, and left to fetchMore() when it is older than all of them.
void TestEventLogModel::outcomeFilterFollowsLiveTransfers()
{
    using Type = CallCardEventType;
    // Call "a": 10 completed; call "old": a pick long before everything else, still pending.
    for (CallCardEvent event : {callEvent(u"old"_s, Type::TransferButtonClick, 0, u"1"_s),
                                callEvent(u"a"_s, Type::TransferButtonClick, 100, u"10"_s),
                                callEvent(u"a"_s, Type::CompleteTransferButtonClick, 101)})
        QVERIFY(m_store->append(event));

    EventFilter completedOnly;
    completedOnly.outcome = TransferOutcome::Completed;
    EventLogModel completed(m_store.get());
    completed.setFilter(completedOnly);
    QAbstractItemModelTester tester(&completed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilter pendingOnly;
    pendingOnly.outcome = TransferOutcome::Pending;
    EventLogModel pending(m_store.get());
    pending.setFilter(pendingOnly);
    QAbstractItemModelTester pendingTester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // One row a page: the pick of "old" is not read yet.
    EventLogModel paged(m_store.get());
    paged.setPageSize(1);
    paged.setFilter(completedOnly);
    QCOMPARE(targets(completed), QStringList{u"10"_s});
    QCOMPARE(targets(pending), QStringList{u"1"_s});
    QCOMPARE(targets(paged), QStringList{u"10"_s});

    // Call "b" picks 20, call "c" picks 30 and completes it, then "b" completes 20: 20 goes below 30.
    for (CallCardEvent event : {callEvent(u"b"_s, Type::TransferButtonClick, 200, u"20"_s),
                                callEvent(u"c"_s, Type::TransferButtonClick, 300, u"30"_s)})
        QVERIFY(m_store->append(event));
    QCOMPARE(targets(completed), QStringList{u"10"_s});
    QCOMPARE(targets(pending), (QStringList{u"30"_s, u"20"_s, u"1"_s}));
    auto completeC = callEvent(u"c"_s, Type::CompleteTransferButtonClick, 301);
    QVERIFY(m_store->append(completeC));
    QCOMPARE(targets(completed), (QStringList{u"30"_s, u"10"_s}));
    QCOMPARE(targets(pending), (QStringList{u"20"_s, u"1"_s}));
    auto completeB = callEvent(u"b"_s, Type::CompleteTransferButtonClick, 302);
    QVERIFY(m_store->append(completeB));
    QCOMPARE(targets(completed), (QStringList{u"30"_s, u"20"_s, u"10"_s}));
    QCOMPARE(completed.eventAt(1).outcome, TransferOutcome::Completed);
    QCOMPARE(completed.eventAt(1).outcomeAfterMs, 102'000);
    QCOMPARE(targets(pending), QStringList{u"1"_s});

    // "old" completes: at the bottom where everything is read, left to fetchMore() where it is not.
    auto completeOld = callEvent(u"old"_s, Type::CompleteTransferButtonClick, 400);
    QVERIFY(m_store->append(completeOld));
    QCOMPARE(targets(completed), (QStringList{u"30"_s, u"20"_s, u"10"_s, u"1"_s}));
    QVERIFY(pending.rowCount() == 0);
    QCOMPARE(targets(paged), (QStringList{u"30"_s, u"20"_s, u"10"_s}));
    while (paged.canFetchMore({}))
        paged.fetchMore({});
    QCOMPARE(targets(paged), (QStringList{u"30"_s, u"20"_s, u"10"_s, u"1"_s}));
    // What the live rows show is what a fresh query reads.
    completed.refresh();
    QCOMPARE(targets(completed), (QStringList{u"30"_s, u"20"_s, u"10"_s, u"1"_s}));
}

// Transfers that wait in memory while the file cannot be written are pending; once written, they
// take the outcome the events queued behind them gave them.
void TestEventLogModel::outcomeFilterFollowsQueuedTransfers()
{
    using Type = CallCardEventType;
    EventFilter pendingOnly;
    pendingOnly.outcome = TransferOutcome::Pending;
    EventLogModel pending(m_store.get());
    pending.setFilter(pendingOnly);
    QAbstractItemModelTester pendingTester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilter cancelledOnly;
    cancelledOnly.outcome = TransferOutcome::Cancelled;
    EventLogModel cancelled(m_store.get());
    cancelled.setFilter(cancelledOnly);
    QAbstractItemModelTester cancelledTester(&cancelled,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 1"_s));
    auto pick = callEvent(u"q"_s, Type::TransferButtonClick, 10, u"40"_s);
    QVERIFY(!m_store->append(pick));
    QCOMPARE(targets(pending), QStringList{u"40"_s});
    QVERIFY(pending.data(pending.index(0, 0), IsPendingRole).toBool());
    auto cancel = callEvent(u"q"_s, Type::CancelTransferButtonClick, 11);
    QVERIFY(!m_store->append(cancel));
    QCOMPARE(cancelled.rowCount(), 0); // not decided before it is written

    QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 0"_s));
    QVERIFY(m_store->retryNow());
    QCOMPARE(pending.rowCount(), 0);
    QCOMPARE(targets(cancelled), QStringList{u"40"_s});
    QVERIFY(cancelled.eventAt(0).id > 0);
    QCOMPARE(cancelled.eventAt(0).outcome, TransferOutcome::Cancelled);
}

void TestEventLogModel::updatesTargetNames()
{
    fill(30);
    EventLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->setTargetName(u"1"_s, u"Иван"_s) > 0); // rows 0 (and 150, …): target "1"
    QVERIFY(!changed.isEmpty());
    int named = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto event = model.eventAt(row);
        if (event.isTransfer() && event.target.value() == u"1") {
            QCOMPARE(model.data(model.index(row, EventLogModel::TargetDetailColumn)).toString(), u"Иван"_s);
            // What became of the transfer (the next pick of the same call replaced it) is in the tooltip.
            QVERIFY(model.data(model.index(row, EventLogModel::TargetDetailColumn), Qt::ToolTipRole)
                        .toString()
                        .endsWith(EventPresentation::outcomeText(event)));
            QVERIFY(!EventPresentation::outcomeText(event).isEmpty());
            ++named;
        }
    }
    QCOMPARE(named, 1);
}

void TestEventLogModel::providesRolesAndHeaders()
{
    auto event = makeTransfer(baseTime(), u"+79161234567"_s, {Kind::Queue, u"3"_s}, u"Отдел продаж"_s);
    QVERIFY(m_store->append(event));
    EventLogModel model(m_store.get());
    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
    QCOMPARE(model.headerData(EventLogModel::ClientNumberColumn, Qt::Horizontal).toString(),
             u"Client number"_s);
    const auto stored = model.data(model.index(0, 0), EventRole).value<CallCardEvent>();
    QCOMPARE(stored.id, event.id);
    QCOMPARE(stored.payloadJson, event.payloadJson);
    QCOMPARE(model.data(model.index(0, EventLogModel::EventColumn)).toString(), u"Transfer"_s);
    QCOMPARE(model.data(model.index(0, EventLogModel::TargetColumn)).toString(), u"3"_s);
    QCOMPARE(model.data(model.index(0, EventLogModel::TargetDetailColumn)).toString(), u"Отдел продаж"_s);
    QCOMPARE(model.data(model.index(0, EventLogModel::CallIdColumn)).toString(), u"CALL.42"_s);
    QCOMPARE(model.data(model.index(0, EventLogModel::TimeColumn), Qt::ToolTipRole).toString(),
             u"2026-11-24T09:00:00.000Z"_s);
    // Every text comes from EventPresentation, headers included: one wording wherever it is shown.
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                 EventPresentation::columnHeader(column));
        QCOMPARE(model.data(model.index(0, column)).toString(), EventPresentation::cellText(event, column));
    }
    QCOMPARE(model.data(model.index(0, EventLogModel::TargetDetailColumn), Qt::ToolTipRole).toString(),
             EventPresentation::summary(event));
    QVERIFY(model.data(model.index(0, 0), IsTransferRole).toBool());
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
