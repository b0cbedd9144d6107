#pragma once

#include "store/eventstore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace opc {

class AuthSession;
class ConsoleSettings;
class DemoOAuthService;
class DemoPortalServer;
class EventLogModel;
class EventRecorder;
class PortalSession;
class PortalTrial;
class RestClient;
class RetentionPruner;
class TargetNameResolver;
class TokenStore;
class TrayNotifier;
class UserDirectory;

// The composition root: owns every long-lived part of the console and wires them together, once.
// The window and the end-to-end tests build this same object, so "as the app builds it" holds by
// construction. Per-portal parts live in PortalSession; the console holds the current one (the
// design allows several; the window shows one).
//
//   bridge (of the session) -> recorder -> event store -> model (panel)
//                                       -> name resolver -> user directory -> REST -> auth session
//                                       -> tray notifier
//   settings.changed -> pruner, tray, session
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        QString handlerOrigin; // --handler-origin: for this run only, wins over the setting
        // The keychain; null for the system keychain (QtKeychain). Tests pass an in-memory one.
        TokenStore *tokenStore = nullptr;
    };

    explicit Console(const Options &options, QObject *parent = nullptr);
    ~Console() override;

    QString dataDir() const { return m_options.dataDir; }
    ConsoleSettings *settings() const { return m_settings; }
    EventStore *store() const { return m_store; }
    const EventStore::OpenResult &storeOpenResult() const { return m_opened; }
    QNetworkAccessManager *network() const { return m_network; }
    AuthSession *auth() const { return m_auth; }
    RestClient *rest() const { return m_rest; }
    UserDirectory *directory() const { return m_directory; }
    EventRecorder *recorder() const { return m_recorder; }
    EventLogModel *eventModel() const { return m_model; }
    TargetNameResolver *names() const { return m_names; }
    RetentionPruner *pruner() const { return m_pruner; }
    TrayNotifier *tray() const { return m_tray; }

    PortalSession *session() const { return m_session; }
    // Opens `url`: another page of the current portal, or a new session for another portal.
    // `remember` stores it as the portal to open at the next start.
    PortalSession *openPortal(const QUrl &url, bool remember);
    // The operator's "Connect to portal": another page of the current portal opens at once (null);
    // another portal is tried first (PortalTrial) while the current one keeps working, and replaces
    // it, remembered, only once it has loaded (portalSwitched). A failed trial waits for
    // adoptTrial() ("use it anyway") or cancelTrial(). A new call replaces a pending trial.
    PortalTrial *tryPortal(const QUrl &url);
    PortalTrial *trial() const { return m_trial; }
    void adoptTrial();
    void cancelTrial();
    // Whether this build has the offline demo portal (CMake option OPC_WITH_DEMO).
    static bool hasDemo();
    // Starts the built-in demo portal if needed and opens it; null (and `error`) if it can't.
    PortalSession *openDemo(QString *error = nullptr);
    DemoPortalServer *demoServer() const;
    DemoOAuthService *demoOAuth() const;

    enum class StartOutcome { Opened, NeedsPortalAddress, Failed };
    // The portal to show at start: `url` if given (and remembered), else the saved portal, else
    // the demo (or, without the demo, the operator is asked for an address).
    StartOutcome openStartPortal(const QUrl &url, bool demo, QString *error);

signals:
    // A new session replaced `previous`; `previous` is deleted right after this signal returns, so
    // a view must drop its pages on the old profile in the slot.
    void sessionChanged(opc::PortalSession *session, opc::PortalSession *previous);
    // A tried portal replaced the current one and is remembered.
    void portalSwitched(const QUrl &url);

private:
    void setSession(PortalSession *session);
    void applyAccountSettings();
    void onSettingChanged(int key);

    Options m_options;
    ConsoleSettings *m_settings;
    EventStore *m_store;
    EventStore::OpenResult m_opened;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    AuthSession *m_auth;
    RestClient *m_rest;
    UserDirectory *m_directory;
    EventLogModel *m_model;
    EventRecorder *m_recorder;
    TargetNameResolver *m_names;
    RetentionPruner *m_pruner;
    TrayNotifier *m_tray;
    PortalSession *m_session = nullptr;
    PortalTrial *m_trial = nullptr;
    struct Demo;
    std::unique_ptr<Demo> m_demo;
};

} // namespace opc
