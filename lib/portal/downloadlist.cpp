#include "downloadlist.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace opc {

DownloadList::DownloadList(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DownloadList::add(QWebEngineDownloadRequest *download)
{
    beginInsertRows({}, 0, 0);
    Row row;
    row.download = download;
    row.filePath = QDir(download->downloadDirectory()).filePath(download->downloadFileName());
    m_rows.prepend(row);
    endInsertRows();
    const auto changed = [this, download] {
        update(download);
    };
    connect(download, &QWebEngineDownloadRequest::stateChanged, this, changed);
    connect(download, &QWebEngineDownloadRequest::receivedBytesChanged, this, changed);
    connect(download, &QWebEngineDownloadRequest::totalBytesChanged, this, changed);
    update(download);
}

void DownloadList::update(QWebEngineDownloadRequest *download)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.download != download)
            continue;
        row.state = download->state();
        row.received = download->receivedBytes();
        row.total = download->totalBytes();
        if (row.state == QWebEngineDownloadRequest::DownloadInterrupted)
            row.interruption = download->interruptReasonString();
        emit dataChanged(index(i), index(i));
        return;
    }
}

int DownloadList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DownloadList::statusText(const Row &row) const
{
    const QLocale locale;
    switch (row.state) {
    case QWebEngineDownloadRequest::DownloadRequested:
    case QWebEngineDownloadRequest::DownloadInProgress:
        if (row.total > 0)
            return tr("%1 of %2")
                .arg(locale.formattedDataSize(row.received), locale.formattedDataSize(row.total));
        return locale.formattedDataSize(row.received);
    case QWebEngineDownloadRequest::DownloadCompleted:
        return locale.formattedDataSize(row.received);
    case QWebEngineDownloadRequest::DownloadCancelled:
        return tr("Cancelled");
    case QWebEngineDownloadRequest::DownloadInterrupted:
        return tr("Failed: %1").arg(row.interruption);
    }
    return {};
}

QVariant DownloadList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 — %2"_s.arg(QFileInfo(row.filePath).fileName(), statusText(row));
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(row.filePath);
    case FilePathRole:
        return row.filePath;
    case StateRole:
        return int(row.state);
    case FinishedRole:
        return row.state == QWebEngineDownloadRequest::DownloadCompleted;
    default:
        return {};
    }
}

QString DownloadList::filePath(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).filePath : QString();
}

bool DownloadList::isFinished(int row) const
{
    return row >= 0 && row < m_rows.size() &&
        m_rows.at(row).state == QWebEngineDownloadRequest::DownloadCompleted;
}

} // namespace opc
