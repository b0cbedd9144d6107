#pragma once

#include "portalpreferences.h"
#include "protocol/weborigin.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace opc {

// What the operator sees of a certificate before deciding to trust it.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QString sha256; // lower-case hex of the DER certificate, no separators
    bool selfSigned = false;

    static CertificateSummary of(const QSslCertificate &certificate);
    // "AB:CD:…", as certificate viewers show it.
    QString sha256Grouped() const;
    bool isEmpty() const { return sha256.isEmpty(); }
};

// The one rule for certificate errors: nothing is ever accepted silently. A certificate the
// operator explicitly trusted for this portal (remembered by fingerprint, for the portal's own
// host and port only) is accepted; everything else is refused, and a refusal on the portal itself
// is shown with the certificate so the operator can decide.
class CertificatePolicy
{
public:
    enum class Answer { Accept, Refuse, RefuseAndShow };

    explicit CertificatePolicy(const WebOrigin &portal)
        : m_portal(portal)
    {
    }

    Answer answer(const QUrl &url, bool overridable, const QList<QSslCertificate> &chain,
                  const PortalPreferences &preferences) const;

private:
    WebOrigin m_portal;
};

} // namespace opc
