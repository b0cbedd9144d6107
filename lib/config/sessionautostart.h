#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opc {

// "Start with my session": the entry the desktop runs at login. The operating system's record is
// the only source of truth, so Preferences shows what is really there even after it was removed by
// hand:
//   Linux/BSD  $XDG_CONFIG_HOME/autostart/<app id>.desktop (XDG Autostart)
//   Windows    HKCU\Software\Microsoft\Windows\CurrentVersion\Run, value "OperatorConsole"
//   macOS      ~/Library/LaunchAgents/<app id>.plist (a LaunchAgent with RunAtLoad)
// The formats of all three are built here on every OS, so each can be checked anywhere.
class SessionAutostart
{
    Q_DECLARE_TR_FUNCTIONS(opc::SessionAutostart)

public:
    struct Entry
    {
        QString program;
        QStringList arguments;
        bool operator==(const Entry &) const = default;
    };
    struct State
    {
        bool enabled = false;
        bool minimized = false; // the entry starts the console in the tray (--minimized)
    };

    // What starts this console: the AppImage when running as one ($APPIMAGE), else this executable;
    // `--data-dir` unless `dataDir` is the default one; `--minimized` when asked.
    static QString currentProgram();
    static Entry entryFor(const QString &dataDir, bool minimized);

    static State state();
    static bool enable(const Entry &entry, QString *error);
    static bool disable(QString *error);
    // The file or registry key the entry lives in, for messages.
    static QString location();

    // XDG: the desktop file and its Exec value (quoted as the Desktop Entry spec asks).
    static QString desktopFile(const Entry &entry);
    static QString desktopExec(const Entry &entry);
    // Windows: the Run value, quoted for CommandLineToArgvW.
    static QString windowsCommandLine(const Entry &entry);
    // macOS: the LaunchAgent's property list.
    static QByteArray launchAgentPlist(const Entry &entry);
};

} // namespace opc
