#pragma once

#include <QString>
#include <QtGlobal>

namespace opc {

// The diagnostics log, separate from the event log: every Qt message becomes a line
// "2026-11-24T10:15:00.123Z warning opconsole.store: text" in <dataDir>/logs/console.log (and on
// stderr). The file rotates at maxFileBytes into console.1.log … console.<maxFiles-1>.log, so it
// never grows past maxFiles × maxFileBytes. Lines pass through SecretRedactor first. Thread-safe.
class DiagnosticsLog
{
public:
    struct Options
    {
        qint64 maxFileBytes = 1024 * 1024;
        int maxFiles = 5;
        bool verbose = false; // debug level for the opconsole.* categories
        bool echoToStderr = true;
    };

    // Installs the message handler; false if the log file cannot be opened (messages then still go to
    // stderr). Calling it again replaces the previous setup.
    static bool install(const QString &dataDir, const Options &options);
    static bool install(const QString &dataDir) { return install(dataDir, Options()); }
    // Restores the previous message handler and closes the file.
    static void uninstall();

    static QString logDirectory(const QString &dataDir);
    static QString logFilePath(const QString &dataDir);
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};

} // namespace opc
