#pragma once

#include "eventfilter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace opc {

// Streams the event log (or the rows matching a filter) to a device as CSV, JSON Lines or the
// spreadsheet CSV (ExcelCsvEventWriter), oldest first, in chunks. It opens its own read-only connection in
// the calling thread, so it can run in a worker thread and while a console writes to the same file (WAL
// readers do not block the writer).
class LogExporter
{
    Q_DECLARE_TR_FUNCTIONS(opc::LogExporter)

public:
    enum class Format { Csv, JsonLines, ExcelCsv };
    // "csv", "jsonl" or "excel".
    static std::optional<Format> formatFromName(QStringView name);

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error; // user-visible, one line
    };
    // Called after each chunk with rows written so far and the total expected.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit LogExporter(const QString &databasePath);

    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // Thread-safe; run() stops after the current chunk and reports cancelled.
    void cancel() { m_cancelled = true; }

    Result run(QIODevice &out, Format format, const EventFilter &filter = {});

private:
    QString m_path;
    int m_chunkSize = 5000;
    Progress m_progress;
    std::atomic_bool m_cancelled{false};
};

} // namespace opc
