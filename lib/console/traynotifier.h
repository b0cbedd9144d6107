#pragma once

#include "protocol/callcardevent.h"

#include <QObject>

class QSystemTrayIcon;

namespace opc {

// A tray notification for each transfer, where the desktop has a system tray.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    // Off: transfers are not announced (ConsoleSettings::notifyTransfers).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void notifyTransfer(const CallCardEvent &event);

signals:
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};

} // namespace opc
