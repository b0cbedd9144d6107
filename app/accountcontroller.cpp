#include "accountcontroller.h"

#include "auth/authsession.h"
#include "auth/userdirectory.h"
#include "bannerbar.h"
#include "config/consolesettings.h"
#include "console/console.h"
#include "portal/portalsession.h"
#include "signindialog.h"
#include "signinsettingsdialog.h"

#include <QLabel>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace opc {

AccountController::AccountController(Console *console, BannerBar *banners, QWidget *window)
    : QObject(window)
    , m_console(console)
    , m_banners(banners)
    , m_window(window)
    , m_identity(new QLabel(tr("Not signed in"), window))
{
    m_identity->setObjectName(u"identity"_s);
    AuthSession *auth = console->auth();
    connect(auth, &AuthSession::bannerChanged, this,
            [this](AuthSession::Banner banner, const QString &text) { showAuthBanner(int(banner), text); });
    connect(auth, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        // Signed in: the window's own request goes; the session's banner (e.g. no keychain) stays
        // until the session says otherwise.
        if (state == AuthSession::State::SignedIn)
            m_banners->clearBanner(u"signin"_s);
        else if (state == AuthSession::State::SignedOut)
            m_identity->setText(tr("Not signed in"));
        updateActions();
    });
    connect(console->directory(), &UserDirectory::currentUserResolved, this,
            [this](const UserInfo &user) { m_identity->setText(tr("Signed in as %1").arg(user.summary())); });
}

void AccountController::fillMenu(QMenu *menu)
{
    m_signInAction = menu->addAction(tr("&Sign in"), this, [this] { m_console->auth()->signIn(); });
    m_signOutAction = menu->addAction(tr("Sign &out"), this, [this] {
        m_console->auth()->signOut();
        m_identity->setText(tr("Not signed in"));
    });
    menu->addSeparator();
    m_settingsAction =
        menu->addAction(tr("Sign-in &settings…"), this, &AccountController::showSignInSettings);
    updateActions();
}

void AccountController::updateActions()
{
    if (!m_signInAction)
        return;
    const AuthSession::State state = m_console->auth()->state();
    // "Sign in" stays available when sign-in is not set up: it says so, in the operator's words.
    m_signInAction->setEnabled(m_session && state == AuthSession::State::SignedOut);
    m_signOutAction->setEnabled(state == AuthSession::State::SignedIn ||
                                state == AuthSession::State::SigningIn);
    // The demo brings its own application; its settings are not the computer's to change.
    m_settingsAction->setEnabled(m_session && !m_session->isDemo());
}

void AccountController::setSession(PortalSession *session)
{
    delete m_signIn;
    m_signIn = nullptr;
    m_session = session;
    updateActions();
    if (!session)
        return;
    m_signIn = new SignInDialog(m_console->auth(), session->profile(), m_window);
    connect(m_console->auth(), &AuthSession::signInPageRequested, m_signIn, &SignInDialog::start);
    connect(m_signIn, &SignInDialog::needsOperator, this, [this] {
        m_banners->showBanner(u"signin"_s, tr("Sign in to see who each transfer goes to."),
                              BannerBar::Level::Info, tr("Sign in"), [this] { m_console->auth()->signIn(); });
    });
}

void AccountController::showAuthBanner(int banner, const QString &text)
{
    switch (AuthSession::Banner(banner)) {
    case AuthSession::Banner::None:
        m_banners->clearBanner(u"auth"_s);
        break;
    case AuthSession::Banner::KeychainUnavailable:
    case AuthSession::Banner::NotSetUp:
        m_banners->showBanner(u"auth"_s, text, BannerBar::Level::Warning);
        // Nothing to sign in with: the window's own "Sign in to see…" request goes too.
        if (AuthSession::Banner(banner) == AuthSession::Banner::NotSetUp)
            m_banners->clearBanner(u"signin"_s);
        break;
    case AuthSession::Banner::SignInAgain:
    case AuthSession::Banner::SignInFailed:
        m_banners->showBanner(u"auth"_s, text, BannerBar::Level::Warning, tr("Sign in again"),
                              [this] { m_console->auth()->signIn(); });
        break;
    }
    m_banners->setDetail(u"auth"_s, m_console->auth()->bannerDetail());
}

void AccountController::showSignInSettings()
{
    AuthSession *auth = m_console->auth();
    SignInSettingsDialog dialog(auth->settings(), auth->hasClientSecret(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_console->settings()->setOAuthSettings(dialog.settings()); // the session follows
    if (!dialog.newClientSecret().isEmpty())
        auth->storeClientSecret(dialog.newClientSecret());
}

} // namespace opc
