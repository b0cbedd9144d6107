#include "signindialog.h"

#include "auth/authsession.h"
#include "bridge/portalwebpage.h"
#include "protocol/logging.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace opc {

SignInDialog::SignInDialog(AuthSession *session, QWebEngineProfile *profile, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_page(new PortalWebPage(profile, this))
    , m_view(new QWebEngineView(this))
{
    setWindowTitle(tr("Sign in to Bitrix24"));
    resize(720, 640);
    m_view->setPage(m_page);
    m_page->setNavigationHook([this](const QUrl &url, bool) { return m_session->handleNavigation(url); });
    auto *hint = new QLabel(tr("Sign in so the console can show who each transfer goes to."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);

    connect(m_page, &QWebEnginePage::loadFinished, this, &SignInDialog::onLoadFinished);
    connect(session, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        if (state != AuthSession::State::SigningIn)
            finish();
    });
    connect(this, &QDialog::rejected, this, [this] {
        if (m_session->state() == AuthSession::State::SigningIn)
            m_session->cancelSignIn();
    });
}

SignInDialog::~SignInDialog()
{
    m_view->setPage(nullptr);
    delete m_page;
}

void SignInDialog::start(const QUrl &url, bool interactive)
{
    m_interactive = interactive;
    qCInfo(lcAuth) << "opening the authorize page" << (interactive ? "(interactive)" : "(silent)");
    m_page->setPortalUrl(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    m_page->load(url);
    if (interactive)
        show();
}

void SignInDialog::onLoadFinished(bool ok)
{
    // A redirect to the redirect URI is consumed by the session and ends the flow; a page that
    // actually loads here is a login or consent form.
    if (!ok || m_session->state() != AuthSession::State::SigningIn)
        return;
    if (m_interactive) {
        show();
        raise();
        return;
    }
    qCInfo(lcAuth) << "silent sign-in needs the operator; waiting for an interactive sign-in";
    m_session->cancelSignIn();
    emit needsOperator();
}

void SignInDialog::finish()
{
    if (isVisible())
        hide();
    m_page->triggerAction(QWebEnginePage::Stop);
}

} // namespace opc
