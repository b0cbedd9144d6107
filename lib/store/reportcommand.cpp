#include "reportcommand.h"

#include "dailyreport.h"
#include "eventschema.h"
#include "eventstore.h"
#include "reportwriter.h"
#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace opc {

int ReportCommand::run(const QString &dataDir, const QString &date, const QString &format,
                       const QString &logFile, QTextStream &err)
{
    // The whole text: Qt's ISO parser would also take "2026-11-24x".
    const QString text = date.trimmed();
    const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid()) {
        err << tr("Invalid --report date: %1 (expected YYYY-MM-DD).").arg(date) << Qt::endl;
        return BadArgument;
    }
    const QString kind = format.isEmpty() ? u"html"_s : format.toLower();
    if (kind != u"html"_s && kind != u"csv"_s) {
        err << tr("Unknown report format: %1 (use html or csv).").arg(format) << Qt::endl;
        return BadArgument;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    DailyReport report;
    QString error;
    if (!logFile.isEmpty()) {
        QFile file(logFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(logFile, file.errorString()) << Qt::endl;
            return Failure;
        }
        report = DailyReport::fromJsonLines(file, day, zone, &error);
    } else {
        const QString path = EventStore::databasePath(dataDir);
        if (!QFileInfo::exists(path)) {
            err << tr("No event log at %1.").arg(path) << Qt::endl;
            return Failure;
        }
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        QSqlError sqlError;
        const int version =
            connection.open() ? EventSchema::userVersion(connection.database(), &sqlError) : -1;
        if (version < EventSchema::oldestReadableVersion || version > EventSchema::currentVersion) {
            err << tr("Cannot read the event log %1 (schema version %2).").arg(path).arg(version) << Qt::endl;
            return Failure;
        }
        report = DailyReport::fromDatabase(connection.database(), version, day, zone, &error);
    }
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return Failure;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failure;
    out.write(kind == u"csv"_s ? ReportWriter::csv(report) : ReportWriter::html(report).toUtf8());
    out.flush();
    return Success;
}

} // namespace opc
