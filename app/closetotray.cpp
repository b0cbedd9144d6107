#include "closetotray.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opc {

CloseToTray::CloseToTray(ConsoleSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

bool CloseToTray::shouldHide(QWidget *window, bool trayAvailable, bool telephonyAttached)
{
    if (!trayAvailable || !telephonyAttached)
        return false;
    using Action = ConsoleSettings::CloseAction;
    if (m_settings->closeAction() == Action::Ask)
        m_settings->setCloseAction(m_prompt(window) ? Action::HideToTray : Action::Quit);
    return m_settings->closeAction() == Action::HideToTray;
}

bool CloseToTray::askOperator(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Keep running in the tray?"),
                    tr("A telephony app is attached. If the console quits, its call events are no longer "
                       "recorded.\n\nKeep Operator Console running in the system tray when the window is "
                       "closed? Quit it from the tray menu or File → Quit."),
                    QMessageBox::NoButton, parent);
    QPushButton *keep = box.addButton(tr("Keep running in the tray"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit when closed"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep;
}

} // namespace opc
