#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace opc {

// What the console was asked to do on its command line.
struct CommandLineOptions
{
    enum class Action { RunConsole, ExportLog, Report, SetClientSecret, ShowHelp, ShowVersion, Error };

    Action action = Action::RunConsole;
    QString error; // one line, for stderr, when action == Error
    QString helpText;

    QUrl portal; // --portal, validated
    bool demo = false; // --demo
    QString dataDir; // --data-dir, empty for the default location
    QString configFile; // --config, an admin's provisioning INI
    QString handlerOrigin; // --handler-origin
    bool verbose = false;
    bool minimized = false; // --minimized: start in the tray (the session's autostart)

    QString exportFile; // --export-log FILE or "-"
    QString exportFormat; // --format; empty: by the file's suffix, else csv
    QString since;
    QString until;
    QString outcome; // --outcome: transfers with this outcome only (TransferOutcomes::name, or "any")

    QString reportDate; // --report DATE (format in exportFormat: html or csv)
    QString reportLog; // --log FILE: a JSON Lines export to report on instead of the data folder's log
};

// Parses the console's arguments with QCommandLineParser. Works before a QApplication exists,
// so the head-less commands (--export-log, --set-client-secret) never start a GUI or web engine.
// Arguments after --webEngineArgs belong to QtWebEngine and are left alone.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLineOptions parse(const QStringList &arguments);
    // The default data directory, from QStandardPaths (needs the application name set).
    static QString defaultDataDir();

private:
    // Qt's option list under a usage line naming operator-console, then the default data folder and
    // the exit codes.
    static QString helpText(QString parserHelp);
};

} // namespace opc
