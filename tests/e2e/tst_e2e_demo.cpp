#include "bridge/callcardbridge.h"
#include "bridge/portalwebpage.h"
#include "callsview.h"
#include "e2efixture.h"
#include "eventdetailsview.h"
#include "eventpanel.h"
#include "events/callcardstate.h"
#include "portal/portalsession.h"
#include "portalview.h"
#include "store/callquery.h"
#include "store/callsmodel.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "webtestutil.h"

#include <QAction>
#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::runJs;

// The whole flow in the real window: the built-in demo portal's call card, the demo integrator in
// the worker frame, the bridge, the log and the side panel.
class TestE2EDemo : public QObject
{
    Q_OBJECT

    // The demo integrator binds its 17 events on its own schedule; the console's 17 come on top.
    static void waitForDemoWorker(QWebEnginePage *page)
    {
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 34, 20000);
    }

    static CallCardEvent rowEvent(EventLogModel *model, int row)
    {
        return model->index(row, 0).data(EventRole).value<CallCardEvent>();
    }

    // Opens the transfer picker on a connected card and picks `id` (with `choice` for employees
    // with phones); returns the payload the portal sent.
    static QString pick(QWebEnginePage *page, int id, const QString &choice)
    {
        const QString arg = choice.isEmpty() ? QString() : u", '%1'"_s.arg(choice);
        return runJs(page,
                     u"demoPortal.openTransfer() && JSON.stringify(demoPortal.pickEmployee(%1%2))"_s.arg(id)
                         .arg(arg))
            .toString();
    }

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:

    void transferPickedInTheCardAppearsInThePanel()
    {
        test::ConsoleFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.window()->openDemoPortal());
        QVERIFY(f.window()->windowTitle().contains(u"Demo portal"));
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        EventLogModel *model = f.window()->eventModel();

        waitForDemoWorker(page);
        const QString callId =
            runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_s).toString();
        QVERIFY(callId.startsWith(u"externalCall."));
        // The demo integrator answers `initialized` with CallCardSetUiState connected, as a real one must.
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(rowEvent(model, 0).type, CallCardEventType::Initialized);
        QCOMPARE(rowEvent(model, 0).callId, callId);

        qint64 shownAtMs = 0;
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [&shownAtMs] { shownAtMs = QDateTime::currentMSecsSinceEpoch(); });
        const qint64 pickedAtMs =
            runJs(
                page,
                u"demoPortal.openTransfer() && (() => { const t = Date.now(); demoPortal.pickEmployee(12); return t; })()"_s)
                .toLongLong();
        QTRY_COMPARE(model->rowCount(), 2);
        const CallCardEvent transfer = rowEvent(model, 0);
        QVERIFY(transfer.isTransfer());
        QCOMPARE(transfer.phoneNumber, u"+19001234567"_s);
        QCOMPARE(transfer.target.value(), u"12"_s);
        QCOMPARE(transfer.target.kind(), TransferTarget::Kind::User);
        QCOMPARE(transfer.callId, callId);
        QCOMPARE(transfer.payloadJson, QByteArray(R"({"phoneNumber":"+19001234567","target":12})"));
        QVERIFY(transfer.id > 0); // committed to the log before it was shown
        qInfo("transfer pick -> panel row: %lld ms", shownAtMs - pickedAtMs);

        // Internal call to an employee with phones: the id arrives as a string.
        QVERIFY(runJs(page, u"demoPortal.clickButton('cancelTransfer')"_s).toBool());
        QTRY_COMPARE(runJs(page, u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s);
        QCOMPARE(pick(page, 14, u"internal"_s), u"{\"phoneNumber\":\"+19001234567\",\"target\":\"14\"}"_s);
        QTRY_COMPARE(model->rowCount(), 4); // cancelTransfer + transfer
        QCOMPARE(rowEvent(model, 1).type, CallCardEventType::CancelTransferButtonClick);
        QCOMPARE(rowEvent(model, 0).target.kind(), TransferTarget::Kind::User);
        QCOMPARE(rowEvent(model, 0).target.value(), u"14"_s);

        // The same employee's work phone: a phone-number target.
        QVERIFY(runJs(page, u"demoPortal.clickButton('cancelTransfer')"_s).toBool());
        QTRY_COMPARE(runJs(page, u"demoPortal.state().card.uiState"_s).toString(), u"connected"_s);
        QVERIFY(pick(page, 14, u"+4930 1234 5614"_s).contains(u"+4930 1234 5614"));
        QTRY_COMPARE(model->rowCount(), 6);
        QCOMPARE(rowEvent(model, 0).target.kind(), TransferTarget::Kind::Phone);
        QCOMPARE(rowEvent(model, 0).target.value(), u"+4930 1234 5614"_s);

        // Every row was stored exactly once.
        QCOMPARE(f.store().count(), 6);
        EventFilter transfers;
        transfers.transfersOnly = true;
        QCOMPARE(f.store().count(transfers), 3);

        // One call; the demo card's picks: cancelled, cancelled, and the last one still pending.
        CallQuery calls(f.store().database());
        const QList<CallRecord> call = calls.page({}, {}, 10);
        QCOMPARE(call.size(), 1);
        QCOMPARE(call.first().callId, callId);
        QCOMPARE(call.first().phoneNumber, u"+19001234567"_s);
        QCOMPARE(call.first().transfers, 3);
        QCOMPARE(call.first().outcome, TransferOutcome::Pending);
        QCOMPARE(rowEvent(model, 2).outcome, TransferOutcome::Cancelled);
        QCOMPARE(rowEvent(model, 0).outcome, TransferOutcome::Pending);
        QCOMPARE(f.window()->callsView()->model()->rowCount(), 1);
        QCOMPARE(f.window()->callsView()->model()->index(0, CallsModel::TransfersColumn).data().toString(),
                 u"3"_s);

        // Selecting a row shows its full payload.
        QTreeView *view = f.window()->eventPanel()->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString details = f.window()->eventPanel()->details()->text();
        QVERIFY2(details.contains(u"\"target\": \"+4930 1234 5614\""), qPrintable(details));
        QVERIFY(details.contains(callId));
    }

    // --handler-origin names another telephony app: the demo's own worker frame is then ignored.
    // The demo integrator still binds, gets the call and the transfer; the console records nothing.
    // --handler-origin names the app whose frame the console prefers; it is not a filter: events are
    // genuine whichever app's frame relays them, so with that app absent the console still listens,
    // in the app frame that is there, and says so.
    void handlerOriginOverrideIsAPreference()
    {
        test::ConsoleFixture f({nullptr, u"http://127.0.0.3:9"_s});
        QVERIFY(f.window()->openDemoPortal());
        QCOMPARE(f.console()->session()->bridgeConfig().preferredHandler.toString(), u"http://127.0.0.3:9"_s);
        QWebEnginePage *page = f.window()->page();
        QVERIFY(f.waitForBinds(1));
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 34, 20000);
        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.store().count(), 2, 10000); // initialized + transfer, once each
        const auto frames = f.console()->session()->bridge()->health()->frames();
        QCOMPARE(frames.size(), 1);
        QVERIFY(frames.first().listening);
        QVERIFY(!frames.first().preferred);
    }

    void everyButtonOfTheCardReachesThePanel()
    {
        test::ConsoleFixture f;
        QVERIFY(f.window()->openDemoPortal());
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        EventLogModel *model = f.window()->eventModel();
        waitForDemoWorker(page);
        runJs(page, u"demoPortal.simulateIncomingCall()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        for (const char *click :
             {"mute", "hold", "dialpad', '7", "qualityMeter', '4", "addComment', 'called back: ok"}) {
            QVERIFY2(runJs(page, u"demoPortal.clickButton('%1')"_s.arg(QLatin1StringView(click))).toBool(),
                     click);
        }
        QTRY_COMPARE(model->rowCount(), 6);
        QCOMPARE(rowEvent(model, 0).type, CallCardEventType::AddCommentButtonClick);
        QCOMPARE(rowEvent(model, 0).payloadJson, QByteArray("\"called back: ok\""));
        QCOMPARE(rowEvent(model, 1).type, CallCardEventType::QualityMeterClick);
        QCOMPARE(rowEvent(model, 2).payloadJson, QByteArray("\"7\""));
        QCOMPARE(rowEvent(model, 3).type, CallCardEventType::HoldButtonClick);
        QCOMPARE(rowEvent(model, 4).payloadJson, QByteArray("true"));
        QVERIFY(runJs(page, u"demoPortal.clickButton('hangup')"_s).toBool());
        QTRY_COMPARE(model->rowCount(), 7);
        QCOMPARE(rowEvent(model, 0).type, CallCardEventType::HangupButtonClick);
        QVERIFY(rowEvent(model, 0).payloadJson.isEmpty());
    }

    void rendererCrashReloadsAndKeepsRows()
    {
        test::ConsoleFixture f;
        QVERIFY(f.window()->openDemoPortal());
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        waitForDemoWorker(page);
        runJs(page, u"demoPortal.simulateIncomingCall()"_s);
        QTRY_COMPARE(f.window()->eventModel()->rowCount(), 1);

        QSignalSpy crashed(page, &QWebEnginePage::renderProcessTerminated);
        page->load(QUrl(u"chrome://crash"_s));
        QVERIFY(crashed.wait(20000));
        // Reloaded by itself, bound again, and the panel kept what it had.
        QVERIFY(f.waitForBinds(2));
        page = f.window()->page(); // the portal came back in a fresh page
        QCOMPARE(f.window()->eventModel()->rowCount(), 1);
        waitForDemoWorker(page);
        runJs(page, u"demoPortal.simulateIncomingCall()"_s);
        QTRY_COMPARE(f.window()->eventModel()->rowCount(), 2);
    }

    // F5 during a call asks first (a reload ends the console's part in the call, §10.4); after the
    // hangup it reloads at once. The card's state comes from the events the bridge delivered.
    void reloadAsksWhileTheCallCardIsOpen()
    {
        test::ConsoleFixture f;
        QVERIFY(f.window()->openDemoPortal());
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        waitForDemoWorker(page);
        runJs(page, u"demoPortal.simulateIncomingCall()"_s);
        QTRY_COMPARE(f.window()->eventModel()->rowCount(), 1);
        CallCardState *card = f.console()->session()->callCard();
        QVERIFY(card->isOpen());

        PortalView *view = f.window()->portalView();
        view->action(PortalView::Action::Reload)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view->findChild<QMessageBox *>(u"confirmReload"_s)) && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view->findChild<QMessageBox *>(u"confirmReload"_s));
        QCOMPARE(f.binds(), 1); // not reloaded

        QVERIFY(runJs(page, u"demoPortal.clickButton('hangup')"_s).toBool());
        QTRY_VERIFY(!card->isOpen());
        view->action(PortalView::Action::Reload)->trigger();
        QVERIFY(f.waitForBinds(2));
        QVERIFY(!view->findChild<QMessageBox *>(u"confirmReload"_s));
    }
};

QTEST_MAIN(TestE2EDemo)
#include "tst_e2e_demo.moc"
