#include "connectdialog.h"

#include "config/portaladdress.h"
#include "console/console.h"
#include "portal/portalsession.h"
#include "portal/portaltrial.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(const QUrl &current, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_error(wrappingLabel(this, u"connectError"_s))
    , m_suggest(new QPushButton(this))
    , m_status(wrappingLabel(this, u"connectStatus"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_useAnyway(m_buttons->addButton(tr("Use it anyway"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Connect to portal"));
    m_edit->setPlaceholderText(u"https://example.bitrix24.com"_s);
    m_edit->setText(current.toString());
    m_edit->setMinimumWidth(380);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_suggest->setObjectName(u"connectSuggestion"_s);
    m_suggest->hide();
    m_status->hide();
    m_useAnyway->setObjectName(u"useAnyway"_s);
    m_useAnyway->hide();
    connectButton()->setText(tr("Connect"));

    auto *hint = wrappingLabel(this, u"connectHint"_s);
    hint->setText(tr("Your Bitrix24 address, as in your browser: https://<name>.bitrix24.com, or the "
                     "address of your company's own Bitrix24 server."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Portal address:"), m_edit);
    auto *suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_suggest);
    suggestRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    // Grows (never shrinks below) what its wrapped messages need.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(suggestRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_error->hide();
        m_suggest->hide();
    });
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        m_edit->setText(m_suggestion.toString());
        accept();
    });
    connect(m_useAnyway, &QPushButton::clicked, this, [this] {
        if (!m_console || !m_trial)
            return;
        m_url = m_trial->url();
        m_console->adoptTrial();
        QDialog::accept();
    });
}

ConnectDialog::~ConnectDialog()
{
    if (m_console && m_trial)
        m_console->cancelTrial();
}

void ConnectDialog::setConsole(Console *console)
{
    m_console = console;
}

QPushButton *ConnectDialog::connectButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString ConnectDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

bool ConnectDialog::isTrying() const
{
    return m_trial && !m_trial->isFinished();
}

void ConnectDialog::accept()
{
    if (isTrying())
        return;
    const auto result = PortalAddress::parse(m_edit->text());
    m_status->hide();
    m_useAnyway->hide();
    if (!result.isValid()) {
        showError(result.error);
        m_suggestion = result.suggestion;
        if (!m_suggestion.isEmpty()) {
            m_suggest->setText(tr("Use %1").arg(m_suggestion.host()));
            m_suggest->show();
        }
        m_edit->setFocus();
        fitContents();
        return;
    }
    m_error->hide();
    m_suggest->hide();
    m_url = result.url;
    m_edit->setText(m_url.toString()); // what is tried, e.g. without the pasted page's query
    if (!m_console) {
        QDialog::accept();
        return;
    }
    m_trial = m_console->tryPortal(m_url);
    if (!m_trial) { // another page of the current portal: opened at once
        QDialog::accept();
        return;
    }
    connect(m_trial, &PortalTrial::finished, this, &ConnectDialog::onTrialFinished);
    showStatus(tr("Opening %1…").arg(m_url.host()), false);
    setBusy(true);
}

void ConnectDialog::onTrialFinished(bool ok)
{
    setBusy(false);
    if (ok) { // the console has switched to it and remembers it
        QDialog::accept();
        return;
    }
    const QString current = currentPortalName();
    const QString stays =
        current.isEmpty() ? QString() : u" "_s + tr("The console stays on %1.").arg(current);
    // The cause names the host itself ("127.0.0.1 refused the connection…").
    showStatus(m_trial->problemText() + stays + u" "_s +
                   tr("Check the address and connect again, or use it anyway."),
               true);
    m_useAnyway->show();
    fitContents();
}

void ConnectDialog::reject()
{
    if (m_console && m_trial)
        m_console->cancelTrial();
    QDialog::reject();
}

QString ConnectDialog::currentPortalName() const
{
    const PortalSession *session = m_console ? m_console->session() : nullptr;
    if (!session)
        return {};
    return session->isDemo() ? tr("the demo portal") : session->origin().host();
}

void ConnectDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ConnectDialog::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_status->setText(text);
    m_status->show();
    fitContents();
}

void ConnectDialog::setBusy(bool busy)
{
    m_edit->setReadOnly(busy);
    connectButton()->setEnabled(!busy);
}

void ConnectDialog::fitContents()
{
    // A wrapped label's height depends on its width: let the layout ask again, then grow.
    layout()->activate();
    const QSize needed = sizeHint().expandedTo(minimumSizeHint());
    if (needed.height() > height() || needed.width() > width())
        resize(size().expandedTo(needed));
}

} // namespace opc
