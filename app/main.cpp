#include "config/commandline.h"
#include "consoleapplication.h"
#include "store/exportcommand.h"
#include "store/reportcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

// Dispatches on the command line. Head-less commands (--export-log, --report, --set-client-secret) run on a
// QCoreApplication and never start the GUI or the web engine.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    opc::ConsoleApplication::setApplicationIdentity();
    const opc::CommandLineOptions options = opc::CommandLine::parse(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    using Action = opc::CommandLineOptions::Action;
    switch (options.action) {
    case Action::Error:
        err << "operator-console: " << options.error << Qt::endl;
        return 2;
    case Action::ShowHelp:
        out << options.helpText;
        return 0;
    case Action::ShowVersion:
        out << "operator-console " << OPC_VERSION << Qt::endl;
        return 0;
    case Action::ExportLog: {
        QCoreApplication app(argc, argv);
        const QString dataDir =
            options.dataDir.isEmpty() ? opc::CommandLine::defaultDataDir() : options.dataDir;
        return opc::ExportCommand::run(dataDir, options.exportFile, options.exportFormat, options.since,
                                       options.until, options.outcome, err);
    }
    case Action::Report: {
        QCoreApplication app(argc, argv);
        const QString dataDir =
            options.dataDir.isEmpty() ? opc::CommandLine::defaultDataDir() : options.dataDir;
        return opc::ReportCommand::run(dataDir, options.reportDate, options.exportFormat, options.reportLog,
                                       err);
    }
    case Action::SetClientSecret:
        return opc::ConsoleApplication::setClientSecret(argc, argv, options);
    case Action::RunConsole:
        break;
    }
    return opc::ConsoleApplication::run(argc, argv, options);
}
