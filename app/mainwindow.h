#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;

namespace opc {

class AccountController;
class BridgeStatusButton;
class BannerBar;
class CallCardBridge;
class CloseToTray;
class DiagnosticsActions;
class Console;
class EventLogModel;
class CallsView;
class EventPanel;
class PortalSession;
class PortalView;
class PortalWebPage;
class SignInDialog;

// The console window: the portal view in the middle, the event panel docked beside it, banners for
// the console's own faults (log, sign-in), menus, dialogs, and the status bar (who is signed in,
// which telephony app the bridge listens to). It only shows what Console owns and wires; the
// account menu, sign-in banners and sign-in dialog are AccountController's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Console *console, QWidget *parent = nullptr);
    ~MainWindow() override;

    Console *console() const { return m_console; }
    PortalView *portalView() const { return m_portalView; }
    PortalWebPage *page() const;
    CallCardBridge *bridge() const;
    EventLogModel *eventModel() const;
    EventPanel *eventPanel() const { return m_panel; }
    CallsView *callsView() const { return m_calls; }
    BannerBar *banners() const { return m_banners; }
    SignInDialog *signInDialog() const;

    // Opens the demo portal; false (and a banner) if it can't start.
    bool openDemoPortal();
    void showConnectDialog();
    // Closing hides to the tray while a telephony app is attached (asked once); this really quits.
    void quitConsole();
    CloseToTray *closeToTray() const { return m_closeToTray; }
    DiagnosticsActions *diagnostics() const { return m_diagnostics; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void buildMenus();
    void showStoreState();
    void onSessionChanged(PortalSession *session);
    void updateTitle();
    void showExportDialog();
    void showPreferences();
    void showAbout();
    void setUpCloseToTray();
    bool telephonyAttached() const;
    void addSupportActions(QMenu *help);
    // Find in events, switching between page and panel, and the Tab order between them.
    void addKeyboardActions(QMenu *view);
    void setUpCallsView();

    Console *m_console;
    BannerBar *m_banners;
    PortalView *m_portalView;
    EventPanel *m_panel;
    CallsView *m_calls = nullptr;
    QDockWidget *m_dock;
    AccountController *m_account;
    BridgeStatusButton *m_bridgeState;
    CloseToTray *m_closeToTray = nullptr;
    bool m_quitting = false;
    DiagnosticsActions *m_diagnostics = nullptr;
};

} // namespace opc
