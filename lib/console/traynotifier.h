#pragma once

#include "protocol/callcardevent.h"

#include <QObject>

class QSystemTrayIcon;

namespace opc {

// A tray notification for each transfer and for the portal's own web notifications, where the
// desktop has a system tray.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    // Off: transfers are not announced (ConsoleSettings::notifyTransfers).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // How many portal notifications arrived (shown or, without a tray, not).
    int portalNotifications() const { return m_portalNotifications; }
    void notifyTransfer(const CallCardEvent &event);
    // A web notification of the portal (the operator allowed them for it); shown even when transfer
    // notifications are off, as a browser would.
    void notifyPortal(const QString &title, const QString &message);

signals:
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    int m_portalNotifications = 0;
};

} // namespace opc
