#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

AboutDialog::AboutDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Operator Console"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(tr("<b>Operator Console for Bitrix24</b> %1<br>Shows your portal and records every "
                     "call-card event, transfers first.<br>Data folder: %2")
                      .arg(QApplication::applicationVersion(), dataDir.toHtmlEscaped()) +
                  u"<br><br>"_s +
                  tr("Free software under the MIT License. It uses Qt under the GNU LGPL version 3 "
                     "and other components under their own licenses; see the third-party notices."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_license = buttons->addButton(tr("&License…"), QDialogButtonBox::ActionRole);
    m_notices = buttons->addButton(tr("&Third-party notices…"), QDialogButtonBox::ActionRole);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_license, &QPushButton::clicked, this,
            [this] { showDocument(u"licenseDocument"_s, tr("License"), licenseText(), false); });
    connect(m_notices, &QPushButton::clicked, this, [this] {
        showDocument(u"noticesDocument"_s, tr("Third-party notices"), thirdPartyNotices(), true);
    });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

QString AboutDialog::licenseText()
{
    return resourceText(u":/legal/LICENSE"_s);
}

QString AboutDialog::thirdPartyNotices()
{
    return resourceText(u":/legal/third-party-notices.md"_s);
}

void AboutDialog::showDocument(const QString &name, const QString &title, const QString &text, bool markdown)
{
    if (auto *open = findChild<QDialog *>(name)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    if (markdown)
        browser->setMarkdown(text);
    else
        browser->setPlainText(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
}

} // namespace opc
