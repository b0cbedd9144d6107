#pragma once

#include "protocol/callcardevent.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QDockWidget;
class QNetworkAccessManager;
class QLabel;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;

namespace opc {

class AuthSession;
class BannerBar;
class CallCardBridge;
class ConsoleSettings;
class DemoOAuthService;
class DemoPortalServer;
class EventLogModel;
class EventPanel;
class EventRecorder;
class EventStore;
class PortalWebPage;
class RendererRecovery;
class RetentionPruner;
class RestClient;
class SignInDialog;
class TargetNameResolver;
class UserDirectory;
class TrayNotifier;

// The console window: the portal in a web view on the persistent profile, the event panel docked
// beside it, banners for faults, page progress and bridge state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const QString &dataDir, ConsoleSettings *settings, EventStore *store,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `url` and listens to its worker frame; `demo` marks the built-in demo portal.
    void openPortal(const QUrl &url, bool demo);
    // Starts the built-in demo portal if needed and opens it; false (and a banner) if it can't.
    bool openDemoPortal();

    // Sign-in, REST and employee names; without them the console works with ids.
    void attachAccount(AuthSession *session, RestClient *rest, UserDirectory *directory);
    AuthSession *session() const { return m_session; }
    void setRetentionPruner(RetentionPruner *pruner) { m_pruner = pruner; }
    SignInDialog *signInDialog() const { return m_signIn; }
    QWebEngineProfile *profile() const { return m_profile; }

    QUrl portalUrl() const { return m_portalUrl; }
    bool isDemo() const { return m_demo; }
    PortalWebPage *page() const { return m_page; }
    CallCardBridge *bridge() const { return m_bridge; }
    EventLogModel *eventModel() const { return m_model; }
    EventPanel *eventPanel() const { return m_panel; }
    BannerBar *banners() const { return m_banners; }
    DemoPortalServer *demoServer() const { return m_demoServer; }

signals:
    void eventRecorded(const opc::CallCardEvent &event);
    // A new page replaced the old one (after a renderer crash).
    void pageCreated(opc::PortalWebPage *page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPage();
    void buildMenus();
    void buildStatusBar();
    void connectStore();
    void updateTitle();
    void showConnectDialog();
    void setBridgeState(const QString &text);
    void buildAccountMenu();
    void showSignInSettings();
    void showTargetPhoto(const CallCardEvent &event);
    void onAuthBanner(int banner, const QString &text);
    void applyAccountSettings();
    void showExportDialog();
    void showPreferences();

    QString m_dataDir;
    ConsoleSettings *m_settings;
    QPointer<EventStore> m_store;
    QWebEngineProfile *m_profile;
    PortalWebPage *m_page;
    QWebEngineView *m_view;
    CallCardBridge *m_bridge;
    RendererRecovery *m_recovery;
    EventLogModel *m_model;
    EventRecorder *m_recorder;
    EventPanel *m_panel;
    QDockWidget *m_dock;
    BannerBar *m_banners;
    TrayNotifier *m_tray;
    QProgressBar *m_progress;
    QLabel *m_bridgeState;
    DemoPortalServer *m_demoServer = nullptr;
    DemoOAuthService *m_demoOAuth = nullptr;
    AuthSession *m_session = nullptr;
    RestClient *m_rest = nullptr;
    UserDirectory *m_directory = nullptr;
    TargetNameResolver *m_names = nullptr;
    SignInDialog *m_signIn = nullptr;
    QNetworkAccessManager *m_photos = nullptr;
    QLabel *m_identity;
    QMenu *m_accountMenu = nullptr;
    RetentionPruner *m_pruner = nullptr;
    QUrl m_portalUrl;
    bool m_demo = false;
};

} // namespace opc
