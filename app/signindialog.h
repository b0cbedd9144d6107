#pragma once

#include <QDialog>

class QWebEngineProfile;
class QWebEngineView;

namespace opc {

class AuthSession;
class PortalWebPage;

// The OAuth authorize page in the console's own profile, so the portal's login cookie is reused
// and an operator who is logged in is redirected back without seeing anything. The page is shown
// only for an interactive sign-in that needs the operator (a login or consent form); the redirect
// to the redirect URI is caught by the session and never loaded.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AuthSession *session, QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void start(const QUrl &url, bool interactive);
    PortalWebPage *page() const { return m_page; }

signals:
    // A silent sign-in ran into a login form; the operator has to do it interactively.
    void needsOperator();

private:
    void onLoadFinished(bool ok);
    void finish();

    AuthSession *m_session;
    PortalWebPage *m_page;
    QWebEngineView *m_view;
    bool m_interactive = false;
};

} // namespace opc
