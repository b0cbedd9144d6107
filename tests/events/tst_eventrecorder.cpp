#include "events/eventrecorder.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"
#include "store/sqlconnection.h"
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

// The record path: the recorder appends to the log and announces; the panel's model learns of the
// event from the store, only once it is committed (or queued while the log cannot be written).
class TestEventRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir->path()).isOpen());
        m_model = std::make_unique<EventLogModel>(m_store.get());
    }
    void cleanup()
    {
        m_model.reset();
        m_store.reset();
        m_dir.reset();
    }

    void aRowAppearsOnlyAfterItsCommit()
    {
        EventRecorder recorder(m_store.get());
        SqlConnection reader(EventStore::databasePath(m_dir->path()), SqlConnection::Mode::ReadOnly);
        QVERIFY(reader.open());
        int rowsInFileWhenShown = -1;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
            QSqlQuery query(reader.database());
            QVERIFY(query.exec(u"SELECT count(*) FROM events"_s) && query.next());
            rowsInFileWhenShown = query.value(0).toInt();
        });
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        QSignalSpy transfers(&recorder, &EventRecorder::transferRecorded);

        recorder.record(makeTransfer(baseTime(), u"+79161234567"_s, {Kind::User, u"12"_s}));
        QCOMPARE(recorded.size(), 0); // committed at the end of this turn of the event loop
        QCOMPARE(m_model->rowCount(), 0);
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(rowsInFileWhenShown, 1);
        const auto event = recorded.first().at(0).value<CallCardEvent>();
        QVERIFY(event.id > 0);
        QCOMPARE(recorded.first().at(1).toBool(), true);
        QCOMPARE(transfers.size(), 1);
        QCOMPARE(transfers.first().at(0).value<CallCardEvent>().id, event.id);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->eventAt(0).id, event.id);
    }

    void onlyTransfersAreAnnouncedAsTransfers()
    {
        EventRecorder recorder(m_store.get());
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        QSignalSpy transfers(&recorder, &EventRecorder::transferRecorded);
        recorder.record(makeEvent(CallCardEventType::HoldButtonClick, baseTime(), "true"));
        recorder.record(makeEvent(CallCardEventType::HangupButtonClick, {})); // time filled in
        QTRY_COMPARE(recorded.size(), 2);
        QVERIFY(recorded.at(1).at(0).value<CallCardEvent>().time.isValid());
        QCOMPARE(transfers.size(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_store->count(), 2);
    }

    void unwritableLogStillShowsAndAnnounces()
    {
        EventRecorder recorder(m_store.get());
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        QSignalSpy transfers(&recorder, &EventRecorder::transferRecorded);
        QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 1"_s));
        recorder.record(makeTransfer(baseTime(), u"+1"_s, {Kind::Queue, u"3"_s}));
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(1).toBool(), false);
        QVERIFY(recorded.first().at(0).value<CallCardEvent>().id < 0);
        QCOMPARE(transfers.size(), 1); // the operator is still told about the transfer
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->data(m_model->index(0, 0), IsPendingRole).toBool());

        QVERIFY(QSqlQuery(m_store->database()).exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(m_store->retryNow());
        QCOMPARE(m_model->rowCount(), 1); // the same row, now with its real id
        QVERIFY(!m_model->data(m_model->index(0, 0), IsPendingRole).toBool());
        QCOMPARE(m_store->count(), 1);
    }

    void eventsOfOneTurnShareOneCommit()
    {
        // Group commit: a burst delivered in one turn of the event loop is one transaction (one
        // fsync), in order, and each row is announced only after it.
        EventRecorder recorder(m_store.get());
        SqlConnection reader(EventStore::databasePath(m_dir->path()), SqlConnection::Mode::ReadOnly);
        QVERIFY(reader.open());
        QList<int> rowsInFileWhenShown;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
            QSqlQuery query(reader.database());
            QVERIFY(query.exec(u"SELECT count(*) FROM events"_s) && query.next());
            rowsInFileWhenShown << query.value(0).toInt();
        });
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        // Every commit appends the pages it changed to the WAL: one per event would write each
        // table and index page again for every event (more than 2 frames an event).
        QSqlQuery wal(m_store->database());
        QVERIFY(wal.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        wal.finish();
        for (int i = 0; i < 50; ++i)
            recorder.record(makeEvent(CallCardEventType::HoldButtonClick, baseTime().addSecs(i), "true"));
        recorder.record(makeTransfer(baseTime().addSecs(60), u"+1"_s, {Kind::User, u"7"_s}));
        QTRY_COMPARE(recorded.size(), 51);
        QCOMPARE(rowsInFileWhenShown, QList<int>(51, 51)); // all committed before the first was shown
        qint64 lastId = 0;
        for (const auto &arguments : std::as_const(recorded)) {
            const auto event = arguments.at(0).value<CallCardEvent>();
            QVERIFY(event.id > lastId); // in the order they were recorded
            lastId = event.id;
            QVERIFY(arguments.at(1).toBool());
        }
        QCOMPARE(m_store->count(), 51);
        QVERIFY(wal.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && wal.next());
        const int frames = wal.value(1).toInt();
        QVERIFY2(frames > 0 && frames < 51, qPrintable(u"WAL frames: %1"_s.arg(frames)));
    }

    void appendCommitsWhatWasSubmittedFirst()
    {
        EventRecorder recorder(m_store.get());
        recorder.record(makeEvent(CallCardEventType::HoldButtonClick, baseTime(), "true"));
        CallCardEvent later = makeEvent(CallCardEventType::MuteButtonClick, baseTime(), "true");
        QVERIFY(m_store->append(later));
        QCOMPARE(m_store->submittedCount(), 0);
        const auto rows = m_store->page({}, EventPageKey::newest(), 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).type, CallCardEventType::HoldButtonClick); // ids in arrival order
        QVERIFY(rows.at(1).id < rows.at(0).id);
    }

    void closingTheStoreCommitsWhatWasSubmitted()
    {
        EventRecorder recorder(m_store.get());
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        recorder.record(makeEvent(CallCardEventType::HoldButtonClick, baseTime(), "true"));
        m_model.reset();
        m_store.reset(); // the console quits within the same turn
        QCOMPARE(recorded.size(), 1);
        EventStore reopened;
        QVERIFY(reopened.open(m_dir->path()).isOpen());
        QCOMPARE(reopened.count(), 1);
    }

    void withoutAStoreNothingIsKept()
    {
        EventRecorder recorder(nullptr);
        QSignalSpy recorded(&recorder, &EventRecorder::recorded);
        recorder.record(makeEvent(CallCardEventType::MuteButtonClick, baseTime(), "true"));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(1).toBool(), false);
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<EventLogModel> m_model;
};

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "tst_eventrecorder.moc"
