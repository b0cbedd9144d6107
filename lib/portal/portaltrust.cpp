#include "portaltrust.h"

#include "bridge/portalwebpage.h"
#include "protocol/logging.h"

#include <QWebEngineCertificateError>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace opc {

PortalTrust::PortalTrust(const WebOrigin &portal, PortalPreferences *preferences, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_preferences(preferences)
    , m_permissions(portal)
    , m_certificates(portal)
{
}

void PortalTrust::watch(QWebEnginePage *page)
{
    m_pages.removeAll(nullptr);
    if (m_pages.contains(page)) {
        applyClipboard(page);
        return; // prepared again (a new handler origin): one set of connections
    }
    connect(page, &QWebEnginePage::featurePermissionRequested, this,
            [this, page](const QUrl &origin, QWebEnginePage::Feature feature) {
                onPermissionRequested(page, origin, feature);
            });
    connect(page, &QWebEnginePage::featurePermissionRequestCanceled, this,
            [this, page](const QUrl &origin, QWebEnginePage::Feature feature) {
                emit permissionQuestionCanceled(page, origin, feature);
            });
    connect(page, &QWebEnginePage::certificateError, this, &PortalTrust::onCertificateError);
    // The clipboard setting is the page's, frames included: on only while it shows the portal.
    connect(page, &QWebEnginePage::urlChanged, this, [this, page] { applyClipboard(page); });
    if (auto *portalPage = qobject_cast<PortalWebPage *>(page))
        connect(portalPage, &PortalWebPage::clipboardWriteDenied, this,
                [this, page](const QUrl &document) { clipboardWriteRefused(page, document); });
    m_pages.append(page);
    applyClipboard(page);
}

void PortalTrust::applyClipboard(QWebEnginePage *page)
{
    const bool allowed =
        m_permissions.clipboardAnswer(page->url(), *m_preferences) == PermissionPolicy::Answer::Grant;
    page->settings()->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, allowed);
}

void PortalTrust::clipboardWriteRefused(QWebEnginePage *page, const QUrl &document)
{
    if (m_permissions.clipboardAnswer(document, *m_preferences) == PermissionPolicy::Answer::Ask)
        emit clipboardQuestion(page, document);
}

void PortalTrust::answerClipboard(const QUrl &document, bool allow)
{
    if (m_permissions.clipboardAnswer(document, *m_preferences) != PermissionPolicy::Answer::Ask)
        return;
    qCInfo(lcApp) << "operator" << (allow ? "allowed" : "refused") << "clipboard writes for"
                  << document.host();
    m_preferences->remember(PortalPreferences::Permission::ClipboardWrite,
                            allow ? PortalPreferences::Decision::Allow : PortalPreferences::Decision::Deny);
    for (const QPointer<QWebEnginePage> &page : std::as_const(m_pages)) {
        if (page)
            applyClipboard(page);
    }
}

void PortalTrust::onPermissionRequested(QWebEnginePage *page, const QUrl &origin,
                                        QWebEnginePage::Feature feature)
{
    switch (m_permissions.answer(origin, feature, *m_preferences)) {
    case PermissionPolicy::Answer::Grant:
        page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionGrantedByUser);
        break;
    case PermissionPolicy::Answer::Deny:
        qCInfo(lcApp) << "refused" << feature << "to" << origin.host();
        page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
        break;
    case PermissionPolicy::Answer::Ask:
        emit permissionQuestion(page, origin, feature);
        break;
    }
}

void PortalTrust::answer(QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature,
                         bool allow)
{
    // Only what the rules leave to the operator is remembered: a stray answer for another origin or
    // a feature that is never granted changes nothing.
    if (m_permissions.answer(origin, feature, *m_preferences) == PermissionPolicy::Answer::Deny && allow)
        allow = false;
    else
        for (PortalPreferences::Permission permission : PermissionPolicy::permissionsFor(feature))
            m_preferences->remember(
                permission, allow ? PortalPreferences::Decision::Allow : PortalPreferences::Decision::Deny);
    qCInfo(lcApp) << "operator" << (allow ? "allowed" : "refused") << feature << "for" << origin.host();
    if (page)
        page->setFeaturePermission(origin, feature,
                                   allow ? QWebEnginePage::PermissionGrantedByUser
                                         : QWebEnginePage::PermissionDeniedByUser);
}

void PortalTrust::onCertificateError(const QWebEngineCertificateError &error)
{
    QWebEngineCertificateError pending = error; // accept and reject are not const
    const QList<QSslCertificate> chain = error.certificateChain();
    switch (m_certificates.answer(error.url(), error.isOverridable(), chain, *m_preferences)) {
    case CertificatePolicy::Answer::Accept:
        qCInfo(lcApp) << "accepting the certificate the operator trusted for" << error.url().host();
        pending.acceptCertificate();
        return;
    case CertificatePolicy::Answer::Refuse:
        qCWarning(lcApp) << "refused a certificate of" << error.url().host() << ":" << error.description();
        pending.rejectCertificate();
        return;
    case CertificatePolicy::Answer::RefuseAndShow:
        qCWarning(lcApp) << "refused the portal's certificate:" << error.description();
        m_refused = chain.isEmpty() ? CertificateSummary() : CertificateSummary::of(chain.constFirst());
        m_refusedOverridable = error.isOverridable();
        pending.rejectCertificate();
        emit certificateRefused(error.url(), error.description());
        return;
    }
}

void PortalTrust::trustRefusedCertificate()
{
    if (!canTrustRefusedCertificate())
        return;
    qCInfo(lcApp) << "operator trusts the certificate" << m_refused.sha256 << "for" << m_portal.authority();
    m_preferences->trustCertificate(m_portal.authority(), m_refused.sha256);
    m_refused = {};
}

} // namespace opc
