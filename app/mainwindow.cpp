#include "mainwindow.h"

#include "bannerbar.h"
#include "bridge/callcardbridge.h"
#include "bridge/portalprofile.h"
#include "bridge/portalwebpage.h"
#include "bridge/rendererrecovery.h"
#include "config/consolesettings.h"
#include "config/portaladdress.h"
#include "connectdialog.h"
#include "demo/demoportalserver.h"
#include "eventpanel.h"
#include "events/eventrecorder.h"
#include "protocol/logging.h"
#include "store/eventlogmodel.h"
#include "store/eventstore.h"
#include "traynotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace opc {

MainWindow::MainWindow(const QString &dataDir, ConsoleSettings *settings, EventStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_settings(settings)
    , m_store(store)
    , m_profile(PortalProfile::create(dataDir, this))
    , m_page(new PortalWebPage(m_profile, this))
    , m_view(new QWebEngineView(this))
    , m_bridge(new CallCardBridge(this))
    , m_recovery(new RendererRecovery(m_page))
    , m_model(new EventLogModel(store, this))
    , m_recorder(new EventRecorder(store, m_model, this))
    , m_panel(new EventPanel(m_model, this))
    , m_dock(new QDockWidget(tr("Call events"), this))
    , m_banners(new BannerBar(this))
    , m_tray(new TrayNotifier(this))
    , m_progress(new QProgressBar(this))
    , m_bridgeState(new QLabel(this))
{
    setObjectName(u"mainWindow"_qs);
    m_view->setPage(m_page);
    m_page->setTrustedHosts({u"bitrix24.net"_qs, u"bitrix.info"_qs, u"bitrix24.tech"_qs});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banners);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_dock->setObjectName(u"eventDock"_qs);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {560}, Qt::Horizontal);

    buildMenus();
    buildStatusBar();
    connectStore();

    connect(m_bridge, &CallCardBridge::eventReceived, m_recorder, &EventRecorder::record);
    connect(m_recorder, &EventRecorder::recorded, this, &MainWindow::eventRecorded);
    connect(m_recorder, &EventRecorder::transferRecorded, m_tray, &TrayNotifier::notifyTransfer);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->setEnabled(m_settings->notifyTransfers());
    connect(m_bridge, &CallCardBridge::workerFrameConfirmed, this,
            [this] { setBridgeState(tr("Telephony app found, connecting…")); });
    connect(m_bridge, &CallCardBridge::workerFrameBound, this,
            [this] { setBridgeState(tr("Listening to the call card")); });
    connect(m_page, &PortalWebPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_recovery, &RendererRecovery::rendererCrashed, this, [this](const QString &description) {
        m_banners->showBanner(u"renderer"_qs, description + u' ' + tr("Reloading the portal…"),
                              BannerBar::Level::Warning);
        setBridgeState(tr("Portal page reloading"));
    });
    connect(m_recovery, &RendererRecovery::gaveUp, this, [this] {
        m_banners->showBanner(
            u"renderer"_qs,
            tr("The portal page keeps crashing. The event log is safe; use View > Reload portal "
               "to try again."),
            BannerBar::Level::Error);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok && m_recovery->attempts() > 0)
            m_banners->clearBanner(u"renderer"_qs);
        if (!ok && m_page->url().host() == m_portalUrl.host())
            m_banners->showBanner(
                u"load"_qs,
                tr("The portal %1 could not be loaded. Check the network connection; the console "
                   "keeps its log and you can retry with View > Reload portal.")
                    .arg(m_portalUrl.host()),
                BannerBar::Level::Warning);
        else if (ok)
            m_banners->clearBanner(u"load"_qs);
    });

    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    else
        resize(1440, 900);
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
}

MainWindow::~MainWindow()
{
    // The page must go before its profile, or the profile is not flushed to disk.
    m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect to portal…"), this, &MainWindow::showConnectDialog);
    file->addAction(tr("Open &demo portal"), this, &MainWindow::openDemoPortal);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());
    QAction *find = view->addAction(tr("&Find in events"), m_panel, &EventPanel::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Reload portal"), m_page,
                                      [this] { m_page->triggerAction(QWebEnginePage::Reload); });
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &data folder"), this,
                    [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir)); });
    help->addAction(tr("&About Operator Console"), this, [this] {
        QMessageBox::about(
            this, tr("About Operator Console"),
            tr("<b>Operator Console for Bitrix24</b> %1<br>Shows your portal and records every "
               "call-card event, transfers first.<br>Data folder: %2")
                .arg(QApplication::applicationVersion(), m_dataDir.toHtmlEscaped()));
    });
}

void MainWindow::buildStatusBar()
{
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_bridgeState->setObjectName(u"bridgeState"_qs);
    statusBar()->addPermanentWidget(m_bridgeState);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        statusBar()->showMessage(tr("Loading %1…").arg(m_page->requestedUrl().host()));
    });
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_progress->hide();
        statusBar()->showMessage(ok ? tr("Portal loaded") : tr("The portal could not be loaded"), 4000);
    });
    setBridgeState(tr("Waiting for the telephony app"));
}

void MainWindow::connectStore()
{
    if (!m_store) {
        m_banners->showBanner(u"store"_qs,
                              tr("The event log is not available; events are shown but not kept."),
                              BannerBar::Level::Error);
        return;
    }
    const auto update = [this](bool writable) {
        if (writable)
            m_banners->clearBanner(u"store"_qs);
        else
            m_banners->showBanner(
                u"store"_qs,
                tr("The event log can't be written (%1). New events stay in the panel and are "
                   "saved as soon as the log is writable again.")
                    .arg(m_store->errorString()),
                BannerBar::Level::Error);
    };
    connect(m_store, &EventStore::writableChanged, this, update);
    if (!m_store->isWritable())
        update(false);
}

void MainWindow::setBridgeState(const QString &text)
{
    m_bridgeState->setText(text);
}

void MainWindow::openPortal(const QUrl &url, bool demo)
{
    m_portalUrl = url;
    m_demo = demo;
    m_page->setPortalUrl(url);
    m_bridge->install(
        m_page, BridgeConfig{PortalAddress::authority(url), demo ? QString() : m_settings->handlerOrigin()});
    setBridgeState(tr("Waiting for the telephony app"));
    updateTitle();
    qCInfo(lcApp) << "opening portal" << url.toString() << (demo ? "(demo)" : "");
    m_page->load(url);
}

bool MainWindow::openDemoPortal()
{
    if (!m_demoServer) {
        m_demoServer = new DemoPortalServer(this);
        QString error;
        if (!m_demoServer->start(&error)) {
            delete m_demoServer;
            m_demoServer = nullptr;
            m_banners->showBanner(u"demo"_qs, tr("The demo portal could not start: %1").arg(error),
                                  BannerBar::Level::Error);
            return false;
        }
    }
    openPortal(m_demoServer->portalUrl(), true);
    return true;
}

void MainWindow::updateTitle()
{
    const QString app = QApplication::applicationDisplayName();
    if (m_demo)
        setWindowTitle(tr("Demo portal (offline, not a real Bitrix24) — %1").arg(app));
    else
        setWindowTitle(tr("%1 — %2").arg(m_portalUrl.host(), app));
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_demo ? QUrl() : m_portalUrl, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setPortalUrl(dialog.portalUrl());
    m_settings->sync();
    openPortal(dialog.portalUrl(), false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace opc
