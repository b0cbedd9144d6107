#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace opc {

// `operator-console --report DATE [--format html|csv] [--log FILE.jsonl] [--data-dir DIR]`: the daily
// report (DailyReport) on standard output, without a window: from the data folder's event log (read
// only, also while a console runs), or from a JSON Lines export another desktop wrote. DATE is a day
// in this computer's time zone ("2026-11-24").
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(opc::ReportCommand)

public:
    enum ExitCode { Success = 0, Failure = 1, BadArgument = 2 };

    static int run(const QString &dataDir, const QString &date, const QString &format, const QString &logFile,
                   QTextStream &err);
};

} // namespace opc
