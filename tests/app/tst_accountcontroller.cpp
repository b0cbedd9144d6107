#include "fakeportal.h"

#include "accountcontroller.h"
#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "config/consolesettings.h"
#include "console/console.h"
#include "portal/portalsession.h"
#include "signindialog.h"

#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QWebEngineProfile>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

// The window's account part on a real Console (in-memory keychain) whose portal is the loopback
// Bitrix24: the menu, the sign-in banners, the identity label and the sign-in dialog's lifetime.
class TestAccountController : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::FakePortal portal;
        QTemporaryDir dir;
        Console console{Console::Options{dir.path(), {}, new MemoryTokenStore}};
        QWidget window;
        BannerBar *banners = new BannerBar(&window);
        AccountController *account = new AccountController(&console, banners, &window);
        QMenu menu;

        Rig() { account->fillMenu(&menu); }
        // The loopback portal, its sign-in settings and the client secret, as an admin provisions it.
        PortalSession *openPortal()
        {
            console.settings()->setOAuthSettings(portal.settings());
            PortalSession *session = console.openPortal(portal.base, false);
            console.auth()->storeClientSecret(test::kClientSecret);
            return session;
        }
        QAction *action(const QString &text) const
        {
            for (QAction *action : menu.actions()) {
                if (action->text() == text)
                    return action;
            }
            return nullptr;
        }
        QString identity() const { return account->identityLabel()->text(); }
    };

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void fillsTheAccountMenu()
    {
        Rig rig;
        QStringList entries;
        for (QAction *action : rig.menu.actions())
            entries << (action->isSeparator() ? u"-"_s : action->text());
        QCOMPARE(entries, (QStringList{u"&Sign in"_s, u"Sign &out"_s, u"-"_s, u"Sign-in &settings…"_s}));
        QCOMPARE(rig.identity(), u"Not signed in"_s);
        QCOMPARE(rig.account->identityLabel()->objectName(), u"identity"_s); // the e2e tests find it so
    }

    // One sign-in dialog, on the current portal's profile; a new session replaces it.
    void theSignInDialogFollowsTheSession()
    {
        Rig rig;
        QVERIFY(!rig.account->signInDialog());
        PortalSession *first = rig.openPortal();
        rig.account->setSession(first);
        QPointer<SignInDialog> dialog = rig.account->signInDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), &rig.window);
        QCOMPARE(dialog->page()->profile(), first->profile());

        PortalSession *second = rig.console.openPortal(QUrl(u"https://other.bitrix24.com/"_s), false);
        rig.account->setSession(second);
        QVERIFY(!dialog);
        QVERIFY(rig.account->signInDialog());
        QCOMPARE(rig.account->signInDialog()->page()->profile(), second->profile());

        rig.account->setSession(nullptr);
        QVERIFY(!rig.account->signInDialog());
    }

    // A silent sign-in that needs the operator asks for it in a banner, which goes once signed in;
    // the label then says who is signed in, and "Sign out" undoes both.
    void signingInShowsWhoAndSignOutForgets()
    {
        Rig rig;
        rig.account->setSession(rig.openPortal());
        QTRY_COMPARE(rig.console.auth()->state(), AuthSession::State::SignedOut); // restored: nothing stored
        emit rig.account->signInDialog()->needsOperator();
        QCOMPARE(rig.banners->text(u"signin"_s), u"Sign in to see who each transfer goes to."_s);
        // Signed in without the dialog's browser page (fakeportal.h follows the redirect itself).
        rig.account->setSession(nullptr);
        QVERIFY(test::signIn(*rig.console.network(), *rig.console.auth()));
        QVERIFY(rig.banners->text(u"signin"_s).isEmpty());
        QTRY_VERIFY(rig.identity().startsWith(u"Signed in as "));

        rig.action(u"Sign &out"_s)->trigger();
        QCOMPARE(rig.console.auth()->state(), AuthSession::State::SignedOut);
        QCOMPARE(rig.identity(), u"Not signed in"_s);
    }

    // The menu follows the state: nothing to sign in to without a portal, "Sign out" only while
    // signed in, no sign-in settings for the demo (it brings its own).
    void menuItemsAreEnabledByState()
    {
        Rig rig;
        QAction *signIn = rig.account->signInAction();
        QAction *signOut = rig.account->signOutAction();
        QAction *settings = rig.account->settingsAction();
        QVERIFY(!signIn->isEnabled());
        QVERIFY(!signOut->isEnabled());
        QVERIFY(!settings->isEnabled());

        rig.account->setSession(rig.openPortal());
        QTRY_COMPARE(rig.console.auth()->state(), AuthSession::State::SignedOut);
        QVERIFY(signIn->isEnabled());
        QVERIFY(!signOut->isEnabled());
        QVERIFY(settings->isEnabled());

        rig.account->setSession(nullptr); // signed in without the dialog's page
        QVERIFY(test::signIn(*rig.console.network(), *rig.console.auth()));
        rig.account->setSession(rig.console.session());
        QVERIFY(!signIn->isEnabled());
        QVERIFY(signOut->isEnabled());
        signOut->trigger();
        QVERIFY(signIn->isEnabled());
        QVERIFY(!signOut->isEnabled());

        rig.account->setSession(nullptr); // as the window does: its page goes before the profile
        QVERIFY(rig.console.openDemo());
        rig.account->setSession(rig.console.session());
        QVERIFY(!settings->isEnabled());
    }

    // No OAuth application: "Sign in" says so in the operator's words, with the technical reason as
    // the banner's detail; once the settings and the secret arrive the banner goes, no restart.
    void notSetUpBannerGoesWhenSettingsArrive()
    {
        Rig rig;
        PortalSession *session = rig.console.openPortal(rig.portal.base, false);
        rig.account->setSession(session);
        QTRY_COMPARE(rig.console.auth()->state(), AuthSession::State::SignedOut); // restored: nothing stored
        rig.action(u"&Sign in"_s)->trigger();
        QCOMPARE(rig.banners->text(u"auth"_s),
                 u"Sign-in is not set up on this computer — ask your administrator."_s);
        QVERIFY(rig.banners->detail(u"auth"_s).contains(u"client ID"_s));

        rig.console.auth()->storeClientSecret(test::kClientSecret);
        rig.console.settings()->setOAuthSettings(rig.portal.settings()); // e.g. an admin's config
        QTRY_VERIFY(rig.banners->text(u"auth"_s).isEmpty());
        QVERIFY(!rig.banners->topics().contains(u"auth"_s));
    }

    // The session's own banners reach the window; signing out clears them.
    void showsTheSessionsBanners()
    {
        Rig rig; // no sign-in settings
        rig.account->setSession(rig.console.openPortal(rig.portal.base, false));
        QTRY_COMPARE(rig.console.auth()->state(), AuthSession::State::SignedOut);
        rig.action(u"&Sign in"_s)->trigger();
        QVERIFY(!rig.banners->text(u"auth"_s).isEmpty());
        QCOMPARE(rig.banners->text(u"auth"_s), rig.console.auth()->bannerText());
        rig.console.auth()->signOut(); // as "Sign out" does while signed in
        QVERIFY(rig.banners->text(u"auth"_s).isEmpty());
    }
};

QTEST_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
