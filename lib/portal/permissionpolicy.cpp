#include "permissionpolicy.h"

using namespace Qt::StringLiterals;

namespace opc {

QList<PortalPreferences::Permission> PermissionPolicy::permissionsFor(QWebEnginePage::Feature feature)
{
    using P = PortalPreferences::Permission;
    switch (feature) {
    case QWebEnginePage::MediaAudioCapture:
        return {P::Microphone};
    case QWebEnginePage::MediaVideoCapture:
        return {P::Camera};
    case QWebEnginePage::MediaAudioVideoCapture:
        return {P::Microphone, P::Camera};
    case QWebEnginePage::Notifications:
        return {P::Notifications};
    case QWebEnginePage::Geolocation:
    case QWebEnginePage::MouseLock:
    case QWebEnginePage::DesktopVideoCapture:
    case QWebEnginePage::DesktopAudioVideoCapture:
        break;
    }
    return {};
}

PermissionPolicy::Answer PermissionPolicy::answer(const QUrl &securityOrigin, QWebEnginePage::Feature feature,
                                                  const PortalPreferences &preferences) const
{
    const QList<PortalPreferences::Permission> needed = permissionsFor(feature);
    if (needed.isEmpty() || !m_portal.contains(securityOrigin))
        return Answer::Deny;
    bool allAllowed = true;
    for (PortalPreferences::Permission permission : needed) {
        const PortalPreferences::Decision decision = preferences.decision(permission);
        if (decision == PortalPreferences::Decision::Deny)
            return Answer::Deny;
        allAllowed = allAllowed && decision == PortalPreferences::Decision::Allow;
    }
    return allAllowed ? Answer::Grant : Answer::Ask;
}

PermissionPolicy::Answer PermissionPolicy::clipboardAnswer(const QUrl &document,
                                                           const PortalPreferences &preferences) const
{
    if (!m_portal.contains(document))
        return Answer::Deny;
    switch (preferences.decision(PortalPreferences::Permission::ClipboardWrite)) {
    case PortalPreferences::Decision::Allow:
        return Answer::Grant;
    case PortalPreferences::Decision::Deny:
        return Answer::Deny;
    case PortalPreferences::Decision::Ask:
        break;
    }
    return Answer::Ask;
}

QString PermissionPolicy::clipboardQuestion(const QString &host)
{
    return tr("%1 wants to copy to the clipboard.").arg(host);
}

QString PermissionPolicy::question(const QString &host, QWebEnginePage::Feature feature)
{
    switch (feature) {
    case QWebEnginePage::MediaAudioCapture:
        return tr("%1 wants to use your microphone.").arg(host);
    case QWebEnginePage::MediaVideoCapture:
        return tr("%1 wants to use your camera.").arg(host);
    case QWebEnginePage::MediaAudioVideoCapture:
        return tr("%1 wants to use your microphone and camera.").arg(host);
    case QWebEnginePage::Notifications:
        return tr("%1 wants to show notifications.").arg(host);
    default:
        break;
    }
    return {};
}

} // namespace opc
