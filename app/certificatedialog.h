#pragma once

#include "portal/certificatepolicy.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace opc {

// Shows a certificate the console refused on the portal: subject, issuer, validity and SHA-256
// fingerprint. The operator can trust it for this portal only after confirming that they checked
// the fingerprint (with the portal's administrator); closing it keeps it refused.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString &host, const QString &problem, const CertificateSummary &certificate,
                      bool canTrust, QWidget *parent = nullptr);

    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *trustButton() const { return m_trust; }

private:
    QCheckBox *m_confirm;
    QPushButton *m_trust;
};

} // namespace opc
