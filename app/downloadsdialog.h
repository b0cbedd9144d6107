#pragma once

#include <QDialog>

#include <functional>

class QListView;
class QPushButton;

namespace opc {

class DownloadList;

// The small list of this run's downloads: open a finished file, or show the folder it is in.
class DownloadsDialog : public QDialog
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &)>;

    DownloadsDialog(DownloadList *list, QWidget *parent = nullptr);

    // Opens files and folders (QDesktopServices by default; tests record instead).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    QListView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *folderButton() const { return m_folder; }

private:
    void updateButtons();
    int currentRow() const;

    DownloadList *m_list;
    QListView *m_view;
    QPushButton *m_open;
    QPushButton *m_folder;
    Opener m_opener;
};

} // namespace opc
