#include "../store/calltestsequences.h"
#include "logupdatedialog.h"
#include "store/eventlogmigration.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using opc::test::scalar;

// The first start after an update: the dialog follows the migration of a real schema-4 log, and
// quitting from it leaves the log at its old schema with every event.
class TestLogUpdateDialog : public QObject
{
    Q_OBJECT

private:
    static QString createVersionFourLog(const QTemporaryDir &dir, int calls)
    {
        const QString path = EventStore::databasePath(dir.path());
        CallSequence sequence;
        for (int i = 0; i < calls; ++i)
            sequence.open(u"old.%1"_s.arg(i)).transfer(12).then(CallCardEventType::CloseButtonClick).wait(30);
        return opc::test::createLogAtVersion(path, 4) && opc::test::insertEvents(path, sequence.events())
            ? path
            : QString();
    }
    static int versionOf(const QString &path)
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        return connection.open() ? scalar(connection.database(), u"PRAGMA user_version"_s).toInt() : -1;
    }

private slots:
    void followsTheMigration()
    {
        QTemporaryDir dir;
        const QString path = createVersionFourLog(dir, 5000);
        QVERIFY(!path.isEmpty());
        EventLogMigration migration(path);
        LogUpdateDialog dialog(&migration);
        QSignalSpy finished(&migration, &EventLogMigration::finished);
        QList<int> shown;
        connect(&migration, &EventLogMigration::progressChanged, this,
                [&dialog, &shown] { shown.append(dialog.value()); });
        migration.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<EventLogMigration::Result>().status,
                 EventLogMigration::Status::Migrated);
        QCOMPARE(dialog.maximum(), EventLogMigration::progressRange);
        QCOMPARE(dialog.value(), EventLogMigration::progressRange);
        QVERIFY2(std::count_if(
                     shown.cbegin(), shown.cend(),
                     [](int value) { return value > 0 && value < EventLogMigration::progressRange; }) >= 2,
                 qPrintable(QDebug::toString(shown)));
        QVERIFY(!dialog.labelText().isEmpty());
        QCOMPARE(versionOf(path), EventSchema::currentVersion);
    }

    void updatesAnOlderLogBeforeTheStoreOpensIt()
    {
        QTemporaryDir dir;
        const QString path = createVersionFourLog(dir, 50);
        QVERIFY(!path.isEmpty());
        QVERIFY(LogUpdateDialog::runIfNeeded(path));
        QCOMPARE(versionOf(path), EventSchema::currentVersion);
        QVERIFY(LogUpdateDialog::runIfNeeded(path)); // current now: nothing to do
        QVERIFY(LogUpdateDialog::runIfNeeded(dir.filePath(u"missing.sqlite"_s)));
    }

    void quittingLeavesTheLogForTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = createVersionFourLog(dir, 5000);
        QVERIFY(!path.isEmpty());
        // The operator presses Quit as soon as the dialog is there.
        bool clicked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&clicked] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<LogUpdateDialog *>(widget)) {
                    if (auto *quit = dialog->findChild<QPushButton *>(); quit && !clicked) {
                        QCOMPARE(quit->text(), u"Quit"_s);
                        clicked = true;
                        quit->click();
                    }
                }
            }
        });
        poll.start(0);
        QVERIFY(!LogUpdateDialog::runIfNeeded(path));
        QVERIFY(clicked);
        QCOMPARE(versionOf(path), 4);
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        QVERIFY(connection.open());
        QCOMPARE(scalar(connection.database(), u"SELECT count(*) FROM events"_s).toInt(), 5000 * 3);
    }
};

QTEST_MAIN(TestLogUpdateDialog)
#include "tst_logupdatedialog.moc"
