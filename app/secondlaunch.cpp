#include "secondlaunch.h"

#include "console/console.h"
#include "mainwindow.h"
#include "portal/portalsession.h"
#include "protocol/logging.h"
#include "protocol/weborigin.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// What the log may say about a launch: option names and the portal's origin, never a query.
QString summary(const CommandLineOptions &options, const QStringList &arguments)
{
    QStringList parts;
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"--"_s))
            parts << argument.section(u'=', 0, 0);
    }
    if (options.portal.isValid())
        parts << WebOrigin::fromUrl(options.portal).toString();
    return parts.isEmpty() ? u"(no arguments)"_s : parts.join(u' ');
}

} // namespace

SecondLaunch::PortalStep SecondLaunch::portalStep(const CommandLineOptions &options, const QUrl &current,
                                                  bool showingDemo)
{
    if (options.demo)
        return showingDemo ? PortalStep::Keep : PortalStep::OpenDemo;
    if (!options.portal.isValid())
        return PortalStep::Keep;
    // Another page of the same portal, or nothing real to lose: open it straight away.
    if (showingDemo || !current.isValid() ||
        WebOrigin::fromUrl(current).toString() == WebOrigin::fromUrl(options.portal).toString())
        return PortalStep::Open;
    return PortalStep::AskThenOpen;
}

SecondLaunch::SecondLaunch(MainWindow *window, Console *console, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_console(console)
{
}

void SecondLaunch::apply(const CommandLineOptions &options, const QStringList &arguments)
{
    qCInfo(lcApp).noquote() << "second launch handed over:" << summary(options, arguments);
    if (!options.configFile.isEmpty() || !options.handlerOrigin.isEmpty() || options.verbose)
        qCInfo(lcApp) << "second launch: --config, --handler-origin and --verbose apply when the console "
                         "is started, not to the running one";
    // --minimized (the session's autostart) leaves a running window where it is.
    if (!options.minimized)
        bringToFront(m_window);

    const PortalSession *session = m_console->session();
    const QUrl current = session && !session->isDemo() ? session->url() : QUrl();
    switch (portalStep(options, current, session && session->isDemo())) {
    case PortalStep::Keep:
        break;
    case PortalStep::OpenDemo:
        m_window->openDemoPortal();
        break;
    case PortalStep::AskThenOpen:
        if (!m_prompt(m_window, current, options.portal))
            break;
        [[fallthrough]];
    case PortalStep::Open:
        m_console->openPortal(options.portal, true);
        break;
    }
}

void SecondLaunch::bringToFront(QWidget *window)
{
    // Hidden in the tray or minimised: back to its normal (or maximised) state.
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    // Where the window manager or compositor refuses the focus, the taskbar entry asks for attention.
    QApplication::alert(window);
}

bool SecondLaunch::askToSwitch(QWidget *parent, const QUrl &from, const QUrl &to)
{
    QMessageBox box(QMessageBox::Question, tr("Open another portal?"),
                    tr("Operator Console was started for %1 but shows %2.\n\nSwitch to %1? The call events "
                       "of %2 are no longer recorded while it is closed.")
                        .arg(to.host(), from.host()),
                    QMessageBox::NoButton, parent);
    QPushButton *open = box.addButton(tr("Switch to %1").arg(to.host()), QMessageBox::AcceptRole);
    box.addButton(tr("Stay on %1").arg(from.host()), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace opc
