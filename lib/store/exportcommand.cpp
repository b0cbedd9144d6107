#include "exportcommand.h"

#include "eventstore.h"
#include "logexporter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

} // namespace

std::optional<QDateTime> ExportCommand::parseTime(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return (endOfDay ? date.endOfDay() : date.startOfDay()).toUTC();
    // Without an offset Qt reads the time as local time.
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

int ExportCommand::run(const QString &dataDir, const QString &file, const QString &format,
                       const QString &since, const QString &until, QTextStream &err)
{
    return run(dataDir, file, format, since, until, {}, err);
}

int ExportCommand::run(const QString &dataDir, const QString &file, const QString &format,
                       const QString &since, const QString &until, const QString &outcome, QTextStream &err)
{
    // Qt SQL loads its driver through the application's plugin paths, so it needs an application object.
    static int argc = 1;
    static char name[] = "operator-console";
    static char *argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);

    const auto fail = [&err](ExitCode code, const QString &message) {
        err << u"operator-console: "_s << message << Qt::endl;
        return int(code);
    };

    if (dataDir.isEmpty())
        return fail(BadArgument, tr("--export-log needs --data-dir."));
    if (file.isEmpty())
        return fail(BadArgument, tr("--export-log needs a file name or - for standard output."));
    QString formatName = format.trimmed().toLower();
    if (formatName.isEmpty())
        formatName = file.endsWith(u".jsonl"_s, Qt::CaseInsensitive) ? u"jsonl"_s : u"csv"_s;
    const auto exportFormat = LogExporter::formatFromName(formatName);
    if (!exportFormat)
        return fail(BadArgument, tr("Unknown export format \"%1\"; use csv, jsonl or excel.").arg(format));

    EventFilter filter;
    if (!since.isEmpty()) {
        const auto time = parseTime(since, false);
        if (!time)
            return fail(BadArgument, tr("Invalid --since date \"%1\"; use e.g. 2026-11-24.").arg(since));
        filter.since = *time;
    }
    if (!until.isEmpty()) {
        const auto time = parseTime(until, true);
        if (!time)
            return fail(BadArgument, tr("Invalid --until date \"%1\"; use e.g. 2026-11-24.").arg(until));
        filter.until = *time;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.since > filter.until)
        return fail(BadArgument, tr("--since is after --until."));
    if (const QString wanted = outcome.trimmed().toLower(); !wanted.isEmpty() && wanted != u"any") {
        filter.outcome = TransferOutcomes::fromName(wanted);
        if (filter.outcome == TransferOutcome::None)
            return fail(BadArgument,
                        tr("Unknown --outcome \"%1\"; use completed, cancelled, superseded, "
                           "unknown or pending.")
                            .arg(outcome));
    }

    const QString databasePath = EventStore::databasePath(dataDir);
    if (!QFileInfo(databasePath).isFile())
        return fail(BadArgument, tr("No event log in %1.").arg(dataDir));

    LogExporter exporter(databasePath);
    if (file == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(Failure, tr("Cannot write to standard output."));
        const auto result = exporter.run(out, *exportFormat, filter);
        out.flush();
        return result.ok ? int(Success) : fail(Failure, result.error);
    }

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(BadArgument, tr("Cannot write %1: %2").arg(file, out.errorString()));
    const auto result = exporter.run(out, *exportFormat, filter);
    if (!result.ok)
        return fail(Failure, result.error);
    if (!out.commit())
        return fail(Failure, tr("Cannot write %1: %2").arg(file, out.errorString()));
    return Success;
}

} // namespace opc
