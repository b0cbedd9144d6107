#pragma once

#include "protocol/callcardevent.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace opc {

// The console's tray icon, where the desktop has a system tray: a notification naming the target
// of each transfer and for the portal's own web notifications, and a menu to show the window,
// pause notifications or quit.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    // Off: transfers are not announced (ConsoleSettings::notifyTransfers).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // How many portal notifications arrived (shown or, without a tray, not).
    int portalNotifications() const { return m_portalNotifications; }
    // Paused from the tray menu for this run only; the setting stays as it is.
    bool isPaused() const;
    void notifyTransfer(const CallCardEvent &event);
    // A web notification of the portal (the operator allowed them for it); shown even when transfer
    // notifications are off, as a browser would.
    void notifyPortal(const QString &title, const QString &message);

    // The tray icon's menu (built even without a tray, so it can be driven in tests).
    QMenu *menu() const { return m_menu; }
    QAction *showAction() const { return m_show; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

    // "Transfer to <target>": the target's name when known, else its id or number.
    static QString transferTitle(const CallCardEvent &event);

signals:
    void activated();
    void quitRequested();

private:
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_pause;
    QAction *m_quit;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    int m_portalNotifications = 0;
};

} // namespace opc
