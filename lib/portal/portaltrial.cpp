#include "portaltrial.h"

#include "portalsession.h"
#include "portaltrust.h"
#include "protocol/logging.h"

#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;

namespace opc {

PortalTrial::PortalTrial(PortalSession *session, QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_session(session)
    , m_page(new QWebEnginePage(session->profile()))
{
    m_session->setParent(this);
    // A certificate the operator already trusted for this portal counts; any other is refused.
    m_session->trust()->watch(m_page);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &PortalTrial::onLoadingChanged);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcApp) << "the new portal did not load in time";
        finish(LoadProblem::classify(QWebEngineLoadingInfo::ConnectionErrorDomain, -7));
    });
    m_timeout.start(timeoutMs);
    qCInfo(lcApp) << "trying portal" << url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_page->load(session->url());
}

PortalTrial::~PortalTrial()
{
    dropPage(); // the page goes before its profile, which the session owns
    delete m_session;
}

QUrl PortalTrial::url() const
{
    return m_session ? m_session->url() : QUrl();
}

QString PortalTrial::problemText() const
{
    return m_problem.describe(m_session ? m_session->origin().host() : QString());
}

void PortalTrial::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_finished || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
        return;
    const LoadProblem problem = LoadProblem::fromLoadingInfo(info);
    if (problem.kind() == LoadProblem::Kind::Aborted)
        return; // a redirect replaced the load: wait for the page it leads to
    finish(problem);
}

void PortalTrial::finish(const LoadProblem &problem)
{
    if (m_finished)
        return;
    m_finished = true;
    m_problem = problem;
    m_timeout.stop();
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
    if (problem.isProblem())
        qCWarning(lcApp) << "the new portal did not load: error" << problem.errorCode();
    emit finished(!problem.isProblem());
}

void PortalTrial::dropPage()
{
    delete m_page;
    m_page = nullptr;
}

PortalSession *PortalTrial::takeSession()
{
    dropPage();
    PortalSession *session = m_session;
    m_session = nullptr;
    if (session)
        session->setParent(nullptr);
    return session;
}

} // namespace opc
