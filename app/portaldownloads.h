#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWebEngineDownloadRequest;
class QWebEngineProfile;
class QWidget;

namespace opc {

class DownloadList;
class DownloadsDialog;

// Every download of a portal goes through a save dialog (QtWebEngine 6.4 decides on a download
// while the signal is delivered, so the dialog is modal) and into the downloads list. Nothing is
// saved without the operator choosing where.
class PortalDownloads : public QObject
{
    Q_OBJECT

public:
    // Returns the chosen file path, empty for "don't save". Tests answer without a dialog.
    using Chooser = std::function<QString(const QString &suggestedPath)>;

    explicit PortalDownloads(QWidget *window);

    // Downloads of `profile` from now on (one profile at a time: the current portal's).
    void watch(QWebEngineProfile *profile);
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

    DownloadList *list() const { return m_list; }
    DownloadsDialog *dialog();
    QAction *showAction() const { return m_show; }

signals:
    void started(const QString &fileName);
    void finished(const QString &fileName, bool ok);

private:
    void onRequested(QWebEngineDownloadRequest *download);
    QString suggestedPath(QWebEngineDownloadRequest *download) const;

    QWidget *m_window;
    QPointer<QWebEngineProfile> m_profile;
    DownloadList *m_list;
    QPointer<DownloadsDialog> m_dialog;
    QAction *m_show;
    Chooser m_chooser;
    QString m_lastFolder;
};

} // namespace opc
