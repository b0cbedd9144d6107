#include "portalview.h"

#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "bridge/rendererrecovery.h"
#include "portal/portalsession.h"
#include "protocol/logging.h"

#include <QDesktopServices>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace opc {

PortalView::PortalView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QWebEngineView(this))
    , m_progress(new QProgressBar(this))
    , m_banners(new BannerBar(this))
    , m_recovery(new RendererRecovery(this))
{
    setObjectName(u"portalView"_s);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(3);
    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banners);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);

    connect(m_recovery, &RendererRecovery::rendererCrashed, this, [this](const QString &description) {
        m_banners->showBanner(u"renderer"_s, description + u' ' + tr("Reloading the portal…"),
                              BannerBar::Level::Warning);
        emit statusMessage(tr("Portal page reloading"), 0);
    });
    connect(m_recovery, &RendererRecovery::recoveryRequested, this, [this](const QUrl &url) {
        createPage();
        m_page->load(url.isValid() ? url : m_session->url());
    });
    connect(m_recovery, &RendererRecovery::gaveUp, this, [this] {
        m_banners->showBanner(
            u"renderer"_s,
            tr("The portal page keeps crashing. The event log is safe; use View > Reload portal "
               "to try again."),
            BannerBar::Level::Error);
    });
}

PortalView::~PortalView()
{
    dropPage(); // the page must go before its profile, or the profile is not flushed to disk
}

void PortalView::setSession(PortalSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session) {
        dropPage();
        return;
    }
    connect(session, &PortalSession::pageSetupChanged, this, [this] {
        m_session->preparePage(m_page);
        load();
    });
    connect(session, &PortalSession::urlChanged, this, &PortalView::load);
    createPage();
    load();
}

void PortalView::dropPage()
{
    if (!m_page)
        return;
    m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
}

void PortalView::createPage()
{
    dropPage();
    m_page = new PortalWebPage(m_session->profile(), this);
    m_session->preparePage(m_page);
    m_view->setPage(m_page);
    m_recovery->watch(m_page);
    connect(m_page, &PortalWebPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        emit statusMessage(tr("Loading %1…").arg(m_page->requestedUrl().host()), 0);
    });
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PortalView::onLoadFinished);
    emit pageCreated(m_page);
}

void PortalView::load()
{
    if (m_page && m_session)
        m_page->load(m_session->url());
}

void PortalView::reload()
{
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Reload);
}

void PortalView::onLoadFinished(bool ok)
{
    m_progress->hide();
    emit statusMessage(ok ? tr("Portal loaded") : tr("The portal could not be loaded"), 4000);
    if (ok && m_recovery->attempts() > 0)
        m_banners->clearBanner(u"renderer"_s);
    const bool onPortal = m_session && m_session->origin().contains(m_page->url());
    if (!ok && (onPortal || m_page->url().isEmpty()))
        m_banners->showBanner(
            u"load"_s,
            tr("The portal %1 could not be loaded. Check the network connection; the console "
               "keeps its log and you can retry with View > Reload portal.")
                .arg(m_session->origin().host()),
            BannerBar::Level::Warning);
    else if (ok)
        m_banners->clearBanner(u"load"_s);
    if (m_session)
        m_session->notifyPageLoaded(m_page->url(), ok);
}

} // namespace opc
