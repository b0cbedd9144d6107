#include "exportjob.h"

#include <QSaveFile>

namespace opc {

ExportJob::ExportJob(const QString &databasePath, const QString &filePath, LogExporter::Format format,
                     const EventFilter &filter, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_format(format)
    , m_filter(filter)
    , m_exporter(databasePath)
{
    // Called in the worker thread; the signal is queued to the receivers' thread.
    m_exporter.setProgressCallback([this](qint64 done, qint64 total) { emit progress(done, total); });
}

ExportJob::~ExportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::cancel()
{
    m_exporter.cancel();
}

void ExportJob::start()
{
    if (isRunning())
        return;
    m_thread.reset(QThread::create([this] {
        QSaveFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            emit finished(false, false, tr("Cannot write %1: %2").arg(m_filePath, file.errorString()), 0);
            return;
        }
        auto result = m_exporter.run(file, m_format, m_filter);
        if (result.ok && !file.commit()) {
            result.ok = false;
            result.error = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        } else if (!result.ok) {
            file.cancelWriting();
        }
        emit finished(result.ok, result.cancelled, result.error, result.rows);
    }));
    m_thread->start();
}

} // namespace opc
