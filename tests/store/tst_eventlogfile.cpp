#include "store/eventschema.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::createLogAtVersion;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using opc::test::runSql;
using opc::test::scalar;
using Kind = TransferTarget::Kind;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Opening the event log (EventLogFile, through EventStore::open): migrations from every released
// schema, refusal of a newer one without touching it, and a damaged file moved aside.
class TestEventLogFile : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromVersion1();
    void migratesFromVersion2_data();
    void migratesFromVersion2();
    void migratesFromVersion3RebuildingTheSearchIndex();
    void refusesNewerSchemaWithoutTouchingTheFile_data();
    void refusesNewerSchemaWithoutTouchingTheFile();
    void movesCorruptFileAside();
};

void TestEventLogFile::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    // The version-1 layout exactly as the first release created it.
    QVERIFY(runSql(
        path,
        {
            u"CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
            " event TEXT NOT NULL, payload TEXT, call_id TEXT, portal TEXT, phone_number TEXT, target TEXT,"
            " target_kind TEXT)"_s,
            u"CREATE INDEX events_time ON events(time_ms)"_s,
            u"INSERT INTO events (time_ms, event, payload, call_id, portal, phone_number, target, "
            u"target_kind)"
            " VALUES (1795000000000, 'BackgroundCallCard::transferButtonClick',"
            " '{\"phoneNumber\":\"+79160001122\",\"target\":\"5\"}', 'CALL.1', 'a.bitrix24.ru', "
            "'+79160001122',"
            " '5', 'user')"_s,
            u"INSERT INTO events (time_ms, event, payload) VALUES (1795000001000,"
            " 'BackgroundCallCard::hangupButtonClick', NULL)"_s,
            u"PRAGMA user_version = 1"_s,
        }));

    EventStore store;
    QCOMPARE(store.open(dir.path()).status, EventStore::OpenStatus::Opened);
    QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(), EventSchema::currentVersion);
    for (const auto &index : {u"events_event"_s, u"events_phone"_s, u"events_target"_s, u"events_fts"_s}) {
        QCOMPARE(
            scalar(store.database(), u"SELECT count(*) FROM sqlite_master WHERE name = '"_s + index + u"'"_s)
                .toInt(),
            1);
    }
    const auto rows = store.page({}, EventPageKey::newest(), 10);
    QCOMPARE(rows.size(), 2);
    const CallCardEvent &transfer = rows.at(1);
    QCOMPARE(transfer.type, CallCardEventType::TransferButtonClick);
    QCOMPARE(transfer.phoneNumber, u"+79160001122"_s);
    QCOMPARE(transfer.target, TransferTarget(Kind::User, u"5"_s));
    QVERIFY(transfer.targetName.isEmpty());
    QCOMPARE(transfer.callId, u"CALL.1"_s);

    // Old rows are in the new search index, and new rows can carry names.
    EventFilter filter;
    filter.text = u"0001122"_s;
    QCOMPARE(store.count(filter), 1);
    QCOMPARE(store.setTargetName(u"5"_s, u"Ольга"_s), 1);
    auto event = makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"5"_s}, u"Ольга"_s);
    QVERIFY(store.append(event));
    filter.text = u"ольга"_s;
    QCOMPARE(store.count(filter), 2);
}

// Version 2 consoles created the user directory's cache table themselves (lib/auth/userdirectory.cpp);
// version 3 creates it in the migrations, keeping a table (and rows) that is already there.
void TestEventLogFile::migratesFromVersion2_data()
{
    QTest::addColumn<bool>("oldCacheTable");
    QTest::newRow("with the cache table created the old way") << true;
    QTest::newRow("without a cache table") << false;
}

void TestEventLogFile::migratesFromVersion2()
{
    QFETCH(bool, oldCacheTable);
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    QStringList extra{
        u"INSERT INTO events (time_ms, event, payload, phone_number, target, target_kind, target_name)"
        " VALUES (1795000000000, 'BackgroundCallCard::transferButtonClick', '{}', '+79160001122', '5',"
        " 'user', 'Ольга')"_s,
    };
    if (oldCacheTable) {
        // Verbatim what UserDirectory::openDatabase executed before the table joined the schema.
        extra << u"CREATE TABLE IF NOT EXISTS user_cache (portal TEXT NOT NULL, id INTEGER NOT NULL, "
                 "record TEXT NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (portal, id))"_s
              << u"INSERT INTO user_cache VALUES ('a.bitrix24.ru', 5, '{\"ID\":\"5\"}', 1795000000)"_s;
    }
    QVERIFY(createLogAtVersion(path, 2, extra));

    EventStore store;
    QCOMPARE(store.open(dir.path()).status, EventStore::OpenStatus::Opened);
    QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(), EventSchema::currentVersion);
    QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM user_cache"_s).toInt(), oldCacheTable ? 1 : 0);
    QVERIFY(QSqlQuery(store.database())
                .exec(u"INSERT OR REPLACE INTO user_cache (portal, id, record, fetched_at)"
                      " VALUES ('a.bitrix24.ru', 5, '{}', 1795000001)"_s));
    QCOMPARE(scalar(store.database(), u"SELECT fetched_at FROM user_cache WHERE id = 5"_s).toLongLong(),
             1795000001LL);
    EventFilter filter;
    filter.text = u"ольга"_s;
    QCOMPARE(store.count(filter), 1);
    store.close();

    EventStore again; // a current file opens as it is
    QCOMPARE(again.open(dir.path()).status, EventStore::OpenStatus::Opened);
    QCOMPARE(again.count(), 1);
    QCOMPARE(scalar(again.database(), u"SELECT count(*) FROM user_cache"_s).toInt(), 1);
}

// A version-3 log as consoles left it: rows written through the old triggers, whose UPDATE pair
// dropped a transfer's number from the search index when its target's name arrived, and opened cards
// that were never indexed by number. Opening it must index every row again.
void TestEventLogFile::migratesFromVersion3RebuildingTheSearchIndex()
{
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    QVERIFY(createLogAtVersion(
        path, 3,
        {
            u"INSERT INTO events (time_ms, event, payload, call_id, portal) VALUES (1795000000000,"
            " 'BackgroundCallCard::initialized',"
            " '{\"CALL_ID\":\"externalCall.1\",\"PHONE_NUMBER\":\"+79001234567\",\"CALL_DIRECTION\":"
            "\"incoming\"}',"
            " 'externalCall.1', 'a.bitrix24.ru')"_s,
            u"INSERT INTO events (time_ms, event, payload, call_id, portal, phone_number, target, "
            u"target_kind)"
            " VALUES (1795000030000, 'BackgroundCallCard::transferButtonClick',"
            " '{\"phoneNumber\":\"+79001234567\",\"target\":12}', 'externalCall.1', 'a.bitrix24.ru',"
            " '+79001234567', '12', 'user')"_s,
            u"INSERT INTO events (time_ms, event, payload, phone_number, target, target_kind)"
            " VALUES (1795000060000, 'BackgroundCallCard::transferButtonClick', '{}', '+74951112233',"
            " '+49 30 999', 'phone')"_s,
            u"INSERT INTO events (time_ms, event, payload) VALUES (1795000090000,"
            " 'BackgroundCallCard::hangupButtonClick', NULL)"_s,
            u"UPDATE events SET target_name = 'Анна Смирнова, ext. 112' WHERE target = '12'"_s,
        }));
    {
        // The damage this migration repairs: the old index no longer knows the number.
        opc::SqlConnection old(path, opc::SqlConnection::Mode::ReadOnly);
        QVERIFY(old.open());
        QCOMPARE(scalar(old.database(),
                        u"SELECT count(*) FROM events_fts WHERE events_fts MATCH '\"79001234567\"'"_s)
                     .toInt(),
                 0);
    }

    EventStore store;
    QCOMPARE(store.open(dir.path()).status, EventStore::OpenStatus::Opened);
    QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(), EventSchema::currentVersion);
    const auto rows = store.page({}, EventPageKey::newest(), 10);
    QCOMPARE(rows.size(), 4);
    const qint64 opened = rows.at(3).id;
    const qint64 transfer = rows.at(2).id;
    const qint64 phoneTarget = rows.at(1).id;
    QCOMPARE(rows.at(2).targetName, u"Анна Смирнова, ext. 112"_s);
    for (const QString &text :
         {u"+79001234567"_s, u"+7 (900) 123-45-67"_s, u"79001234567"_s, u"900 123"_s, u"1234567"_s}) {
        EventFilter filter;
        filter.text = text;
        QList<qint64> ids;
        for (const auto &row : store.page(filter, EventPageKey::newest(), 10))
            ids.append(row.id);
        QVERIFY2(ids == (QList<qint64>{transfer, opened}), qPrintable(text));
    }
    EventFilter filter;
    filter.text = u"смирнова"_s;
    QCOMPARE(store.count(filter), 1);
    filter.text = u"+49 (30) 999"_s;
    QCOMPARE(store.page(filter, EventPageKey::newest(), 10).value(0).id, phoneTarget);
    QCOMPARE(store.count(filter), 1);

    // New rows and later names keep the rebuilt index right.
    QCOMPARE(store.setTargetName(u"12"_s, u"Анна Петрова"_s), 1);
    filter.text = u"900-123"_s;
    QCOMPARE(store.count(filter), 2);
    auto again = makeTransfer(baseTime(), u"+7 900 123 45 67"_s, {Kind::User, u"12"_s});
    QVERIFY(store.append(again));
    QCOMPARE(store.count(filter), 3);
    // The index is sound (rank 0: rows without text, like the hangup, are left out of it on purpose,
    // so comparing it with the whole table would not hold).
    QVERIFY(
        QSqlQuery(store.database()).exec(u"INSERT INTO events_fts(events_fts) VALUES ('integrity-check')"_s));
}

void TestEventLogFile::refusesNewerSchemaWithoutTouchingTheFile_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("far future") << 99;
    QTest::newRow("the next version") << EventSchema::currentVersion + 1;
}

void TestEventLogFile::refusesNewerSchemaWithoutTouchingTheFile()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    QVERIFY(runSql(path,
                   {u"CREATE TABLE events (id INTEGER PRIMARY KEY, future TEXT)"_s,
                    u"INSERT INTO events VALUES (1, 'from the future')"_s,
                    u"PRAGMA user_version = "_s + QString::number(version)}));
    const QByteArray before = readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    EventStore store;
    const auto result = store.open(dir.path());
    QCOMPARE(result.status, EventStore::OpenStatus::NewerSchema);
    QVERIFY(result.error.contains(QString::number(version)));
    QVERIFY(!store.isOpen());
    auto event = makeEvent(CallCardEventType::HangupButtonClick, baseTime());
    QVERIFY(!store.append(event)); // kept in memory, never written into the newer file
    QCOMPARE(store.pendingEvents().size(), 1);
    store.close();

    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestEventLogFile::movesCorruptFileAside()
{
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    QByteArray garbage;
    for (int i = 0; i < 1000; ++i)
        garbage += "this is not an SQLite database ";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }

    EventStore store;
    const auto result = store.open(dir.path());
    QCOMPARE(result.status, EventStore::OpenStatus::CorruptMovedAside);
    QVERIFY(result.movedAsidePath.contains(u"events.corrupt-"_s));
    QVERIFY(result.error.contains(result.movedAsidePath)); // the operator is told where it went
    QCOMPARE(readAll(result.movedAsidePath), garbage);
    QVERIFY(store.isOpen());
    auto event = makeEvent(CallCardEventType::HangupButtonClick, baseTime());
    QVERIFY(store.append(event));
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(TestEventLogFile)
#include "tst_eventlogfile.moc"
