#include "calltestsequences.h"
#include "storetestsupport.h"

#include "store/eventlogmigration.h"
#include "store/eventstore.h"
#include "store/sqlconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace opc {

using opc::test::CallSequence;
using opc::test::scalar;
using Type = CallCardEventType;

// The schema migration run before the console opens its log (EventLogMigration): progress, the
// worker thread, a stop, and a real process killed midway, on real SQLite files of schema 4.
class TestEventLogMigration : public QObject
{
    Q_OBJECT

private slots:
    void tellsWhichFilesNeedIt();
    void reportsProgressFromZeroToOne();
    void runsOnAWorkerThread();
    void stoppedMidwayKeepsTheOldLogAndRunsAgain();
    void killedMidwayTheNextStartCompletesIt();

private:
    static constexpr int kCalls = 5000; // 15,000 events: the walk reports several chunks
    static QString createVersionFourLog(const QTemporaryDir &dir);
    struct Contents
    {
        int version = -1;
        qint64 events = -1;
        bool hasCalls = false;
        QByteArray callsDigest; // calls and transfers, row by row
    };
    static Contents contentsOf(const QString &path);
};

QString TestEventLogMigration::createVersionFourLog(const QTemporaryDir &dir)
{
    const QString path = EventStore::databasePath(dir.path());
    if (!opc::test::createLogAtVersion(path, 4))
        return {};
    CallSequence calls;
    for (int i = 0; i < kCalls; ++i) {
        calls.open(u"old.%1"_s.arg(i)).transfer(10 + i % 7);
        if (i % 3 == 0)
            calls.then(Type::CancelTransferButtonClick);
        else
            calls.then(Type::CloseButtonClick);
        calls.wait(20);
    }
    return opc::test::insertEvents(path, calls.events()) ? path : QString();
}

TestEventLogMigration::Contents TestEventLogMigration::contentsOf(const QString &path)
{
    Contents contents;
    SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
    if (!connection.open())
        return contents;
    const QSqlDatabase db = connection.database();
    contents.version = scalar(db, u"PRAGMA user_version"_s).toInt();
    contents.events = scalar(db, u"SELECT count(*) FROM events"_s).toLongLong();
    contents.hasCalls =
        scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name IN ('calls', 'transfers')"_s).toInt() == 2;
    if (!contents.hasCalls)
        return contents;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    for (const QString &sql :
         {u"SELECT call_id, portal, start_ms, last_ms, end_ms, end_reason, phone_number, events, transfers,"
          " outcome FROM calls ORDER BY call_id"_s,
          u"SELECT event_id, call_id, pick_ms, outcome, outcome_ms, outcome_event_id FROM transfers"
          " ORDER BY event_id"_s}) {
        query.exec(sql);
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\t'));
            hash.addData(QByteArrayView("\n"));
        }
    }
    contents.callsDigest = hash.result().toHex();
    return contents;
}

void TestEventLogMigration::tellsWhichFilesNeedIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.sqlite"_s);
    QVERIFY(!EventLogMigration::isNeeded(path)); // missing: the store creates a new log
    QVERIFY(opc::test::createLogAtVersion(path, 4));
    QVERIFY(EventLogMigration::isNeeded(path));
    QCOMPARE(EventLogMigration::run(path).status, EventLogMigration::Status::Migrated);
    QVERIFY(!EventLogMigration::isNeeded(path));
    QCOMPARE(EventLogMigration::run(path).status, EventLogMigration::Status::NotNeeded);
    // Newer than this console: left to EventStore::open, which refuses it without touching it.
    const QString newer = dir.filePath(u"newer.sqlite"_s);
    QVERIFY(opc::test::createLogAtVersion(newer, 4, {u"PRAGMA user_version = 99"_s}));
    QVERIFY(!EventLogMigration::isNeeded(newer));
}

void TestEventLogMigration::reportsProgressFromZeroToOne()
{
    QTemporaryDir dir;
    const QString path = createVersionFourLog(dir);
    QVERIFY(!path.isEmpty());
    QList<double> steps;
    const auto result = EventLogMigration::run(path, [&steps](double fraction) {
        steps.append(fraction);
        return true;
    });
    QCOMPARE(result.status, EventLogMigration::Status::Migrated);
    QCOMPARE(result.fromVersion, 4);
    QCOMPARE(steps.constFirst(), 0.0);
    QCOMPARE(steps.constLast(), 1.0);
    QVERIFY2(std::is_sorted(steps.cbegin(), steps.cend()), qPrintable(QDebug::toString(steps)));
    const auto between = std::count_if(steps.cbegin(), steps.cend(), [](double f) { return f > 0 && f < 1; });
    QVERIFY2(between >= 4, qPrintable(QDebug::toString(steps)));
    const Contents after = contentsOf(path);
    QCOMPARE(after.version, EventSchema::currentVersion);
    QCOMPARE(after.events, qint64(kCalls) * 3);
    QVERIFY(after.hasCalls);
}

void TestEventLogMigration::runsOnAWorkerThread()
{
    QTemporaryDir dir;
    const QString path = createVersionFourLog(dir);
    QVERIFY(!path.isEmpty());
    EventLogMigration migration(path);
    QSignalSpy progress(&migration, &EventLogMigration::progressChanged);
    QSignalSpy finished(&migration, &EventLogMigration::finished);
    migration.start();
    // start() returns at once: the work and its signals come from the worker.
    QVERIFY(migration.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(!migration.isRunning());
    const auto result = finished.at(0).at(0).value<EventLogMigration::Result>();
    QCOMPARE(result.status, EventLogMigration::Status::Migrated);
    QVERIFY(progress.count() >= 3);
    int last = -1;
    for (const auto &arguments : progress) {
        QVERIFY(arguments.at(0).toInt() >= last);
        last = arguments.at(0).toInt();
    }
    QCOMPARE(last, EventLogMigration::progressRange);
    QCOMPARE(contentsOf(path).version, EventSchema::currentVersion);
}

void TestEventLogMigration::stoppedMidwayKeepsTheOldLogAndRunsAgain()
{
    QTemporaryDir dir;
    const QString path = createVersionFourLog(dir);
    QVERIFY(!path.isEmpty());
    const Contents before = contentsOf(path);
    EventLogMigration migration(path);
    QSignalSpy finished(&migration, &EventLogMigration::finished);
    connect(&migration, &EventLogMigration::progressChanged, &migration, [&migration](int value) {
        if (value > 0)
            migration.stop();
    });
    migration.start();
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<EventLogMigration::Result>();
    QCOMPARE(result.status, EventLogMigration::Status::Stopped);
    const Contents stopped = contentsOf(path);
    QCOMPARE(stopped.version, 4);
    QCOMPARE(stopped.events, before.events);
    QVERIFY(!stopped.hasCalls); // rolled back, tables and all
    QVERIFY(EventLogMigration::isNeeded(path));
    QCOMPARE(EventLogMigration::run(path).status, EventLogMigration::Status::Migrated);
    QCOMPARE(contentsOf(path).events, before.events);
}

// A console killed while it migrates: the file keeps schema 4 and every event, and the next start
// builds exactly the calls an uninterrupted migration builds.
void TestEventLogMigration::killedMidwayTheNextStartCompletesIt()
{
    QTemporaryDir dir;
    const QString path = createVersionFourLog(dir);
    QVERIFY(!path.isEmpty());
    QTemporaryDir referenceDir;
    QVERIFY(QFile::copy(path, EventStore::databasePath(referenceDir.path())));
    const Contents before = contentsOf(path);

    QProcess migrator;
    migrator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    migrator.start(QStringLiteral(OPC_LOG_MIGRATOR), {path});
    QVERIFY(migrator.waitForStarted());
    // Killed once it is well inside the walk, before its commit.
    double reached = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            while (migrator.canReadLine()) {
                const QByteArray line = migrator.readLine().trimmed();
                if (line.startsWith("progress "))
                    reached = line.mid(9).toDouble();
            }
            if (reached > 0.2)
                return true;
            migrator.waitForReadyRead(50);
            return migrator.state() == QProcess::NotRunning;
        },
        60000));
    migrator.kill();
    QVERIFY(migrator.waitForFinished());
    QCOMPARE(migrator.exitStatus(), QProcess::CrashExit);
    QVERIFY2(reached > 0.2 && reached < 1, QByteArray::number(reached));

    const Contents killed = contentsOf(path);
    QCOMPARE(killed.version, 4);
    QCOMPARE(killed.events, before.events);
    QVERIFY(!killed.hasCalls);

    // The next start: the migration, then the store opens the current file.
    QCOMPARE(EventLogMigration::run(path).status, EventLogMigration::Status::Migrated);
    {
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
    }
    {
        EventStore reference; // migrated in one go by the store itself
        QVERIFY(reference.open(referenceDir.path()).isOpen());
    }
    const Contents after = contentsOf(path);
    const Contents expected = contentsOf(EventStore::databasePath(referenceDir.path()));
    QCOMPARE(after.version, EventSchema::currentVersion);
    QCOMPARE(after.events, before.events);
    QVERIFY(after.hasCalls);
    QCOMPARE(after.callsDigest, expected.callsDigest);
    QVERIFY(!after.callsDigest.isEmpty());
}

} // namespace opc

QTEST_GUILESS_MAIN(opc::TestEventLogMigration)
#include "tst_eventlogmigration.moc"
