#include "traynotifier.h"

#include "protocol/eventpresentation.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace opc {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_show(m_menu->addAction(tr("&Show Operator Console")))
    , m_pause(m_menu->addAction(tr("&Pause notifications")))
    , m_quit(nullptr)
{
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    connect(m_show, &QAction::triggered, this, &TrayNotifier::activated);
    connect(m_quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Context)
            emit activated();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a QMenu has no QObject parent here: it is a top-level widget
}

bool TrayNotifier::isPaused() const
{
    return m_pause->isChecked();
}

QString TrayNotifier::transferTitle(const CallCardEvent &event)
{
    const QString target = event.targetName.isEmpty() ? event.target.value() : event.targetName;
    return target.isEmpty() ? tr("Transfer requested") : tr("Transfer to %1").arg(target);
}

void TrayNotifier::notifyTransfer(const CallCardEvent &event)
{
    if (!m_tray || !m_enabled || isPaused())
        return;
    m_tray->showMessage(transferTitle(event), EventPresentation::summary(event), QSystemTrayIcon::Information,
                        8000);
}

void TrayNotifier::notifyPortal(const QString &title, const QString &message)
{
    ++m_portalNotifications;
    // "Pause notifications" pauses the portal's as well as the console's own.
    if (!m_tray || isPaused())
        return;
    m_tray->showMessage(title.isEmpty() ? QApplication::applicationDisplayName() : title, message,
                        QSystemTrayIcon::Information, 8000);
}

} // namespace opc
