#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QTextStream;

namespace opc {

// `operator-console --data-dir DIR --export-log FILE|- --format csv|jsonl|excel [--since D] [--until D]
// [--outcome O]`:
// exports the event log without a window or web engine. Call it before QApplication exists; it
// creates a QCoreApplication for Qt SQL if there is none. Works while a console runs on the same
// directory (read-only WAL reader) and after one crashed.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(opc::ExportCommand)

public:
    enum ExitCode { Success = 0, Failure = 1, BadArgument = 2 };

    // file: a path (written atomically with QSaveFile) or "-" for stdout. format: csv, jsonl, excel (the
    // spreadsheet CSV, in the system locale), or empty to pick by the file's suffix (.jsonl, else CSV).
    // Errors go to err as one line.
    static int run(const QString &dataDir, const QString &file, const QString &format, const QString &since,
                   const QString &until, QTextStream &err);
    // outcome: a transfer outcome's stored name (completed, cancelled, superseded, unknown, pending)
    // to export those transfers only; empty or "any" for every event.
    static int run(const QString &dataDir, const QString &file, const QString &format, const QString &since,
                   const QString &until, const QString &outcome, QTextStream &err);

    // "2026-11-24" or an ISO 8601 date-time. Plain dates and times without an offset are local, as the
    // panel's days and the spreadsheet's times are; "Z" or "+03:00" say otherwise. A plain date means
    // the start of that local day, or with endOfDay (for --until) its last millisecond, so
    // `--since D --until D` exports the whole local day D.
    static std::optional<QDateTime> parseTime(const QString &text, bool endOfDay);
};

} // namespace opc
