#include "auth/authsession.h"
#include "auth/keychaintokenstore.h"
#include "auth/memorytokenstore.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "e2efixture.h"
#include "signindialog.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "webtestutil.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::runJs;

// The demo signs in by itself and the side panel names who a transfer goes to; without a keychain
// the console says so and keeps working with ids.
class TestE2ENames : public QObject
{
    Q_OBJECT

    static void transferToEmployee12(QWebEnginePage *page)
    {
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.boundCallbackCount()"_s).toInt(), 34, 20000);
        runJs(page, u"demoPortal.simulateIncomingCall({phoneNumber: '+19001234567'})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, u"demoPortal.state().card.uiState"_s).toString(),
                                  u"connected"_s, 10000);
        QVERIFY(runJs(page, u"demoPortal.openTransfer() && !!demoPortal.pickEmployee(12)"_s).toBool());
    }

public:
    static void initMain() { test::prepareWebEngine(); }

private slots:
    void transferRowNamesTheEmployee()
    {
        if (qgetenv("DBUS_SESSION_BUS_ADDRESS") == "unix:path=/nonexistent")
            QSKIP("the named-transfer case runs in tst_e2e_names");
        test::ConsoleFixture f;
        AuthSession *session = f.console()->auth();
        QVERIFY(f.window()->openDemoPortal());
        // Silent sign-in: the demo operator is logged in to the portal, so no prompt.
        QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), 20000);
        QTRY_VERIFY(f.window()->findChild<QLabel *>(u"identity"_s)->text().contains(u"Operator Demo"));
        QVERIFY(!f.window()->signInDialog()->isVisible());

        QVERIFY(f.waitForBinds(1));
        transferToEmployee12(f.window()->page());
        EventLogModel *model = f.window()->eventModel();
        QTRY_VERIFY(model->rowCount() >= 2);
        const auto name = [model] {
            return model->index(0, 0).data(EventRole).value<CallCardEvent>().targetName;
        };
        QTRY_COMPARE_WITH_TIMEOUT(name(), u"Анна Смирнова, Руководитель отдела продаж, ext. 112"_s, 10000);
        // The name is in the log, not only on screen.
        const auto stored = f.store().page(EventFilter{u""_s, {}, {}, true}, EventPageKey::newest(), 1);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().targetName, name());
    }

    // Run by ctest as its own process (tst_e2e_nokeychain) with no session bus at all.
    void withoutKeychainItSaysSoAndKeepsIds()
    {
        if (qgetenv("DBUS_SESSION_BUS_ADDRESS") != "unix:path=/nonexistent")
            QSKIP("needs DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent (ctest test tst_e2e_nokeychain)");
        auto *keychain = new KeychainTokenStore;
        keychain->setRetryDelay(200);
        test::ConsoleFixture f({keychain, {}});
        AuthSession *session = f.console()->auth();
        QVERIFY(f.window()->openDemoPortal());
        QTRY_VERIFY_WITH_TIMEOUT(f.window()->banners()->text(u"auth"_s).contains(u"keychain"), 20000);
        // Signed in with the tokens in memory only; the warning stays up.
        QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), 20000);
        QVERIFY(session->isMemoryOnly());
        QVERIFY(f.window()->banners()->text(u"auth"_s).contains(u"keychain"));
        QVERIFY(f.waitForBinds(1));
        transferToEmployee12(f.window()->page());
        EventLogModel *model = f.window()->eventModel();
        QTRY_VERIFY(model->rowCount() >= 2);
        const auto transfer = model->index(0, 0).data(EventRole).value<CallCardEvent>();
        QVERIFY(transfer.isTransfer());
        QCOMPARE(transfer.target.value(), u"12"_s);
        QVERIFY(transfer.id > 0);
    }
};

QTEST_MAIN(TestE2ENames)
#include "tst_e2e_names.moc"
