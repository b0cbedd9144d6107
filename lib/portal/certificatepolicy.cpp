#include "certificatepolicy.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace opc {

CertificateSummary CertificateSummary::of(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    if (certificate.isNull())
        return summary;
    const auto join = [](const QStringList &parts) {
        return parts.join(u", "_s);
    };
    summary.subject = certificate.subjectDisplayName();
    if (summary.subject.isEmpty())
        summary.subject = join(certificate.subjectInfo(QSslCertificate::CommonName));
    summary.issuer = certificate.issuerDisplayName();
    if (summary.issuer.isEmpty())
        summary.issuer = join(certificate.issuerInfo(QSslCertificate::CommonName));
    summary.validFrom = certificate.effectiveDate();
    summary.validUntil = certificate.expiryDate();
    summary.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

QString CertificateSummary::sha256Grouped() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(u':');
}

CertificatePolicy::Answer CertificatePolicy::answer(const QUrl &url, bool overridable,
                                                    const QList<QSslCertificate> &chain,
                                                    const PortalPreferences &preferences) const
{
    if (!m_portal.contains(url))
        return Answer::Refuse;
    if (overridable && !chain.isEmpty() &&
        preferences.isTrusted(m_portal.authority(), CertificateSummary::of(chain.constFirst()).sha256))
        return Answer::Accept;
    return Answer::RefuseAndShow;
}

} // namespace opc
