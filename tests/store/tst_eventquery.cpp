#include "store/eventquery.h"
#include "store/eventrow.h"
#include "store/eventstore.h"
#include "store/sqlconnection.h"
#include "storetestsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;
using Order = EventQuery::Order;

namespace {

// The log's rows: one in `nameEvery` is a transfer to some spelling of "Иван"; the others are other
// transfers, opened cards with a client number and plain clicks. Times are shuffled against the ids
// (an event may be written after a later one) and repeat, so the order is by (time, id) for real.
QList<CallCardEvent> sampleLog(int rows, int nameEvery)
{
    static const QStringList ivans{u"Иван Петров"_s, u"ИВАН"_s, u"иванова"_s, u"ПетрИван"_s};
    static const QStringList others{u"Мария Смирнова"_s, u"Sales queue"_s, u"Ольга, \"старшая\""_s,
                                    u"Пётр"_s};
    QRandomGenerator random(20261203);
    QList<CallCardEvent> events;
    for (int i = 0; i < rows; ++i) {
        const QDateTime time = baseTime().addSecs(i / 2 + random.bounded(40) - 20);
        const QString number = u"+7916"_s + QString::number(1000000 + random.bounded(40));
        if (i % nameEvery == 0) {
            events.append(
                makeTransfer(time, number, {Kind::User, QString::number(i)}, ivans.at(i / nameEvery % 4)));
            continue;
        }
        switch (i % 5) {
        case 0:
            events.append(makeTransfer(time, number, {Kind::User, QString::number(i)}, others.at(i % 4)));
            break;
        case 1:
            events.append(makeTransfer(time, number, {Kind::Phone, u"+4930"_s + QString::number(i)}));
            break;
        case 2:
            events.append(makeEvent(CallCardEventType::Initialized, time,
                                    "{\"PHONE_NUMBER\":\"" + number.toUtf8() + "\"}"));
            break;
        case 3:
            events.append(makeEvent(CallCardEventType::HangupButtonClick, time));
            break;
        default:
            events.append(makeEvent(CallCardEventType::HoldButtonClick, time, "{\"hold\":true}"));
        }
    }
    return events;
}

// Writes the events in one transaction (the store's append commits each: too slow for hundreds).
bool fill(const QString &dir, QList<CallCardEvent> &events)
{
    {
        EventStore store;
        if (!store.open(dir).isOpen())
            return false;
    }
    SqlConnection connection(EventStore::databasePath(dir), SqlConnection::Mode::ReadWrite);
    if (!connection.open())
        return false;
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    db.transaction();
    query.prepare(EventRow::insertStatement());
    for (auto &event : events) {
        EventRow::bindInsert(query, event);
        if (!query.exec())
            return false;
        event.id = query.lastInsertId().toLongLong();
    }
    return db.commit();
}

QList<qint64> idsOf(const QList<CallCardEvent> &events)
{
    QList<qint64> ids;
    for (const auto &event : events)
        ids.append(event.id);
    return ids;
}

// Every row the query finds, page by page from the newest (or oldest) on.
QList<qint64> allPages(EventQuery &query, const EventFilter &filter, int pageSize, Order order)
{
    QList<qint64> ids;
    EventPageKey key = order == Order::NewestFirst ? EventPageKey::newest() : EventPageKey::oldest();
    for (;;) {
        const auto page = query.page(filter, key, pageSize, order);
        if (query.lastError().isValid()) {
            qWarning() << query.lastError().text();
            return {};
        }
        ids.append(idsOf(page));
        if (page.size() < pageSize)
            return ids;
        key = EventPageKey::of(page.constLast());
    }
}

} // namespace

class TestEventQuery : public QObject
{
    Q_OBJECT

private slots:
    void textSearchFindsTheSameRowsInEveryWindow_data();
    void textSearchFindsTheSameRowsInEveryWindow();
};

void TestEventQuery::textSearchFindsTheSameRowsInEveryWindow_data()
{
    QTest::addColumn<int>("nameEvery");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("transfersOnly");
    QTest::addColumn<int>("sinceSecs"); // -1: no bound
    QTest::addColumn<int>("untilSecs");

    // A common name fills a page from the first rows; a rare one does not, and the whole log is searched.
    for (const auto &[log, every] : {std::pair{"common", 3}, std::pair{"rare", 97}}) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s: %s", log, name) << every;
        };
        row("name, lower case") << u"иван"_s << false << -1 << -1;
        row("name, upper case") << u"ИВАН"_s << false << -1 << -1;
        row("name with a space") << u"Иван П"_s << false << -1 << -1;
        row("ascii name") << u"SALES"_s << false << -1 << -1;
        row("client number") << u"+79161000007"_s << false << -1 << -1;
        row("number as written") << u"+7 (916) 100-00-07"_s << false << -1 << -1;
        row("digits") << u"9161000"_s << false << -1 << -1;
        row("phone target") << u"+4930 1"_s << false << -1 << -1;
        row("event name") << u"hangup"_s << false << -1 << -1;
        row("name, transfers only") << u"иван"_s << true << -1 << -1;
        row("name in a date range") << u"иван"_s << false << 60 << 200;
        row("name since") << u"иван"_s << false << 250 << -1;
        row("short text") << u"sa"_s << false << -1 << -1;
        row("no match") << u"nothing-like-this"_s << false << -1 << -1;
    }
}

void TestEventQuery::textSearchFindsTheSameRowsInEveryWindow()
{
    QFETCH(int, nameEvery);
    QFETCH(QString, text);
    QFETCH(bool, transfersOnly);
    QFETCH(int, sinceSecs);
    QFETCH(int, untilSecs);

    QTemporaryDir dir;
    QList<CallCardEvent> events = sampleLog(600, nameEvery);
    QVERIFY(fill(dir.path(), events));
    SqlConnection connection(EventStore::databasePath(dir.path()), SqlConnection::Mode::ReadOnly);
    QVERIFY(connection.open());

    EventFilter filter;
    filter.text = text;
    filter.transfersOnly = transfersOnly;
    if (sinceSecs >= 0)
        filter.since = baseTime().addSecs(sinceSecs);
    if (untilSecs >= 0)
        filter.until = baseTime().addSecs(untilSecs);

    // What the filter of events not read back finds, in the log's order.
    std::sort(events.begin(), events.end(), [](const CallCardEvent &a, const CallCardEvent &b) {
        const auto ka = EventPageKey::of(a), kb = EventPageKey::of(b);
        return std::tie(ka.timeMs, ka.id) > std::tie(kb.timeMs, kb.id);
    });
    QList<qint64> expected;
    for (const auto &event : std::as_const(events)) {
        if (filter.matches(event))
            expected.append(event.id);
    }
    QList<qint64> oldestFirst = expected;
    std::reverse(oldestFirst.begin(), oldestFirst.end());

    EventQuery query(connection.database());
    query.setScanFactor(0); // the index lookup over the whole log
    QCOMPARE(allPages(query, filter, 20, Order::NewestFirst), expected);
    QCOMPARE(allPages(query, filter, 20, Order::OldestFirst), oldestFirst);
    // Windows smaller than the log (a page fits in 60 or in 20 rows only if most rows match), one
    // larger than the log, and the default.
    for (const int factor : {1, 3, 100, EventQuery::defaultScanFactor}) {
        query.setScanFactor(factor);
        QCOMPARE(allPages(query, filter, 20, Order::NewestFirst), expected);
        QCOMPARE(allPages(query, filter, 20, Order::OldestFirst), oldestFirst);
        QCOMPARE(allPages(query, filter, 7, Order::NewestFirst), expected);
    }
}

QTEST_GUILESS_MAIN(TestEventQuery)
#include "tst_eventquery.moc"
