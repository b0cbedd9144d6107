#include "bridge/portalwebpage.h"
#include "demo/demoportalserver.h"
#include "e2efixture.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "webtestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opc;
using opc::test::runJs;

// The worker frame runs the official @bitrix24/b24jssdk (pinned in tests/e2e/package-lock.json):
// the integrator's own handlers must keep receiving every event while the console receives each
// exactly once.
class TestE2EB24JsSdk : public QObject
{
    Q_OBJECT

    static QJsonObject workerState(QWebEnginePage *page)
    {
        return QJsonDocument::fromJson(
                   runJs(page, u"JSON.stringify(demoPortal.workerState(0))"_qs).toString().toUtf8())
            .object();
    }

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:

    void sdkAndConsoleBothReceiveEveryEvent()
    {
        QVERIFY2(QFile::exists(QStringLiteral(OPC_B24JSSDK_DIR "/index.min.js")),
                 "run scripts/run-tests.sh (npm ci in tests/e2e) first");
        QFile html(QStringLiteral(OPC_SOURCE_DIR "/tests/e2e/pages/sdk-worker.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        DemoPortalOptions options;
        options.workerHtml = html.readAll();
        options.handlerStaticDir = QStringLiteral(OPC_B24JSSDK_DIR);

        test::ConsoleFixture f;
        DemoPortalServer server(options);
        QVERIFY(server.start());
        f.console()->openPortal(server.portalUrl(), false);
        QVERIFY(f.waitForBinds(1));
        QWebEnginePage *page = f.window()->page();
        QTRY_VERIFY_WITH_TIMEOUT(workerState(page).value(u"ready"_qs).toBool(), 20000);
        QCOMPARE(workerState(page).value(u"error"_qs).toString(), QString());
        // Both the SDK and the console bound all 17 events: 34 registrations on the portal.
        QCOMPARE(runJs(page, u"demoPortal.boundCallbackCount()"_qs).toInt(), 34);

        EventLogModel *model = f.window()->eventModel();
        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+74951234567'})"_qs);
        // The SDK worker's CallCardSetUiState went through the SDK and moved the card.
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_qs).toString(),
                                  u"connected"_qs, 10000);
        QVERIFY(runJs(page, u"demoPortal.clickButton('mute')"_qs).toBool());
        QVERIFY(runJs(page, u"demoPortal.clickButton('dialpad', '5')"_qs).toBool());
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_qs).toBool());
        QVERIFY(runJs(page, u"demoPortal.clickButton('completeTransfer')"_qs).toBool());
        QTRY_COMPARE(model->rowCount(), 5);

        // The console: each exactly once, in order.
        const QList<CallCardEventType> expected{
            CallCardEventType::CompleteTransferButtonClick, CallCardEventType::TransferButtonClick,
            CallCardEventType::DialpadButtonClick, CallCardEventType::MuteButtonClick,
            CallCardEventType::Initialized};
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(model->index(row, 0).data(EventRole).value<CallCardEvent>().type, expected.at(row));
        QCOMPARE(f.store().count(), 5);

        // The SDK: its own handlers got all of them too, with the same payloads.
        QTRY_COMPARE(workerState(page).value(u"payloads"_qs).toArray().size(), 5);
        const QJsonObject state = workerState(page);
        const QJsonObject received = state.value(u"received"_qs).toObject();
        for (const char *name : {"initialized", "muteButtonClick", "dialpadButtonClick",
                                 "transferButtonClick", "completeTransferButtonClick"})
            QCOMPARE(received.value(QLatin1StringView(name)).toInt(), 1);
        const QJsonObject transfer = state.value(u"payloads"_qs).toArray().at(3).toObject();
        QCOMPARE(transfer.value(u"event"_qs).toString(), u"transferButtonClick"_qs);
        QCOMPARE(transfer.value(u"data"_qs).toObject().value(u"target"_qs).toInt(), 12);
        QCOMPARE(transfer.value(u"data"_qs).toObject().value(u"phoneNumber"_qs).toString(),
                 u"+74951234567"_qs);
    }
};

QTEST_MAIN(TestE2EB24JsSdk)
#include "tst_e2e_b24jssdk.moc"
