#include "bridge/portalwebpage.h"
#include "demo/demoportalserver.h"
#include "e2efixture.h"
#include "sdkworkers.h"
#include "store/callquery.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "webtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::runJs;

// The worker frame runs the official @bitrix24/b24jssdk (pinned in tests/e2e/package-lock.json), 2.x
// and 1.x: the integrator's own handlers must keep receiving every event while the console receives
// each exactly once.
class TestE2EB24JsSdk : public QObject
{
    Q_OBJECT

    static QJsonObject workerState(QWebEnginePage *page)
    {
        return QJsonDocument::fromJson(
                   runJs(page, u"JSON.stringify(demoPortal.workerState(0))"_s).toString().toUtf8())
            .object();
    }

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:

    void sdkAndConsoleBothReceiveEveryEvent_data() { test::addSdkWorkerRows(); }

    void sdkAndConsoleBothReceiveEveryEvent()
    {
        QFETCH(QString, sdkDir);
        QFETCH(QString, workerPage);
        const DemoPortalOptions options = test::sdkWorkerPortal(sdkDir, workerPage);
        QVERIFY2(!options.apps.isEmpty(), "run scripts/run-tests.sh (npm ci in tests/e2e) first");

        test::ConsoleFixture f;
        DemoPortalServer server(options);
        QVERIFY(server.start());
        f.console()->openPortal(server.portalUrl(), false);
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        // SDK handlers miss events within 900 ms of their bind (§3.3): fire only once it is ready.
        // 1.x binds one event after the other, 17 x 900 ms.
        QTRY_VERIFY_WITH_TIMEOUT(workerState(page).value(u"ready"_s).toBool(), 45000);
        QCOMPARE(workerState(page).value(u"error"_s).toString(), QString());
        // Both the SDK and the console bound all 17 events: 34 registrations on the portal.
        QCOMPARE(runJs(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 34);

        EventLogModel *model = f.window()->eventModel();
        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+74951234567'})"_s);
        // The SDK worker's CallCardSetUiState went through the SDK and moved the card.
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QVERIFY(runJs(page, u"demoPortal.clickButton('mute')"_s).toBool());
        QVERIFY(runJs(page, u"demoPortal.clickButton('dialpad', '5')"_s).toBool());
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_s).toBool());
        QVERIFY(runJs(page, u"demoPortal.clickButton('completeTransfer')"_s).toBool());
        QTRY_COMPARE(model->rowCount(), 5);

        // The console: each exactly once, in order.
        const QList<CallCardEventType> expected{
            CallCardEventType::CompleteTransferButtonClick, CallCardEventType::TransferButtonClick,
            CallCardEventType::DialpadButtonClick, CallCardEventType::MuteButtonClick,
            CallCardEventType::Initialized};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model->index(row, 0).data(EventRole).value<CallCardEvent>().type, expected.at(row));
        QCOMPARE(f.store().count(), 5);
        // The call and the completed transfer (docs/calls.md), in the calls table and on the row.
        const QList<CallRecord> calls = CallQuery(f.store().database()).page({}, {}, 10);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().phoneNumber, u"+74951234567"_s);
        QCOMPARE(calls.first().events, 5);
        QCOMPARE(calls.first().outcome, TransferOutcome::Completed);
        QCOMPARE(model->index(1, 0).data(EventRole).value<CallCardEvent>().outcome,
                 TransferOutcome::Completed);

        // The SDK: its own handlers got all of them too, with the same payloads.
        QTRY_COMPARE(workerState(page).value(u"payloads"_s).toArray().size(), 5);
        const QJsonObject state = workerState(page);
        const QJsonObject received = state.value(u"received"_s).toObject();
        for (const char *name : {"initialized", "muteButtonClick", "dialpadButtonClick",
                                 "transferButtonClick", "completeTransferButtonClick"})
            QCOMPARE(received.value(QLatin1StringView(name)).toInt(), 1);
        const QJsonObject transfer = state.value(u"payloads"_s).toArray().at(3).toObject();
        QCOMPARE(transfer.value(u"event"_s).toString(), u"transferButtonClick"_s);
        QCOMPARE(transfer.value(u"data"_s).toObject().value(u"target"_s).toInt(), 12);
        QCOMPARE(transfer.value(u"data"_s).toObject().value(u"phoneNumber"_s).toString(), u"+74951234567"_s);
    }
};

QTEST_MAIN(TestE2EB24JsSdk)
#include "tst_e2e_b24jssdk.moc"
