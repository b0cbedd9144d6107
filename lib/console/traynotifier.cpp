#include "traynotifier.h"

#include "protocol/eventpresentation.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace opc {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    m_tray->show();
}

void TrayNotifier::notifyTransfer(const CallCardEvent &event)
{
    if (!m_tray || !m_enabled)
        return;
    m_tray->showMessage(tr("Transfer requested"), EventPresentation::summary(event),
                        QSystemTrayIcon::Information, 8000);
}

void TrayNotifier::notifyPortal(const QString &title, const QString &message)
{
    ++m_portalNotifications;
    if (!m_tray)
        return;
    m_tray->showMessage(title.isEmpty() ? QApplication::applicationDisplayName() : title, message,
                        QSystemTrayIcon::Information, 8000);
}

} // namespace opc
