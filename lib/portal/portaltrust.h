#pragma once

#include "certificatepolicy.h"
#include "permissionpolicy.h"
#include "portalpreferences.h"
#include "protocol/weborigin.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

class QWebEngineCertificateError;

namespace opc {

// Applies the permission and certificate rules to the pages of one portal: answers what the rules
// and the operator's remembered choices decide at once, and asks the operator (through a view that
// listens to the signals) about the rest. It never grants or accepts anything by itself.
class PortalTrust : public QObject
{
    Q_OBJECT

public:
    PortalTrust(const WebOrigin &portal, PortalPreferences *preferences, QObject *parent = nullptr);

    // Answers `page`'s permission requests and certificate errors from now on, and lets it use the
    // clipboard API while it shows the portal if the operator allowed that (a PortalWebPage also
    // reports the clipboard writes it was refused). Watching a page again changes nothing.
    void watch(QWebEnginePage *page);

    // The operator's answer to permissionQuestion(): applied to `page` and remembered.
    void answer(QWebEnginePage *page, const QUrl &securityOrigin, QWebEnginePage::Feature feature,
                bool allow);

    // `document` (a page of `page`) was refused navigator.clipboard; asks if nobody decided yet.
    void clipboardWriteRefused(QWebEnginePage *page, const QUrl &document);
    // The operator's answer to clipboardQuestion(), for every watched page, and remembered. The
    // page's script has to copy again (Qt 6.4 has no request to answer).
    void answerClipboard(const QUrl &document, bool allow);

    // The certificate last refused on the portal itself (empty if none), and whether the operator
    // may trust it (Chromium does not allow that for every error, e.g. a revoked certificate).
    CertificateSummary refusedCertificate() const { return m_refused; }
    bool canTrustRefusedCertificate() const { return !m_refused.isEmpty() && m_refusedOverridable; }
    // The operator confirmed the certificate shown to them: trusted for this portal from now on.
    void trustRefusedCertificate();

signals:
    void permissionQuestion(QWebEnginePage *page, const QUrl &securityOrigin,
                            QWebEnginePage::Feature feature);
    // A question is moot: the page withdrew it or went away.
    void permissionQuestionCanceled(QWebEnginePage *page, const QUrl &securityOrigin,
                                    QWebEnginePage::Feature feature);
    void clipboardQuestion(QWebEnginePage *page, const QUrl &document);
    void certificateRefused(const QUrl &url, const QString &description);

private:
    void onPermissionRequested(QWebEnginePage *page, const QUrl &securityOrigin,
                               QWebEnginePage::Feature feature);
    void onCertificateError(const QWebEngineCertificateError &error);
    void applyClipboard(QWebEnginePage *page);

    WebOrigin m_portal;
    PortalPreferences *m_preferences;
    PermissionPolicy m_permissions;
    CertificatePolicy m_certificates;
    QList<QPointer<QWebEnginePage>> m_pages;
    CertificateSummary m_refused;
    bool m_refusedOverridable = false;
};

} // namespace opc
