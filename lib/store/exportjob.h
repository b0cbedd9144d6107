#pragma once

#include "eventfilter.h"
#include "logexporter.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace opc {

// File > Export for the window: runs a LogExporter in its own thread into a QSaveFile, reports
// progress for a progress dialog and commits the file only if the export completed.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(const QString &databasePath, const QString &filePath, LogExporter::Format format,
              const EventFilter &filter = {}, QObject *parent = nullptr);
    // Cancels a running export and waits for its thread.
    ~ExportJob() override;

    void setChunkSize(int rows) { m_exporter.setChunkSize(rows); }
    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    // ok: the file was written completely; cancelled: the user stopped it and no file was written.
    void finished(bool ok, bool cancelled, const QString &error, qint64 rows);

private:
    QString m_filePath;
    LogExporter::Format m_format;
    EventFilter m_filter;
    LogExporter m_exporter;
    std::unique_ptr<QThread> m_thread;
};

} // namespace opc
