#include "store/eventstore.h"
#include "store/walcheckpointer.h"
#include "storetestsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;

// The store's WAL is copied into the database file by a thread of its own, never inside a commit on
// the GUI thread, and it still does not grow without bound.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void theStoreLeavesCheckpointsToItsThread()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), WalCheckpointer::writerPages); // SQLite's default is 1,000
        query.finish();
        QVERIFY(store.checkpointer());
        store.checkpointer()->setInterval(std::chrono::milliseconds(20));
        QSignalSpy finished(store.checkpointer(), &WalCheckpointer::finished);

        const QString wal = EventStore::databasePath(dir.path()) + u"-wal"_s;
        qint64 largestWal = 0;
        const QByteArray pad(2000, 'x');
        for (int i = 0; i < 2000; ++i) {
            CallCardEvent event = makeEvent(CallCardEventType::AddCommentButtonClick, baseTime().addSecs(i),
                                            '"' + QByteArray::number(i) + pad + '"');
            QVERIFY(store.append(event));
            if (i % 50 == 0)
                QCoreApplication::processEvents(); // the timer starts a checkpoint; the appends go on
            largestWal = qMax(largestWal, QFileInfo(wal).size());
        }
        QTRY_VERIFY(!finished.isEmpty());
        QTRY_VERIFY(!store.checkpointer()->isRunning());
        const auto last = finished.constLast().at(0).value<WalCheckpointer::Result>();
        QVERIFY2(last.ok, qPrintable(last.error));
        QVERIFY(last.checkpointedFrames > 0);
        // The store's own checkpoint still lets the WAL start over while commits keep coming.
        QVERIFY2(largestWal < 2 * WalCheckpointer::writerPages * 4096,
                 qPrintable(QString::number(largestWal)));
        int checkpointed = 0;
        for (const auto &arguments : std::as_const(finished))
            checkpointed += arguments.at(0).value<WalCheckpointer::Result>().checkpointedFrames;
        QVERIFY2(checkpointed > 1000, qPrintable(QString::number(checkpointed)));
        QCOMPARE(store.count(), 2000);
    }

    void aCheckpointOfAMissingFileSaysWhy()
    {
        const auto result = WalCheckpointer::checkpoint(u"/nonexistent-dir/events.sqlite"_s);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
