#include "downloadsdialog.h"

#include "portal/downloadlist.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QListView>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

DownloadsDialog::DownloadsDialog(DownloadList *list, QWidget *parent)
    : QDialog(parent)
    , m_list(list)
    , m_view(new QListView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_folder(new QPushButton(tr("Show in &folder"), this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"downloadsDialog"_s);
    setWindowTitle(tr("Downloads"));
    resize(460, 280);
    m_view->setModel(list);
    m_view->setObjectName(u"downloadsList"_s);
    m_open->setObjectName(u"openDownload"_s);
    m_folder->setObjectName(u"showDownloadFolder"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_folder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_list->isFinished(currentRow()))
            m_opener(QUrl::fromLocalFile(m_list->filePath(currentRow())));
    });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        const QString path = m_list->filePath(currentRow());
        if (!path.isEmpty())
            m_opener(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DownloadsDialog::updateButtons);
    connect(list, &QAbstractItemModel::dataChanged, this, &DownloadsDialog::updateButtons);
    connect(list, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->setCurrentIndex(m_list->index(0));
        updateButtons();
    });
    if (list->rowCount() > 0)
        m_view->setCurrentIndex(list->index(0));
    updateButtons();
}

int DownloadsDialog::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void DownloadsDialog::updateButtons()
{
    m_open->setEnabled(m_list->isFinished(currentRow()));
    m_folder->setEnabled(!m_list->filePath(currentRow()).isEmpty());
}

} // namespace opc
