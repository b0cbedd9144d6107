#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QWebEngineDownloadRequest>

namespace opc {

// The downloads of this run, newest first: file name, where it went, and how far it got. Rows keep
// their text after the download object is gone.
class DownloadList : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { FilePathRole = Qt::UserRole + 1, StateRole, FinishedRole };

    explicit DownloadList(QObject *parent = nullptr);

    // An accepted download (its directory and file name already set).
    void add(QWebEngineDownloadRequest *download);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString filePath(int row) const;
    bool isFinished(int row) const;

private:
    struct Row
    {
        QPointer<QWebEngineDownloadRequest> download;
        QString filePath;
        QWebEngineDownloadRequest::DownloadState state = QWebEngineDownloadRequest::DownloadRequested;
        qint64 received = 0;
        qint64 total = -1;
        QString interruption;
    };
    void update(QWebEngineDownloadRequest *download);
    QString statusText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace opc
