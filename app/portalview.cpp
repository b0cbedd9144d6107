#include "portalview.h"

#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "bridge/rendererrecovery.h"
#include "events/callcardstate.h"
#include "findbar.h"
#include "loadbanner.h"
#include "permissionprompt.h"
#include "portal/backofftimer.h"
#include "portal/loadretry.h"
#include "portal/portalpreferences.h"
#include "portal/portaltrust.h"
#include "portal/reachabilitywatcher.h"
#include "portal/wakedetector.h"
#include "portal/zoomlevels.h"
#include "portaldownloads.h"
#include "portalpopup.h"
#include "portalwebview.h"
#include "protocol/crmlink.h"
#include "protocol/logging.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;

namespace opc {

PortalView::PortalView(QWidget *parent)
    : QWidget(parent)
    , m_view(new PortalWebView(this))
    , m_progress(new QProgressBar(this))
    , m_banners(new BannerBar(this))
    , m_findBar(new FindBar(this))
    , m_recovery(new RendererRecovery(this))
    , m_backoff(new BackoffTimer(this))
    , m_network(new ReachabilityWatcher(ReachabilityWatcher::Source::System, this))
    , m_wake(new WakeDetector(this))
    , m_retry(new LoadRetry(m_backoff, m_network, m_wake, this))
    , m_loadBanner(new LoadBanner(m_banners, m_retry, this))
    , m_downloads(new PortalDownloads(this))
    , m_prompt(new PermissionPrompt(this))
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
    layout->addWidget(m_findBar);
    createActions();

    connect(m_recovery, &RendererRecovery::rendererCrashed, this, [this](const QString &description) {
        m_banners->showBanner(u"renderer"_s, description + u' ' + tr("Reloading the portal…"),
                              BannerBar::Level::Warning);
        emit statusMessage(tr("Portal page reloading"), 0);
    });
    connect(m_recovery, &RendererRecovery::recoveryRequested, this,
            [this](const QUrl &url) { recover(url.isValid() ? url : m_session->url()); });
    connect(m_recovery, &RendererRecovery::gaveUp, this, [this] {
        m_banners->showBanner(
            u"renderer"_s,
            tr("The portal page keeps crashing. The event log is safe; use View > Reload portal "
               "to try again."),
            BannerBar::Level::Error);
    });
    connect(m_retry, &LoadRetry::retry, this, &PortalView::loadAgain);
    connect(m_retry, &LoadRetry::checkPage, this, &PortalView::checkPage);
    connect(m_view, &QWebEngineView::printRequested, this, &PortalView::print);
    connect(m_downloads, &PortalDownloads::started, this,
            [this](const QString &name) { emit statusMessage(tr("Downloading %1…").arg(name), 4000); });
    connect(m_downloads, &PortalDownloads::finished, this, [this](const QString &name, bool ok) {
        emit statusMessage(ok ? tr("Downloaded %1").arg(name) : tr("Download of %1 failed").arg(name), 8000);
    });
    m_chooser = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, window());
        return dialog.exec() == QDialog::Accepted;
    };
}

PortalView::~PortalView()
{
    qDeleteAll(popups());
    dropPage(); // the page must go before its profile, or the profile is not flushed to disk
}

void PortalView::createActions()
{
    const auto add = [this](Action id, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        if (m_actions.size() <= int(id))
            m_actions.resize(int(id) + 1);
        m_actions[int(id)] = action;
        addAction(action); // its shortcut works wherever the view is shown, menus or not
        return action;
    };
    const auto pageAction = [this](QWebEnginePage::WebAction action) {
        return [this, action] {
            if (m_page)
                m_page->triggerAction(action);
        };
    };
    // Not Backspace (and Shift+Backspace for Forward; a platform's keys on some desktops): window-wide it
    // would take the portal back from the events list, and text fields claim it anyway. Browsers dropped it
    // for the same reason.
    QList<QKeySequence> back = QKeySequence::keyBindings(QKeySequence::Back);
    back.removeAll(QKeySequence(Qt::Key_Backspace));
    add(Action::Back, tr("&Back"), back, pageAction(QWebEnginePage::Back));
    QList<QKeySequence> forward = QKeySequence::keyBindings(QKeySequence::Forward);
    forward.removeAll(QKeySequence(Qt::SHIFT | Qt::Key_Backspace));
    add(Action::Forward, tr("&Forward"), forward, pageAction(QWebEnginePage::Forward));
    add(Action::Reload, tr("&Reload portal"), QKeySequence::keyBindings(QKeySequence::Refresh),
        [this] { reload(); });
    add(Action::ZoomIn, tr("Zoom &in"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn},
        [this] { setZoom(ZoomLevels::larger(m_page ? m_page->zoomFactor() : 1.0)); });
    add(Action::ZoomOut, tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
        [this] { setZoom(ZoomLevels::smaller(m_page ? m_page->zoomFactor() : 1.0)); });
    add(Action::ZoomReset, tr("&Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
        [this] { setZoom(1.0); });
    // Ctrl+F finds in the page when the page (or this view) has the focus; elsewhere the window's
    // own Ctrl+F (the events panel's filter) applies.
    QAction *find = add(Action::Find, tr("Find in &page…"), QKeySequence::keyBindings(QKeySequence::Find),
                        [this] { m_findBar->open(); });
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    add(Action::Print, tr("&Print portal page…"), QKeySequence::keyBindings(QKeySequence::Print),
        [this] { print(); });
    add(Action::SavePage, tr("&Save portal page as…"), {}, pageAction(QWebEnginePage::SavePage));
    add(Action::ForgetPermissions, tr("Forget &permission choices for this portal"), {}, [this] {
        if (!m_session)
            return;
        m_session->preferences()->forgetPermissions();
        emit statusMessage(tr("The portal will ask again before it uses the microphone, the camera, "
                              "notifications or the clipboard."),
                           6000);
    });
    addAction(m_downloads->showAction());
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));

    const auto separator = [this] {
        auto *line = new QAction(this);
        line->setSeparator(true);
        return line;
    };
    m_viewMenu = {
        action(Action::Back),   action(Action::Forward),          action(Action::Reload),    separator(),
        action(Action::ZoomIn), action(Action::ZoomOut),          action(Action::ZoomReset), separator(),
        action(Action::Find),   action(Action::ForgetPermissions)};
}

QAction *PortalView::action(Action action) const
{
    return m_actions.value(int(action));
}

QList<QAction *> PortalView::fileMenuActions() const
{
    return {action(Action::Print), action(Action::SavePage), m_downloads->showAction()};
}

QList<QAction *> PortalView::viewMenuActions() const
{
    return m_viewMenu;
}

QList<PortalPopup *> PortalView::popups() const
{
    return findChildren<PortalPopup *>(Qt::FindDirectChildrenOnly);
}

void PortalView::setSession(PortalSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    qDeleteAll(popups()); // they live on the old session's profile
    m_session = session;
    m_loadBanner->setSession(session);
    m_retry->clear();
    m_prompt->setTrust(session ? session->trust() : nullptr);
    m_downloads->watch(session ? session->profile() : nullptr);
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
    m_findBar->setPage(nullptr);
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
    m_findBar->setPage(m_page);
    m_recovery->watch(m_page);
    m_page->setZoomFactor(m_session->preferences()->zoomFactor());
    connect(m_page, &PortalWebPage::popupRequested, this, &PortalView::openPopup);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &PortalView::onLoadingChanged);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::urlChanged, this, &PortalView::updateHistoryActions);
    emit pageCreated(m_page);
}

void PortalView::load()
{
    if (m_page && m_session)
        m_page->load(m_session->url());
}

void PortalView::loadAgain()
{
    if (!m_page || !m_session)
        return;
    if (m_retry->isFailing())
        m_page->load(m_failedUrl.isValid() ? m_failedUrl : m_session->url());
    else
        m_page->triggerAction(QWebEnginePage::Reload);
}

void PortalView::recover(const QUrl &url)
{
    createPage();
    m_page->load(url);
}

void PortalView::askBeforeLeavingCard(const QString &question, std::function<void()> proceed)
{
    if (!m_session || !m_session->callCard()->isOpen()) {
        proceed();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("A call card is open"), question, QMessageBox::Cancel, this);
    box->setObjectName(u"confirmReload"_s);
    box->setInformativeText(tr("Reloading ends the console's part in this call: what happens on the "
                               "card afterwards (a transfer, the hangup) is not recorded."));
    QPushButton *go = box->addButton(tr("Reload anyway"), QMessageBox::DestructiveRole);
    go->setObjectName(u"reloadAnyway"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [go, proceed](QAbstractButton *button) {
        if (button == go)
            proceed();
    });
    box->open();
}

void PortalView::reload()
{
    askBeforeLeavingCard(tr("Reload the portal while a call card is open?"), [this] {
        m_retry->clear();
        loadAgain();
    });
}

void PortalView::checkPage()
{
    if (!m_page)
        return;
    // A renderer that is gone or stuck never answers; one that lives answers at once.
    const quint64 probe = ++m_probe;
    auto answered = std::make_shared<bool>(false);
    m_page->runJavaScript(u"1"_s, QWebEngineScript::ApplicationWorld,
                          [this, probe, answered, page = QPointer<QWebEnginePage>(m_page)](const QVariant &) {
                              *answered = true;
                              if (page && probe == m_probe)
                                  emit pageChecked(true);
                          });
    QTimer::singleShot(pageProbeMs, this, [this, probe, answered] {
        if (*answered || probe != m_probe || !m_page)
            return;
        emit pageChecked(false);
        qCWarning(lcApp) << "the portal page does not answer: bringing it back";
        const QUrl url = m_page->url().isValid() ? m_page->url() : m_session->url();
        const auto bringBack = [this, url] {
            m_banners->clearBanner(u"renderer"_s);
            recover(url);
        };
        if (m_session && m_session->callCard()->isOpen())
            m_banners->showBanner(u"renderer"_s,
                                  tr("The portal page does not respond. A call card is open: reloading "
                                     "ends the console's part in that call."),
                                  BannerBar::Level::Warning, tr("Reload"), bringBack);
        else
            bringBack();
    });
}

void PortalView::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        m_progress->setValue(0);
        m_progress->show();
        emit statusMessage(tr("Loading %1…").arg(info.url().host()), 0);
        return;
    }
    m_progress->hide();
    const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
    if (info.status() != QWebEngineLoadingInfo::LoadStoppedStatus)
        emit statusMessage(ok ? tr("Portal loaded") : tr("The portal could not be loaded"), 4000);
    if (ok && m_recovery->attempts() > 0)
        m_banners->clearBanner(u"renderer"_s);
    const bool onPortal = m_session && (m_session->origin().contains(info.url()) || info.url().isEmpty());
    if (onPortal) {
        if (!ok)
            m_failedUrl = info.url();
        m_retry->loadFinished(info);
    }
    if (ok && m_session && !qFuzzyCompare(m_page->zoomFactor(), m_session->preferences()->zoomFactor()))
        m_page->setZoomFactor(m_session->preferences()->zoomFactor());
    updateHistoryActions();
    if (m_session && info.status() != QWebEngineLoadingInfo::LoadStoppedStatus)
        m_session->notifyPageLoaded(info.url(), ok);
}

void PortalView::openPopup(QWebEngineNewWindowRequest &request)
{
    if (!m_session)
        return;
    if (popups().size() >= maxPopups) {
        qCInfo(lcApp) << "not opening another portal window: already" << maxPopups;
        emit statusMessage(tr("The portal tried to open more windows than the console allows."), 6000);
        return;
    }
    auto *popup = new PortalPopup(m_session, this);
    connect(popup->page(), &PortalWebPage::popupRequested, this, &PortalView::openPopup);
    request.openIn(popup->page());
    popup->show();
}

void PortalView::openPortalPage(const QUrl &url)
{
    if (!m_page || !m_session || !url.isValid())
        return;
    if (!m_session->callCard()->isOpen()) {
        m_page->load(url);
        return;
    }
    if (popups().size() >= maxPopups) {
        emit statusMessage(tr("Close a portal window first: the console allows %1.").arg(maxPopups), 6000);
        return;
    }
    auto *popup = new PortalPopup(m_session, this);
    connect(popup->page(), &PortalWebPage::popupRequested, this, &PortalView::openPopup);
    popup->page()->load(url);
    popup->show();
}

void PortalView::dial(const QString &number, std::function<void(bool offered)> done)
{
    // Only digits, '+', '*' and '#' are left: nothing in the script needs quoting.
    const QString dialled = CrmLink::telUrl(number).path();
    if (!m_page || dialled.isEmpty()) {
        done(false);
        return;
    }
    // A click on a callto: link, in the console's own world: the portal's handlers see it like a
    // click on one of its links; one that dials cancels the default (which the console would refuse).
    const QString script =
        u"(() => { const a = document.createElement('a'); a.href = 'callto:%1';"
        " a.style.display = 'none'; document.body.appendChild(a);"
        " const click = new MouseEvent('click', {bubbles: true, cancelable: true});"
        " a.dispatchEvent(click); a.remove(); return click.defaultPrevented; })()"_s.arg(dialled);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [done](const QVariant &result) { done(result.toBool()); });
}

void PortalView::setZoom(qreal factor)
{
    if (!m_page || !m_session)
        return;
    m_page->setZoomFactor(factor);
    m_session->preferences()->setZoomFactor(factor);
    emit statusMessage(tr("Zoom %1 %").arg(qRound(factor * 100)), 3000);
}

void PortalView::updateHistoryActions()
{
    action(Action::Back)->setEnabled(m_page && m_page->action(QWebEnginePage::Back)->isEnabled());
    action(Action::Forward)->setEnabled(m_page && m_page->action(QWebEnginePage::Forward)->isEnabled());
}

void PortalView::print()
{
    if (!m_page || m_printer)
        return;
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    if (!m_chooser(m_printer.get())) {
        m_printer.reset();
        return;
    }
    emit statusMessage(tr("Printing…"), 0);
    connect(
        m_view, &QWebEngineView::printFinished, this,
        [this](bool ok) {
            m_printer.reset();
            emit statusMessage(ok ? tr("Printed") : tr("Printing failed"), 4000);
            emit printFinished(ok);
        },
        Qt::SingleShotConnection);
    m_view->print(m_printer.get());
}

} // namespace opc
