#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace opc {

class BannerBar;
class Console;
class PortalSession;
class SignInDialog;

// The window's side of signing in: the Account menu (sign in, sign out, sign-in settings), the
// sign-in banners, the "Signed in as" label for the status bar, and the sign-in dialog, which lives
// on the current portal's browser profile and is replaced with the session.
class AccountController : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`; banners go to `banners`.
    AccountController(Console *console, BannerBar *banners, QWidget *window);

    void fillMenu(QMenu *menu);
    QLabel *identityLabel() const { return m_identity; }
    SignInDialog *signInDialog() const { return m_signIn; }

    // A new session: the sign-in page moves to its profile. Null drops the page, which must go
    // before the profile it lives on.
    void setSession(PortalSession *session);
    void showSignInSettings();
    // Sign in / Sign out / Sign-in settings…, by what they can do now.
    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *settingsAction() const { return m_settingsAction; }

private:
    void showAuthBanner(int banner, const QString &text);
    void updateActions();

    Console *m_console;
    BannerBar *m_banners;
    QWidget *m_window;
    QLabel *m_identity;
    SignInDialog *m_signIn = nullptr;
    PortalSession *m_session = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace opc
