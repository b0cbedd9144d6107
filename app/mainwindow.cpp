#include "mainwindow.h"

#include "auth/authsession.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "auth/userinfo.h"
#include "bannerbar.h"
#include "bridge/callcardbridge.h"
#include "bridge/portalprofile.h"
#include "bridge/portalwebpage.h"
#include "bridge/rendererrecovery.h"
#include "config/consolesettings.h"
#include "config/portaladdress.h"
#include "connectdialog.h"
#include "demo/demooauthservice.h"
#include "demo/demoportalserver.h"
#include "eventdetailsview.h"
#include "eventpanel.h"
#include "events/eventrecorder.h"
#include "events/targetnameresolver.h"
#include "exportdialog.h"
#include "preferencesdialog.h"
#include "protocol/logging.h"
#include "protocol/urlauthority.h"
#include "signindialog.h"
#include "signinsettingsdialog.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"
#include "store/retentionpruner.h"
#include "traynotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QStatusBar>
#include <QTreeView>
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
    , m_page(nullptr)
    , m_view(new QWebEngineView(this))
    , m_bridge(new CallCardBridge(this))
    , m_recovery(new RendererRecovery(this))
    , m_model(new EventLogModel(store, this))
    , m_recorder(new EventRecorder(store, this))
    , m_panel(new EventPanel(m_model, this))
    , m_dock(new QDockWidget(tr("Call events"), this))
    , m_banners(new BannerBar(this))
    , m_tray(new TrayNotifier(this))
    , m_progress(new QProgressBar(this))
    , m_bridgeState(new QLabel(this))
    , m_identity(new QLabel(this))
{
    setObjectName(u"mainWindow"_qs);
    createPage();

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
    connect(m_recorder, &EventRecorder::recorded, this, [this](const CallCardEvent &event, bool) {
        qCInfo(lcApp).noquote() << "event shown in panel:" << event.eventName() << "id" << event.id;
        emit eventRecorded(event);
    });
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
    connect(m_recovery, &RendererRecovery::rendererCrashed, this, [this](const QString &description) {
        m_banners->showBanner(u"renderer"_qs, description + u' ' + tr("Reloading the portal…"),
                              BannerBar::Level::Warning);
        setBridgeState(tr("Portal page reloading"));
    });
    connect(m_recovery, &RendererRecovery::recoveryRequested, this, [this](const QUrl &url) {
        QWebEnginePage *crashed = m_page;
        createPage();
        crashed->deleteLater();
        m_page->setPortalUrl(m_portalUrl);
        m_bridge->install(m_page, m_bridge->config());
        m_page->load(url.isValid() ? url : m_portalUrl);
    });
    connect(m_recovery, &RendererRecovery::gaveUp, this, [this] {
        m_banners->showBanner(
            u"renderer"_qs,
            tr("The portal page keeps crashing. The event log is safe; use View > Reload portal "
               "to try again."),
            BannerBar::Level::Error);
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

void MainWindow::createPage()
{
    m_page = new PortalWebPage(m_profile, this);
    m_page->setTrustedHosts({u"bitrix24.net"_qs, u"bitrix.info"_qs, u"bitrix24.tech"_qs});
    m_view->setPage(m_page);
    m_recovery->watch(m_page);
    connect(m_page, &PortalWebPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
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
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok && m_session && m_page->url().host() == m_portalUrl.host())
            m_session->portalLoaded();
    });
    emit pageCreated(m_page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect to portal…"), this, &MainWindow::showConnectDialog);
    file->addAction(tr("Open &demo portal"), this, &MainWindow::openDemoPortal);
    file->addSeparator();
    QAction *exportLog = file->addAction(tr("&Export events…"), this, &MainWindow::showExportDialog);
    exportLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());
    QAction *find = view->addAction(tr("&Find in events"), m_panel, &EventPanel::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Reload portal"), this,
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
    m_identity->setObjectName(u"identity"_qs);
    statusBar()->addPermanentWidget(m_identity);
    statusBar()->addPermanentWidget(m_bridgeState);
    statusBar()->addPermanentWidget(m_progress);
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
    m_bridge->install(m_page,
                      BridgeConfig{urlAuthority(url), demo ? QString() : m_settings->handlerOrigin()});
    setBridgeState(tr("Waiting for the telephony app"));
    updateTitle();
    applyAccountSettings();
    qCInfo(lcApp) << "opening portal" << url.toString() << (demo ? "(demo)" : "");
    m_page->load(url);
}

bool MainWindow::openDemoPortal()
{
    if (!m_demoServer) {
        DemoPortalOptions options;
        options.preferredPortalPort = m_settings->demoPortalPort();
        options.preferredHandlerPort = m_settings->demoHandlerPort();
        m_demoServer = new DemoPortalServer(options, this);
        QString error;
        if (!m_demoServer->start(&error)) {
            delete m_demoServer;
            m_demoServer = nullptr;
            m_banners->showBanner(u"demo"_qs, tr("The demo portal could not start: %1").arg(error),
                                  BannerBar::Level::Error);
            return false;
        }
        m_settings->setDemoPorts(m_demoServer->portalUrl().port(),
                                 QUrl(m_demoServer->handlerOrigin()).port());
        m_settings->sync();
        m_demoOAuth = new DemoOAuthService(m_demoServer, m_demoServer);
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

void MainWindow::attachAccount(AuthSession *session, RestClient *rest, UserDirectory *directory)
{
    m_session = session;
    m_rest = rest;
    m_directory = directory;
    m_names = new TargetNameResolver(m_store, directory, this);
    m_signIn = new SignInDialog(session, m_profile, this);
    m_photos = new QNetworkAccessManager(this);
    m_page->setNavigationHook([session](const QUrl &url, bool) { return session->handleNavigation(url); });
    connect(this, &MainWindow::pageCreated, session, [session](PortalWebPage *page) {
        page->setNavigationHook([session](const QUrl &url, bool) { return session->handleNavigation(url); });
    });

    connect(m_recorder, &EventRecorder::transferRecorded, m_names, &TargetNameResolver::resolve);
    connect(m_panel, &EventPanel::currentEventChanged, this, [this](const CallCardEvent &event) {
        m_names->resolve(event); // rows from before sign-in get their names when looked at
        showTargetPhoto(event);
    });
    connect(session, &AuthSession::signInPageRequested, m_signIn, &SignInDialog::start);
    connect(m_signIn, &SignInDialog::needsOperator, this, [this] {
        m_banners->showBanner(u"auth"_qs, tr("Sign in to see who each transfer goes to."),
                              BannerBar::Level::Info, tr("Sign in"), [this] { m_session->signIn(); });
    });
    connect(session, &AuthSession::bannerChanged, this,
            [this](AuthSession::Banner banner, const QString &text) { onAuthBanner(int(banner), text); });
    connect(session, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedIn) {
            // The session's own banner (e.g. "keychain unavailable") stays until it says otherwise.
            m_banners->clearBanner(u"signin"_qs);
            m_directory->resolveCurrentUser();
        } else if (state == AuthSession::State::SignedOut) {
            m_identity->setText(tr("Not signed in"));
        }
    });
    connect(directory, &UserDirectory::currentUserResolved, this,
            [this](const UserInfo &user) { m_identity->setText(tr("Signed in as %1").arg(user.summary())); });
    connect(rest, &RestClient::problemChanged, this, [this](const RestError &problem) {
        if (!problem.isError())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Bitrix24: %1").arg(problem.message()), 15000);
    });
    m_identity->setText(tr("Not signed in"));
    buildAccountMenu();
    applyAccountSettings();
}

void MainWindow::applyAccountSettings()
{
    if (!m_session)
        return;
    m_directory->clearMemoryCache();
    m_directory->setPortalKey(urlAuthority(m_portalUrl));
    if (m_demo && m_demoOAuth) {
        // The demo is provisioned like a real desktop, with a fake (loopback-only) secret.
        m_session->setSettings(m_demoOAuth->settings());
        m_session->oauthClient()->setClientSecret(DemoOAuthService::clientSecret());
    } else {
        m_session->oauthClient()->setClientSecret(QString()); // read this portal's from the keychain
        m_settings->raw().beginGroup(u"oauth"_qs);
        OAuthSettings settings = OAuthSettings::load(m_settings->raw());
        m_settings->raw().endGroup();
        settings.setPortalUrl(m_portalUrl);
        m_session->setSettings(settings);
    }
    m_session->restore();
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(EventStore::databasePath(m_dataDir), m_panel->currentFilter(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    connect(&dialog, &PreferencesDialog::retentionDaysChanged, this, [this](int days) {
        if (m_pruner)
            m_pruner->setRetentionDays(days);
    });
    connect(&dialog, &PreferencesDialog::notifyTransfersChanged, m_tray, &TrayNotifier::setEnabled);
    connect(&dialog, &PreferencesDialog::handlerOriginChanged, this, [this] {
        if (!m_demo && m_portalUrl.isValid())
            openPortal(m_portalUrl, false);
    });
    dialog.exec();
}

void MainWindow::onAuthBanner(int banner, const QString &text)
{
    switch (AuthSession::Banner(banner)) {
    case AuthSession::Banner::None:
        m_banners->clearBanner(u"auth"_qs);
        break;
    case AuthSession::Banner::KeychainUnavailable:
        m_banners->showBanner(u"auth"_qs, text, BannerBar::Level::Warning);
        break;
    case AuthSession::Banner::SignInAgain:
    case AuthSession::Banner::SignInFailed:
        m_banners->showBanner(u"auth"_qs, text, BannerBar::Level::Warning, tr("Sign in again"),
                              [this] { m_session->signIn(); });
        break;
    }
}

void MainWindow::buildAccountMenu()
{
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    menuBar()->insertMenu(menuBar()->actions().at(2), m_accountMenu);
    m_accountMenu->addAction(tr("&Sign in"), this, [this] { m_session->signIn(); });
    m_accountMenu->addAction(tr("Sign &out"), this, [this] {
        m_session->signOut();
        m_identity->setText(tr("Not signed in"));
    });
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(tr("Sign-in &settings…"), this, &MainWindow::showSignInSettings);
}

void MainWindow::showSignInSettings()
{
    SignInSettingsDialog dialog(m_session->settings(), m_session->hasClientSecret(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OAuthSettings settings = dialog.settings();
    settings.setPortalUrl(m_portalUrl);
    m_settings->raw().beginGroup(u"oauth"_qs);
    settings.save(m_settings->raw());
    m_settings->raw().endGroup();
    m_settings->sync();
    m_session->setSettings(settings);
    if (!dialog.newClientSecret().isEmpty())
        m_session->storeClientSecret(dialog.newClientSecret());
}

void MainWindow::showTargetPhoto(const CallCardEvent &event)
{
    if (!m_directory || !event.isTransfer() || event.target.kind() != TransferTarget::Kind::User)
        return;
    const auto user = m_directory->cached(event.target.value().toLongLong());
    if (!user || !user->photoUrl.isValid())
        return;
    QNetworkReply *reply = m_photos->get(QNetworkRequest(user->photoUrl));
    const qint64 eventId = event.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, eventId] {
        reply->deleteLater();
        QPixmap photo;
        if (reply->error() == QNetworkReply::NoError && photo.loadFromData(reply->readAll()) &&
            m_panel->view()->currentIndex().data(EventIdRole).toLongLong() == eventId)
            m_panel->details()->setPhoto(photo);
    });
}

} // namespace opc
