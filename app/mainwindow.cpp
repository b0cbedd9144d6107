#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountcontroller.h"
#include "auth/restclient.h"
#include "bannerbar.h"
#include "bridge/bridgehealth.h"
#include "bridge/callcardbridge.h"
#include "bridgestatusbutton.h"
#include "callsview.h"
#include "closetotray.h"
#include "config/consolesettings.h"
#include "connectdialog.h"
#include "console/console.h"
#include "console/traynotifier.h"
#include "diagnosticsactions.h"
#include "eventdetailsview.h"
#include "eventpanel.h"
#include "events/targetnameresolver.h"
#include "events/targetphotoloader.h"
#include "exportdialog.h"
#include "portal/portalsession.h"
#include "portalview.h"
#include "portalwebview.h"
#include "preferencesdialog.h"
#include "protocol/crmlink.h"
#include "reportdialog.h"
#include "secondlaunch.h"
#include "shortcutsdialog.h"
#include "store/callsmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"
#include "windowplacement.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

MainWindow::MainWindow(Console *console, QWidget *parent)
    : QMainWindow(parent)
    , m_console(console)
    , m_banners(new BannerBar(this))
    , m_portalView(new PortalView(this))
    , m_panel(new EventPanel(console->eventModel(), this))
    , m_dock(new QDockWidget(tr("Call events"), this))
    , m_account(new AccountController(console, m_banners, this))
    , m_bridgeState(new BridgeStatusButton(this))
{
    setObjectName(u"mainWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banners);
    layout->addWidget(m_portalView, 1);
    setCentralWidget(central);

    m_dock->setObjectName(u"eventDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {560}, Qt::Horizontal);

    m_bridgeState->setObjectName(u"bridgeState"_s);
    statusBar()->addPermanentWidget(m_account->identityLabel());
    statusBar()->addPermanentWidget(m_bridgeState);
    connect(m_portalView, &PortalView::statusMessage, statusBar(), &QStatusBar::showMessage);
    setUpCallsView();
    buildMenus();
    showStoreState();
    setUpCloseToTray();

    connect(console->rest(), &RestClient::problemChanged, this, [this](const RestError &problem) {
        if (!problem.isError())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Bitrix24: %1").arg(problem.message()), 15000);
    });

    auto *photos = new TargetPhotoLoader(console->directory(), console->network(), this);
    connect(m_panel, &EventPanel::currentEventChanged, this, [this, photos](const CallCardEvent &event) {
        m_console->names()->resolve(event); // rows from before sign-in get their names when looked at
        photos->load(event);
    });
    connect(photos, &TargetPhotoLoader::photoLoaded, this, [this](qint64 eventId, const QPixmap &photo) {
        if (m_panel->view()->currentIndex().data(EventIdRole).toLongLong() == eventId)
            m_panel->details()->setPhoto(photo);
    });
    // bringToFront keeps a maximised window maximised (showNormal() would not).
    connect(console->tray(), &TrayNotifier::activated, this, [this] { SecondLaunch::bringToFront(this); });
    connect(console, &Console::sessionChanged, this, &MainWindow::onSessionChanged);
    if (console->session())
        onSessionChanged(console->session());

    WindowPlacement::restore(this, console->settings()->windowGeometry(), QSize(1440, 900));
    if (!console->settings()->windowState().isEmpty())
        restoreState(console->settings()->windowState());
}

MainWindow::~MainWindow()
{
    // Pages before the profile they live on: the sign-in page, then the portal's.
    m_account->setSession(nullptr);
    m_portalView->setSession(nullptr);
}

void MainWindow::setUpCallsView()
{
    m_calls = new CallsView(new CallsModel(m_console->store(), this), m_panel);
    m_panel->addCallsView(m_calls);
    connect(m_calls, &CallsView::openCrmEntityRequested, this, [this](const QString &type, qint64 id) {
        PortalSession *session = m_console->session();
        const QUrl url = session ? CrmLink::entityUrl(session->url(), type, id) : QUrl();
        if (url.isValid())
            m_portalView->openPortalPage(url);
    });
    connect(m_calls, &CallsView::dialRequested, this, [this](const QString &number) {
        m_portalView->dial(number, [window = QPointer<MainWindow>(this), number](bool offered) {
            if (offered || !window)
                return;
            QApplication::clipboard()->setText(number);
            window->statusBar()->showMessage(
                tr("The portal did not offer to dial %1; the number is on the clipboard.").arg(number), 8000);
        });
    });
}

PortalWebPage *MainWindow::page() const
{
    return m_portalView->page();
}

CallCardBridge *MainWindow::bridge() const
{
    return m_console->session() ? m_console->session()->bridge() : nullptr;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_account->signInDialog();
}

EventLogModel *MainWindow::eventModel() const
{
    return m_console->eventModel();
}

void MainWindow::onSessionChanged(PortalSession *session)
{
    // The old session and its profile go when this returns: drop their pages now.
    m_account->setSession(session);
    m_portalView->setSession(session);

    m_bridgeState->setHealth(session->bridge()->health());
    updateTitle();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect to portal…"), this, &MainWindow::showConnectDialog);
    if (Console::hasDemo())
        file->addAction(tr("Open &demo portal"), this, &MainWindow::openDemoPortal);
    file->addSeparator();
    file->addActions(m_portalView->fileMenuActions());
    file->addSeparator();
    file->addAction(tr("&Export events…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::showExportDialog);
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quitConsole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());
    addKeyboardActions(view);
    QAction *report = view->addAction(tr("&Report…"), this, [this] {
        auto *dialog = new ReportDialog(m_console->store(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    report->setObjectName(u"viewReport"_s);
    view->addSeparator();
    view->addActions(m_portalView->viewMenuActions());

    m_account->fillMenu(menuBar()->addMenu(tr("&Account")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("Open &data folder"), this,
                    [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_console->dataDir())); });
    addSupportActions(help);
    help->addAction(tr("&About Operator Console"), this, &MainWindow::showAbout);
}

void MainWindow::addKeyboardActions(QMenu *view)
{
    m_portalView->setAccessibleName(tr("Portal page"));
    const auto findEvents = [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->focusFilter();
    };
    // Ctrl+Shift+F reaches the events from anywhere, the portal page included.
    view->addAction(tr("&Find in events"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, findEvents);
    // Ctrl+F searches where the focus is: in the portal page (and its find bar) PortalView's "Find in
    // page"; anywhere else the events. Off while the focus is in the portal view, so the two are
    // never both live (an ambiguous shortcut does nothing at all).
    auto *findHere = new QAction(tr("Find in events"), this);
    findHere->setObjectName(u"findEventsHere"_s);
    findHere->setShortcuts(QKeySequence::keyBindings(QKeySequence::Find));
    findHere->setProperty(ShortcutsDialog::scopeProperty, tr("Outside the portal page"));
    connect(findHere, &QAction::triggered, this, findEvents);
    addAction(findHere);
    connect(qApp, &QApplication::focusChanged, findHere, [this, findHere](QWidget *, QWidget *now) {
        findHere->setEnabled(!now || !(now == m_portalView || m_portalView->isAncestorOf(now)));
    });
    // F6, as in browsers: between the page and the panel, for a page that keeps Tab to itself.
    view->addAction(tr("&Switch between portal and events"), QKeySequence(Qt::Key_F6), this, [this] {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == m_dock || m_dock->isAncestorOf(focus))) {
            m_portalView->webView()->setFocus(Qt::ShortcutFocusReason);
        } else {
            m_dock->show();
            m_panel->focusResults();
        }
    });
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // The page and the panel are neighbours for Tab: the panel's last field leads into the page, and
    // the page hands the focus back (Chromium does once Tab passes its last element) to the panel's
    // first. Qt's own chain has the page before the panel, so that from the status bar Tab would
    // circle back into the page and never reach the panel.
    QWidget *page = m_portalView->webView()->focusProxy();
    QWidget *focus = focusWidget();
    const QList<QWidget *> panel = m_panel->focusChain();
    if (page && page->isVisible() && m_dock->isVisible()) {
        QWidget *target = nullptr;
        if (focus == page)
            target = next ? panel.constFirst() : panel.constLast();
        else if (next && focus == panel.constLast())
            target = page;
        else if (!next && focus == panel.constFirst())
            target = page;
        if (target) {
            target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::showStoreState()
{
    EventStore *store = m_console->store();
    const EventStore::OpenResult &opened = m_console->storeOpenResult();
    if (opened.status == EventStore::OpenStatus::CorruptMovedAside)
        m_banners->showBanner(
            u"store-open"_s,
            tr("The event log was damaged. It was moved aside to %1 and a new log was started.")
                .arg(QDir::toNativeSeparators(opened.movedAsidePath)),
            BannerBar::Level::Warning);
    else if (!opened.isOpen())
        m_banners->showBanner(u"store-open"_s, opened.error, BannerBar::Level::Error);

    const auto update = [this, store](bool writable) {
        if (writable)
            m_banners->clearBanner(u"store"_s);
        else
            m_banners->showBanner(
                u"store"_s,
                tr("The event log can't be written (%1). New events stay in the panel and are "
                   "saved as soon as the log is writable again.")
                    .arg(store->errorString()),
                BannerBar::Level::Error);
    };
    connect(store, &EventStore::writableChanged, this, update);
    if (opened.isOpen() && !store->isWritable())
        update(false);
}

bool MainWindow::openDemoPortal()
{
    QString error;
    if (m_console->openDemo(&error))
        return true;
    m_banners->showBanner(u"demo"_s, error, BannerBar::Level::Error);
    return false;
}

void MainWindow::updateTitle()
{
    const QString app = QApplication::applicationDisplayName();
    PortalSession *session = m_console->session();
    if (session && session->isDemo())
        setWindowTitle(tr("Demo portal (offline, not a real Bitrix24) — %1").arg(app));
    else if (session)
        setWindowTitle(tr("%1 — %2").arg(session->origin().host(), app));
}

void MainWindow::showConnectDialog()
{
    PortalSession *session = m_console->session();
    ConnectDialog dialog(session && !session->isDemo() ? session->url() : QUrl(), this);
    dialog.setConsole(m_console); // the new portal replaces this one only once it has loaded
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_console->settings()->setWindowGeometry(saveGeometry());
    m_console->settings()->setWindowState(saveState());
    if (!m_quitting &&
        m_closeToTray->shouldHide(this, m_console->tray()->isAvailable(), telephonyAttached())) {
        event->ignore();
        hide();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::addSupportActions(QMenu *help)
{
    m_diagnostics = new DiagnosticsActions(m_console->dataDir(), this);
    help->addAction(tr("Show diagnostics &log"), m_diagnostics, &DiagnosticsActions::showLog);
    help->addAction(tr("&Copy system info"), m_diagnostics, &DiagnosticsActions::copySystemInfo);
}

void MainWindow::setUpCloseToTray()
{
    m_closeToTray = new CloseToTray(m_console->settings(), this);
    connect(m_console->tray(), &TrayNotifier::quitRequested, this, &MainWindow::quitConsole);
}

bool MainWindow::telephonyAttached() const
{
    const PortalSession *session = m_console->session();
    return session && session->bridge()->health()->listeningFrames() > 0;
}

void MainWindow::quitConsole()
{
    m_quitting = true;
    // A window hidden in the tray is not among the windows closeAllWindows closes.
    if (isVisible()) {
        QApplication::closeAllWindows();
    } else {
        close();
        QCoreApplication::quit();
    }
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(EventStore::databasePath(m_console->dataDir()), m_panel->currentFilter(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_console->settings(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_console->dataDir(), this);
    dialog.exec();
}

} // namespace opc
