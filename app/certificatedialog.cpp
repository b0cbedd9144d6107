#include "certificatedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

CertificateDialog::CertificateDialog(const QString &host, const QString &problem,
                                     const CertificateSummary &certificate, bool canTrust, QWidget *parent)
    : QDialog(parent)
    , m_confirm(new QCheckBox(this))
    , m_trust(new QPushButton(tr("Trust this certificate"), this))
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Certificate of %1").arg(host));
    auto *intro = new QLabel(tr("%1 The console refused it.\n\nTrust it only if the portal's administrator "
                                "confirms this fingerprint. Someone between you and the portal could "
                                "otherwise read and change everything, the login included.")
                                 .arg(problem),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    const QLocale locale;
    const auto value = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    auto *fields = new QFormLayout;
    fields->addRow(tr("Subject:"), value(certificate.subject, u"subject"_s));
    fields->addRow(
        tr("Issuer:"),
        value(certificate.selfSigned ? tr("%1 (self-signed)").arg(certificate.issuer) : certificate.issuer,
              u"issuer"_s));
    fields->addRow(
        tr("Valid from:"),
        value(locale.toString(certificate.validFrom.toLocalTime(), QLocale::LongFormat), u"validFrom"_s));
    fields->addRow(
        tr("Valid until:"),
        value(locale.toString(certificate.validUntil.toLocalTime(), QLocale::LongFormat), u"validUntil"_s));
    QLabel *fingerprint = value(certificate.sha256Grouped(), u"fingerprint"_s);
    fingerprint->setFont(QFont(u"monospace"_s));
    fields->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    m_confirm->setObjectName(u"confirmFingerprint"_s);
    m_confirm->setText(tr("I have checked this fingerprint with the portal's administrator"));
    m_confirm->setVisible(canTrust);
    m_trust->setObjectName(u"trustCertificate"_s);
    m_trust->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (canTrust)
        buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    else
        m_trust->hide();
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    if (!canTrust) {
        auto *no = new QLabel(tr("This kind of certificate problem cannot be overridden."), this);
        no->setWordWrap(true);
        layout->addWidget(no);
    }
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
}

} // namespace opc
