#include "portaldownloads.h"

#include "downloadsdialog.h"
#include "portal/downloadlist.h"
#include "protocol/logging.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

namespace opc {

PortalDownloads::PortalDownloads(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_list(new DownloadList(this))
    , m_show(new QAction(tr("&Downloads"), this))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
{
    m_show->setObjectName(u"showDownloads"_s);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_show, &QAction::triggered, this, [this] {
        dialog()->show();
        dialog()->raise();
    });
    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Save file"), suggested);
    };
}

void PortalDownloads::watch(QWebEngineProfile *profile)
{
    if (m_profile)
        disconnect(m_profile, nullptr, this, nullptr);
    m_profile = profile;
    if (profile)
        connect(profile, &QWebEngineProfile::downloadRequested, this, &PortalDownloads::onRequested);
}

DownloadsDialog *PortalDownloads::dialog()
{
    if (!m_dialog)
        m_dialog = new DownloadsDialog(m_list, m_window);
    return m_dialog;
}

QString PortalDownloads::suggestedPath(QWebEngineDownloadRequest *download) const
{
    QString name = download->downloadFileName();
    if (download->isSavePageDownload() && download->page()) {
        // "Save page": a single MHTML file named after the page.
        QString title = download->page()->title().simplified();
        title.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
        name = (title.isEmpty() ? u"page"_s : title.left(80)) + u".mhtml"_s;
    }
    return QDir(m_lastFolder).filePath(name.isEmpty() ? u"download"_s : name);
}

void PortalDownloads::onRequested(QWebEngineDownloadRequest *download)
{
    if (download->state() != QWebEngineDownloadRequest::DownloadRequested)
        return;
    if (download->isSavePageDownload())
        download->setSavePageFormat(QWebEngineDownloadRequest::MimeHtmlSaveFormat);
    const QString path = m_chooser(suggestedPath(download));
    if (path.isEmpty()) {
        qCInfo(lcApp) << "download not saved: the operator cancelled";
        download->cancel();
        return;
    }
    const QFileInfo target(path);
    m_lastFolder = target.absolutePath();
    download->setDownloadDirectory(target.absolutePath());
    download->setDownloadFileName(target.fileName());
    download->accept();
    m_list->add(download);
    qCInfo(lcApp) << "downloading" << download->url().host() << "to a file the operator chose";
    emit started(target.fileName());
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this, [this, download] {
        if (download->isFinished())
            emit finished(download->downloadFileName(),
                          download->state() == QWebEngineDownloadRequest::DownloadCompleted);
    });
}

} // namespace opc
