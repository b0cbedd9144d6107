#include "commandline.h"

#include "portaladdress.h"
#include "protocol/weborigin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace opc {

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString CommandLine::helpText(QString parserHelp)
{
    // main() parses before any QCoreApplication exists, so Qt can't know the program's name.
    const qsizetype usageEnd = parserHelp.indexOf(u'\n');
    parserHelp.replace(
        0, usageEnd,
        QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(u"operator-console"_s) +
            u" [options]"_s);
    const QString dataDir = defaultDataDir();
    return parserHelp + u"\n"_s + tr("Data folder (default): %1").arg(dataDir) + u"\n\n"_s +
        tr("Exit codes:\n"
           "  0  success\n"
           "  1  the console or the command failed (data folder, another instance, export, keychain)\n"
           "  2  invalid command line, configuration file or export argument\n");
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    QStringList args = arguments;
    if (const qsizetype engineArgs = args.indexOf(u"--webEngineArgs"_s); engineArgs >= 0)
        args = args.mid(0, engineArgs);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operator Console for Bitrix24: shows the portal and records every "
                                        "call-card event, transfers first."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption portal(u"portal"_s, tr("Open the portal at <url> and remember it."), tr("url"));
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Keep all data (log, settings, browser profile) in <dir>."), tr("dir"));
    const QCommandLineOption config(u"config"_s, tr("Read portal and sign-in settings from the INI <file>."),
                                    tr("file"));
    const QCommandLineOption handler(
        u"handler-origin"_s, tr("Listen to the worker frame of this telephony app <origin> (this run only)."),
        tr("origin"));
    const QCommandLineOption verbose(u"verbose"_s, tr("Write debug messages to the diagnostics log."));
    const QCommandLineOption minimized(
        u"minimized"_s,
        tr("Start in the system tray (minimised where there is no tray), as when starting "
           "with the session."));
    const QCommandLineOption exportLog(
        u"export-log"_s, tr("Export the event log to <file> (\"-\" for standard output) and exit."),
        tr("file"));
    const QCommandLineOption format(
        u"format"_s,
        tr("Export format: csv, jsonl or excel (default csv); report format: html or csv (default html)."),
        tr("format"));
    const QCommandLineOption report(u"report"_s,
                                    tr("Write the report of calls and transfers on <date> (YYYY-MM-DD, local "
                                       "time) to standard output and exit."),
                                    tr("date"));
    const QCommandLineOption reportLog(
        u"log"_s, tr("With --report: read this JSON Lines export instead of the data folder's log."),
        tr("file"));
    const QCommandLineOption since(
        u"since"_s, tr("Export events from this local date (2026-11-24) or ISO date-time on."), tr("date"));
    const QCommandLineOption until(
        u"until"_s, tr("Export events up to this local date (the whole day) or ISO date-time."), tr("date"));
    const QCommandLineOption outcome(
        u"outcome"_s,
        tr("Export only the transfers with this <outcome>: completed, cancelled, superseded, unknown or "
           "pending (default: any)."),
        tr("outcome"));
    const QCommandLineOption secret(
        u"set-client-secret"_s,
        tr("Read the OAuth client secret from standard input into the keychain and exit."));
    QList<QCommandLineOption> known{help, version, portal};
#if OPC_WITH_DEMO
    // A build without the demo portal has no --demo at all: it is an unknown option there.
    const QCommandLineOption demo(u"demo"_s, tr("Open the built-in demo portal (offline)."));
    known << demo;
#endif
    known << QList{dataDir, config, handler, verbose, minimized, exportLog, format,
                   since,   until,  outcome, report,  reportLog, secret};
    parser.addOptions(known);
    options.helpText = helpText(parser.helpText());

    if (!parser.parse(args)) {
        options.action = CommandLineOptions::Action::Error;
        options.error = parser.errorText();
        return options;
    }
    const auto fail = [&options](const QString &message) {
        options.action = CommandLineOptions::Action::Error;
        options.error = message;
        return options;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        return options;
    }

#if OPC_WITH_DEMO
    options.demo = parser.isSet(demo);
#endif
    options.dataDir = parser.value(dataDir);
    options.configFile = parser.value(config);
    options.verbose = parser.isSet(verbose);
    options.minimized = parser.isSet(minimized);
    if (parser.isSet(dataDir) && options.dataDir.trimmed().isEmpty())
        return fail(tr("--data-dir needs a directory."));
    if (parser.isSet(portal)) {
        if (options.demo)
            return fail(tr("Use either --portal or --demo, not both."));
        const auto address = PortalAddress::parse(parser.value(portal));
        if (!address.isValid())
            return fail(tr("Invalid --portal: %1").arg(address.error));
        options.portal = address.url;
    }
    if (parser.isSet(handler)) {
        const auto origin = WebOrigin::parse(parser.value(handler));
        if (!origin.isValid() || origin.origin.isEmpty())
            return fail(tr("Invalid --handler-origin: %1")
                            .arg(origin.isValid() ? tr("expected scheme://host[:port].") : origin.error));
        options.handlerOrigin = origin.origin.toString();
    }

    if (parser.isSet(report)) {
        if (parser.isSet(exportLog) || parser.isSet(secret) || parser.isSet(since) || parser.isSet(until) ||
            parser.isSet(outcome))
            return fail(tr("--report goes with --format, --log and --data-dir only."));
        options.action = CommandLineOptions::Action::Report;
        options.reportDate = parser.value(report);
        options.exportFormat = parser.value(format);
        options.reportLog = parser.value(reportLog);
        return options;
    }
    if (parser.isSet(reportLog))
        return fail(tr("--log goes with --report."));
    const bool exporting = parser.isSet(exportLog);
    if (!exporting &&
        (parser.isSet(format) || parser.isSet(since) || parser.isSet(until) || parser.isSet(outcome)))
        return fail(tr("--format, --since, --until and --outcome go with --export-log."));
    if (exporting && parser.isSet(secret))
        return fail(tr("Use either --export-log or --set-client-secret, not both."));
    if (exporting) {
        options.action = CommandLineOptions::Action::ExportLog;
        options.exportFile = parser.value(exportLog);
        // Empty: the export picks by the file's suffix (.jsonl), else CSV.
        options.exportFormat = parser.value(format);
        options.since = parser.value(since);
        options.until = parser.value(until);
        options.outcome = parser.value(outcome);
        if (options.exportFile.isEmpty())
            return fail(tr("--export-log needs a file name or \"-\"."));
    } else if (parser.isSet(secret)) {
        options.action = CommandLineOptions::Action::SetClientSecret;
    }
    return options;
}

} // namespace opc
