#pragma once

#include "portalpreferences.h"
#include "protocol/weborigin.h"

#include <QCoreApplication>
#include <QList>
#include <QWebEnginePage>

namespace opc {

// The one rule for what a page may use: only the portal's own origin (its softphone, its
// notifications) gets the microphone, the camera, notifications or clipboard writes, and only
// after the operator said yes once for this portal; every other origin (telephony apps, embedded
// third parties, a page the portal links to) and every other feature (location, screen capture,
// mouse lock) is refused without asking.
class PermissionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(opc::PermissionPolicy)

public:
    enum class Answer { Grant, Deny, Ask };

    explicit PermissionPolicy(const WebOrigin &portal)
        : m_portal(portal)
    {
    }

    // What the operator is asked about for `feature`; empty for features never granted.
    static QList<PortalPreferences::Permission> permissionsFor(QWebEnginePage::Feature feature);

    Answer answer(const QUrl &securityOrigin, QWebEnginePage::Feature feature,
                  const PortalPreferences &preferences) const;

    // Writing to the clipboard with navigator.clipboard (copying from a click works without it).
    Answer clipboardAnswer(const QUrl &document, const PortalPreferences &preferences) const;

    // The question, e.g. "acme.bitrix24.com wants to use your microphone."
    static QString question(const QString &host, QWebEnginePage::Feature feature);
    static QString clipboardQuestion(const QString &host);

private:
    WebOrigin m_portal;
};

} // namespace opc
