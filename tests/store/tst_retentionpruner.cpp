#include "store/eventstore.h"
#include "store/retentionpruner.h"
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

class TestRetentionPruner : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverythingByDefault();
    void deletesOlderThanTheLimitInBatches();
};

void TestRetentionPruner::keepsEverythingByDefault()
{
    QTemporaryDir dir;
    EventStore store;
    QVERIFY(store.open(dir.path()).isOpen());
    RetentionPruner pruner(EventStore::databasePath(dir.path()));
    QCOMPARE(pruner.retentionDays(), 0);
    QVERIFY(!pruner.prune());
}

void TestRetentionPruner::deletesOlderThanTheLimitInBatches()
{
    QTemporaryDir dir;
    EventStore store;
    QVERIFY(store.open(dir.path()).isOpen());
    // Setting a limit prunes at once against the real clock, so the rows are placed relative to it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 250 events 40 days old (every other one a transfer, so the search index is pruned too), 10 recent.
    QVERIFY(store.database().transaction());
    for (int i = 0; i < 250; ++i) {
        const QDateTime time = now.addDays(-40).addSecs(i);
        CallCardEvent event = i % 2 ? makeTransfer(time, u"+7916555"_s, {Kind::User, u"1"_s})
                                    : makeEvent(CallCardEventType::MuteButtonClick, time, "{}");
        QVERIFY(store.append(event));
    }
    for (int i = 0; i < 10; ++i) {
        auto event = makeTransfer(now.addDays(-1).addSecs(i), u"+7916555"_s, {Kind::User, u"1"_s});
        QVERIFY(store.append(event));
    }
    QVERIFY(store.database().commit());

    RetentionPruner pruner(EventStore::databasePath(dir.path()));
    pruner.setBatchSize(100); // three batches
    QSignalSpy finished(&pruner, &RetentionPruner::finished);
    pruner.setRetentionDays(30);
    QVERIFY(pruner.isRunning() || !finished.isEmpty());
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    const auto result = finished.takeFirst();
    QCOMPARE(result.at(0).toLongLong(), 250);
    QVERIFY(result.at(1).toString().isEmpty());

    QCOMPARE(store.count(), 10);
    EventFilter filter;
    filter.text = u"7916555"_s;
    QCOMPARE(store.count(filter), 10); // the search index forgot the deleted transfers
    QCOMPARE(store.page({}, EventPageKey::newest(), 100).constLast().time, now.addDays(-1));

    // The store keeps writing while and after the pruner ran on its own connection.
    auto event = makeEvent(CallCardEventType::HangupButtonClick, now);
    QVERIFY(store.append(event));

    QVERIFY(pruner.prune(now.addDays(30))); // cutoff = now: the hangup at `now` stays
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    QCOMPARE(finished.takeFirst().at(0).toLongLong(), 10);
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(TestRetentionPruner)
#include "tst_retentionpruner.moc"
