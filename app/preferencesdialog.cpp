#include "preferencesdialog.h"

#include "config/consolesettings.h"
#include "config/sessionautostart.h"
#include "protocol/weborigin.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {
constexpr int kDefaultDays = 90;
constexpr int kMaxDays = 3650;
} // namespace

PreferencesDialog::OriginCheck PreferencesDialog::checkHandlerOrigin(const QString &input)
{
    const auto result = WebOrigin::parse(input);
    return {result.origin.toString(), result.error};
}

PreferencesDialog::PreferencesDialog(ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_forever(new QRadioButton(tr("Forever"), this))
    , m_keepDays(new QRadioButton(tr("For"), this))
    , m_days(new QSpinBox(this))
    , m_daysLabel(new QLabel(this))
    , m_notify(new QCheckBox(tr("Notify me of transfers"), this))
    , m_origin(new QLineEdit(this))
    , m_originError(new QLabel(this))
    , m_autostart(new QCheckBox(tr("Start with my session"), this))
    , m_startInTray(new QCheckBox(tr("Start in the system tray"), this))
    , m_closeAction(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(440);

    auto *retentionGroup = new QButtonGroup(this);
    retentionGroup->addButton(m_forever);
    retentionGroup->addButton(m_keepDays);
    m_days->setRange(1, kMaxDays);
    m_days->setAccessibleName(tr("Days to keep events"));
    const int days = m_settings->retentionDays();
    m_days->setValue(days > 0 ? qMin(days, kMaxDays) : kDefaultDays);
    (days > 0 ? m_keepDays : m_forever)->setChecked(true);
    m_days->setEnabled(days > 0);
    updateDaysLabel();
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_forever);
    retentionRow->addSpacing(12);
    retentionRow->addWidget(m_keepDays);
    retentionRow->addWidget(m_days);
    retentionRow->addWidget(m_daysLabel);
    retentionRow->addStretch(1);
    auto *retentionHint =
        new QLabel(tr("Older events are deleted from the log on this computer. Exports you saved are "
                      "not affected."),
                   this);
    retentionHint->setWordWrap(true);

    m_notify->setChecked(m_settings->notifyTransfers());

    m_origin->setObjectName(u"handlerOrigin"_s);
    m_origin->setPlaceholderText(u"https://telephony.example.com"_s);
    m_origin->setText(m_settings->handlerOrigin());
    m_originError->setObjectName(u"handlerOriginError"_s);
    m_originError->setWordWrap(true);
    m_originError->setStyleSheet(u"color: #b00020;"_s);
    m_originError->hide();
    auto *originHint =
        new QLabel(tr("Listen only to the background worker of this telephony app. Leave empty to listen "
                      "to the first one on the portal. Applies when the portal page is next loaded."),
                   this);
    originHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Keep events:"), retentionRow);
    form->addRow(QString(), retentionHint);
    form->addRow(QString(), m_notify);
    form->addRow(tr("Telephony app handler origin (optional):"), m_origin);
    form->addRow(QString(), m_originError);
    form->addRow(QString(), originHint);
    form->addRow(tr("Start:"), buildStartSection());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_keepDays, &QRadioButton::toggled, m_days, &QSpinBox::setEnabled);
    connect(m_days, &QSpinBox::valueChanged, this, &PreferencesDialog::updateDaysLabel);
    connect(m_origin, &QLineEdit::textChanged, this, &PreferencesDialog::validateOrigin);
    validateOrigin();
}

QString PreferencesDialog::errorText() const
{
    return m_originError->isHidden() ? QString() : m_originError->text();
}

void PreferencesDialog::validateOrigin()
{
    const OriginCheck check = checkHandlerOrigin(m_origin->text());
    m_originError->setText(check.error);
    m_originError->setVisible(!check.isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check.isValid());
}

void PreferencesDialog::updateDaysLabel()
{
    m_daysLabel->setText(tr("day(s)", nullptr, m_days->value()));
}

QLayout *PreferencesDialog::buildStartSection()
{
    const SessionAutostart::State autostart = SessionAutostart::state();
    m_autostart->setChecked(autostart.enabled);
    m_startInTray->setChecked(autostart.minimized);
    m_startInTray->setEnabled(autostart.enabled);
    connect(m_autostart, &QCheckBox::toggled, m_startInTray, &QCheckBox::setEnabled);
    m_startInTray->setToolTip(tr("When started with the session, only the tray icon appears (minimised "
                                 "where the desktop has no tray)."));

    using Action = ConsoleSettings::CloseAction;
    m_closeAction->addItem(tr("Ask me"), QVariant::fromValue(Action::Ask));
    m_closeAction->addItem(tr("Keep running in the tray"), QVariant::fromValue(Action::HideToTray));
    m_closeAction->addItem(tr("Quit"), QVariant::fromValue(Action::Quit));
    m_closeAction->setCurrentIndex(m_closeAction->findData(QVariant::fromValue(m_settings->closeAction())));
    m_closeAction->setAccessibleName(tr("When the window is closed while a telephony app is attached"));

    auto *indented = new QHBoxLayout;
    indented->addSpacing(20);
    indented->addWidget(m_startInTray);
    auto *column = new QVBoxLayout;
    column->addWidget(m_autostart);
    column->addLayout(indented);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(new QLabel(tr("Closing the window while a telephony app is attached:"), this));
    closeRow->addWidget(m_closeAction);
    closeRow->addStretch(1);
    column->addLayout(closeRow);
    return column;
}

bool PreferencesDialog::applyAutostart()
{
    const SessionAutostart::State before = SessionAutostart::state();
    QString error;
    bool ok = true;
    if (m_autostart->isChecked()) {
        // The data folder is the one of the settings file; rewritten each time so that the entry
        // follows a moved AppImage.
        const QString dataDir = QFileInfo(m_settings->fileName()).absolutePath();
        ok =
            SessionAutostart::enable(SessionAutostart::entryFor(dataDir, m_startInTray->isChecked()), &error);
    } else if (before.enabled) {
        ok = SessionAutostart::disable(&error);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Start with my session"), error);
    return ok;
}

void PreferencesDialog::accept()
{
    const OriginCheck check = checkHandlerOrigin(m_origin->text());
    if (!check.isValid()) {
        validateOrigin();
        m_origin->setFocus();
        return;
    }
    m_settings->setRetentionDays(m_keepDays->isChecked() ? m_days->value() : 0);
    m_settings->setNotifyTransfers(m_notify->isChecked());
    m_settings->setHandlerOrigin(check.origin);
    const auto closeAction = m_closeAction->currentData().value<ConsoleSettings::CloseAction>();
    if (closeAction != m_settings->closeAction())
        m_settings->setCloseAction(closeAction);
    if (!applyAutostart())
        return;
    QDialog::accept();
}

} // namespace opc
