#pragma once

#include "config/commandline.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

namespace opc {

class Console;
class MainWindow;

// What a second launch (start menu, a shortcut with --portal) asks of the console that already
// runs: its window comes to the front — shown from the tray, un-minimised, raised and activated,
// as far as the desktop lets an application take the focus (X11 window managers and Wayland
// compositors may only mark it as demanding attention) — and the portal it names is opened, after
// a question when that replaces another portal.
class SecondLaunch : public QObject
{
    Q_OBJECT

public:
    enum class PortalStep { Keep, OpenDemo, Open, AskThenOpen };
    // What to do with the portal part of `options`, given the portal shown now (empty for none,
    // `showingDemo` for the demo portal).
    static PortalStep portalStep(const CommandLineOptions &options, const QUrl &current, bool showingDemo);

    // Asks whether to leave portal `from` for `to`; tests replace it.
    using SwitchPrompt = std::function<bool(QWidget *parent, const QUrl &from, const QUrl &to)>;

    SecondLaunch(MainWindow *window, Console *console, QObject *parent = nullptr);
    void setPrompt(SwitchPrompt prompt) { m_prompt = std::move(prompt); }

    void apply(const CommandLineOptions &options, const QStringList &arguments);
    static void bringToFront(QWidget *window);
    static bool askToSwitch(QWidget *parent, const QUrl &from, const QUrl &to);

private:
    MainWindow *m_window;
    Console *m_console;
    SwitchPrompt m_prompt = &SecondLaunch::askToSwitch;
};

} // namespace opc
