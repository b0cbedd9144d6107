#include "console/traynotifier.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

class TestTrayNotifier : public QObject
{
    Q_OBJECT

    static CallCardEvent transfer(TransferTarget::Kind kind, const QString &value, const QString &name = {})
    {
        CallCardEvent event;
        event.type = CallCardEventType::TransferButtonClick;
        event.target = TransferTarget(kind, value);
        event.targetName = name;
        return event;
    }

private slots:
    void theTitleNamesTheTarget()
    {
        QCOMPARE(
            TrayNotifier::transferTitle(transfer(TransferTarget::Kind::User, u"17"_s, u"Anna Petrova"_s)),
            u"Transfer to Anna Petrova"_s);
        QCOMPARE(TrayNotifier::transferTitle(transfer(TransferTarget::Kind::User, u"17"_s)),
                 u"Transfer to 17"_s);
        QCOMPARE(TrayNotifier::transferTitle(transfer(TransferTarget::Kind::Phone, u"+4930123456"_s)),
                 u"Transfer to +4930123456"_s);
        QCOMPARE(TrayNotifier::transferTitle(CallCardEvent()), u"Transfer requested"_s);
    }

    void theMenuShowsPausesAndQuits()
    {
        TrayNotifier tray;
        QCOMPARE(tray.menu()->actions().count(), 4); // show, pause, separator, quit
        QSignalSpy activated(&tray, &TrayNotifier::activated);
        QSignalSpy quit(&tray, &TrayNotifier::quitRequested);

        tray.showAction()->trigger();
        QCOMPARE(activated.count(), 1);

        QVERIFY(!tray.isPaused());
        tray.pauseAction()->trigger();
        QVERIFY(tray.isPaused());
        QVERIFY(tray.isEnabled()); // pausing is not the setting
        tray.pauseAction()->trigger();
        QVERIFY(!tray.isPaused());

        QCOMPARE(quit.count(), 0);
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
