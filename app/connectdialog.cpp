#include "connectdialog.h"

#include "config/portaladdress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

ConnectDialog::ConnectDialog(const QUrl &current, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to portal"));
    m_edit->setPlaceholderText(u"https://example.bitrix24.com"_s);
    m_edit->setText(current.toString());
    m_edit->setMinimumWidth(380);
    m_error->setWordWrap(true);
    m_error->setObjectName(u"connectError"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *hint =
        new QLabel(tr("Your Bitrix24 address, as in your browser: https://<name>.bitrix24.com, or the "
                      "address of your company's own Bitrix24 server."),
                   this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Portal address:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ConnectDialog::accept()
{
    const auto result = PortalAddress::parse(m_edit->text());
    if (!result.isValid()) {
        m_error->setText(result.error);
        m_error->show();
        m_edit->setFocus();
        return;
    }
    m_url = result.url;
    QDialog::accept();
}

} // namespace opc
