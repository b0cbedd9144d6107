#include "logexporter.h"

#include "csveventwriter.h"
#include "eventquery.h"
#include "eventschema.h"
#include "excelcsveventwriter.h"
#include "jsonlineseventwriter.h"
#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace opc {

std::optional<LogExporter::Format> LogExporter::formatFromName(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"jsonl")
        return Format::JsonLines;
    if (name == u"excel")
        return Format::ExcelCsv;
    return std::nullopt;
}

LogExporter::LogExporter(const QString &databasePath)
    : m_path(databasePath)
{
}

LogExporter::Result LogExporter::run(QIODevice &out, Format format, const EventFilter &filter)
{
    Result result;
    if (!QFileInfo::exists(m_path)) {
        result.error = tr("No event log at %1.").arg(m_path);
        return result;
    }
    SqlConnection connection(m_path, SqlConnection::Mode::ReadOnly);
    QSqlError error;
    const int version = connection.open() ? EventSchema::userVersion(connection.database(), &error) : -1;
    if (version < 0) {
        result.error = tr("Cannot read the event log %1: %2")
                           .arg(m_path, (error.isValid() ? error : connection.lastError()).text());
        return result;
    }
    if (version < EventSchema::oldestReadableVersion || version > EventSchema::currentVersion) {
        // Read-only: an older file is upgraded by starting the console, a newer one needs a newer console.
        result.error = tr("The event log %1 has schema version %2; this version reads %3.")
                           .arg(m_path)
                           .arg(version)
                           .arg(EventSchema::currentVersion);
        return result;
    }

    EventQuery query(connection.database(), version);
    const qint64 total = query.count(filter);
    std::unique_ptr<EventWriter> writer;
    switch (format) {
    case Format::Csv:
        writer = std::make_unique<CsvEventWriter>(&out);
        break;
    case Format::JsonLines:
        writer = std::make_unique<JsonLinesEventWriter>(&out);
        break;
    case Format::ExcelCsv:
        // Names and extensions of user targets from the directory's cache in the same file.
        writer = std::make_unique<ExcelCsvEventWriter>(&out, QLocale(),
                                                       CachedEmployees::read(connection.database()));
        break;
    }
    writer->writeHeader();

    EventPageKey key = EventPageKey::oldest();
    CallCardEvent last;
    for (;;) {
        if (m_cancelled) {
            result.cancelled = true;
            break;
        }
        const int read = query.visit(filter, key, m_chunkSize, EventQuery::Order::OldestFirst,
                                     [&](const CallCardEvent &event) {
                                         writer->write(event);
                                         last = event;
                                     });
        if (read < 0) {
            result.error = tr("Cannot read the event log: %1").arg(query.lastError().text());
            return result;
        }
        result.rows += read;
        key = EventPageKey::of(last);
        if (writer->hasError())
            break;
        if (m_progress)
            m_progress(result.rows, qMax(total, result.rows));
        if (read < m_chunkSize)
            break;
    }
    if (!writer->finish()) {
        result.error = tr("Cannot write the export: %1").arg(out.errorString());
        return result;
    }
    result.ok = !result.cancelled;
    qCDebug(lcStore) << "exported" << result.rows << "events" << (result.cancelled ? "(cancelled)" : "");
    return result;
}

} // namespace opc
