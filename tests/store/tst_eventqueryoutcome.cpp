#include "calltestsequences.h"
#include "store/eventquery.h"
#include "store/eventschema.h"
#include "store/eventstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::CallSequence;
using Type = CallCardEventType;
using Outcome = TransferOutcome;

namespace {

// Four calls on one SQLite file whose transfers end every way there is: to 12 completed, to 13
// cancelled, to 14 superseded by the pick of 15 (completed), to 16 unknown (card closed first), to 17
// still pending (its call is open).
QList<CallCardEvent> sampleCalls()
{
    CallSequence calls;
    calls.open(u"a"_s).transfer(12).then(Type::CompleteTransferButtonClick).then(Type::HangupButtonClick);
    calls.wait(60)
        .open(u"b"_s, u"+79161234567"_s)
        .transfer(13, u"+79161234567"_s)
        .then(Type::CancelTransferButtonClick)
        .transfer(14, u"+79161234567"_s)
        .transfer(15, u"+79161234567"_s)
        .then(Type::CompleteTransferButtonClick)
        .then(Type::HangupButtonClick);
    calls.wait(60).open(u"c"_s).transfer(16).then(Type::CloseButtonClick);
    calls.wait(60).open(u"d"_s).then(Type::MuteButtonClick).transfer(17);
    return calls.take();
}

QStringList targetsOf(const QList<CallCardEvent> &events)
{
    QStringList targets;
    for (const CallCardEvent &event : events)
        targets.append(event.target.value());
    return targets;
}

} // namespace

// The outcome criterion of EventFilter on a real log: the SQL over `transfers` and the in-memory test
// (EventFilter::matches, for rows the store has not read back) select the same rows.
class TestEventQueryOutcome : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir->path()).isOpen());
        for (CallCardEvent event : sampleCalls())
            QVERIFY(m_store->append(event));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void filtersByTransferOutcome_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets"); // newest first

        QTest::newRow("completed") << Outcome::Completed << QString() << QStringList{u"15"_s, u"12"_s};
        QTest::newRow("cancelled") << Outcome::Cancelled << QString() << QStringList{u"13"_s};
        QTest::newRow("superseded") << Outcome::Superseded << QString() << QStringList{u"14"_s};
        QTest::newRow("unknown") << Outcome::Unknown << QString() << QStringList{u"16"_s};
        QTest::newRow("pending") << Outcome::Pending << QString() << QStringList{u"17"_s};
        QTest::newRow("completed, by number") << Outcome::Completed << u"916 123"_s << QStringList{u"15"_s};
        QTest::newRow("cancelled, other number") << Outcome::Cancelled << u"+7495"_s << QStringList{};
    }
    void filtersByTransferOutcome()
    {
        QFETCH(Outcome, outcome);
        QFETCH(QString, text);
        QFETCH(QStringList, targets);

        EventFilter filter;
        filter.outcome = outcome;
        filter.text = text;
        QVERIFY(!filter.isEmpty());
        EventQuery query(m_store->database());
        QCOMPARE(query.count(filter), targets.size());
        const QList<CallCardEvent> rows = query.page(filter, EventPageKey::newest(), 100);
        QCOMPARE(targetsOf(rows), targets);
        for (const CallCardEvent &row : rows) {
            QVERIFY(row.isTransfer());
            QCOMPARE(row.outcome, outcome);
        }
        // Oldest first, one row a page: the keyset walks the same rows.
        QStringList paged;
        EventPageKey key = EventPageKey::oldest();
        for (QList<CallCardEvent> page;
             !(page = query.page(filter, key, 1, EventQuery::Order::OldestFirst)).isEmpty();
             key = EventPageKey::of(page.constFirst()))
            paged.prepend(page.constFirst().target.value());
        QCOMPARE(paged, targets);

        // The in-memory test agrees with the SQL on every row of the log.
        const QList<CallCardEvent> all = query.page({}, EventPageKey::newest(), 100);
        QCOMPARE(all.size(), 17);
        QStringList matching;
        for (const CallCardEvent &event : all) {
            if (filter.matches(event))
                matching.append(event.target.value());
        }
        QCOMPARE(matching, targets);
    }

    void anyOutcomeIsNoCondition()
    {
        EventQuery query(m_store->database());
        QCOMPARE(query.count({}), 17);
        EventFilter transfers;
        transfers.transfersOnly = true;
        QCOMPARE(query.count(transfers), 6);
        QCOMPARE(EventFilter().outcome, Outcome::None);
        QVERIFY(EventFilter().isEmpty());
    }

    // A transfer waiting in memory to be written has no outcome yet: it is pending, as stored.
    void unwrittenTransferCountsAsPending()
    {
        CallCardEvent queued;
        queued.type = Type::TransferButtonClick;
        queued.time = QDateTime::currentDateTimeUtc();
        queued.id = -1;
        QCOMPARE(queued.outcome, Outcome::None);
        EventFilter filter;
        filter.outcome = Outcome::Pending;
        QVERIFY(filter.matches(queued));
        filter.outcome = Outcome::Completed;
        QVERIFY(!filter.matches(queued));
        CallCardEvent hangup = queued;
        hangup.type = Type::HangupButtonClick;
        filter.outcome = Outcome::Pending;
        QVERIFY(!filter.matches(hangup));
    }

    // The exporter reads files older than the outcomes (schema 4) without migrating them: none of their
    // events has an outcome to match.
    void olderSchemaKnowsNoOutcomes()
    {
        EventFilter filter;
        filter.outcome = Outcome::Completed;
        EventQuery query(m_store->database(), EventSchema::numberDigitsVersion);
        QCOMPARE(query.count(filter), 0);
        QVERIFY(query.page(filter, EventPageKey::newest(), 10).isEmpty());
        QVERIFY(!query.lastError().isValid());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestEventQueryOutcome)
#include "tst_eventqueryoutcome.moc"
