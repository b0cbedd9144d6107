#include "portalpreferences.h"

using namespace Qt::StringLiterals;

namespace opc {

PortalPreferences::PortalPreferences(const QString &settingsFile, const QString &portalKey)
    : m_settings(settingsFile, QSettings::IniFormat)
    , m_key(portalKey)
{
}

QString PortalPreferences::key(const QString &name) const
{
    // The profile key has no slashes (PortalSession::profileKey), so it is one group level.
    return u"portals/"_s + m_key + u'/' + name;
}

qreal PortalPreferences::zoomFactor() const
{
    bool ok = false;
    const qreal factor = m_settings.value(key(u"zoom"_s), 1.0).toDouble(&ok);
    return ok && factor >= 0.25 && factor <= 5.0 ? factor : 1.0;
}

void PortalPreferences::setZoomFactor(qreal factor)
{
    if (qFuzzyCompare(factor, 1.0))
        m_settings.remove(key(u"zoom"_s));
    else
        m_settings.setValue(key(u"zoom"_s), factor);
    m_settings.sync();
}

QString PortalPreferences::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Microphone:
        return u"microphone"_s;
    case Permission::Camera:
        return u"camera"_s;
    case Permission::Notifications:
        return u"notifications"_s;
    case Permission::ClipboardWrite:
        return u"clipboard_write"_s;
    }
    return {};
}

PortalPreferences::Decision PortalPreferences::decision(Permission permission) const
{
    const QString value = m_settings.value(key(u"permissions/"_s + permissionName(permission))).toString();
    if (value == u"allow")
        return Decision::Allow;
    if (value == u"deny")
        return Decision::Deny;
    return Decision::Ask;
}

void PortalPreferences::remember(Permission permission, Decision decision)
{
    const QString name = key(u"permissions/"_s + permissionName(permission));
    if (decision == Decision::Ask)
        m_settings.remove(name);
    else
        m_settings.setValue(name, decision == Decision::Allow ? u"allow"_s : u"deny"_s);
    m_settings.sync();
}

void PortalPreferences::forgetPermissions()
{
    m_settings.remove(key(u"permissions"_s));
    m_settings.sync();
}

QStringList PortalPreferences::trustedCertificates(const QString &authority) const
{
    QString name = authority;
    name.replace(u':', u'_');
    return m_settings.value(key(u"certificates/"_s + name)).toStringList();
}

bool PortalPreferences::isTrusted(const QString &authority, const QString &fingerprint) const
{
    return !fingerprint.isEmpty() && trustedCertificates(authority).contains(fingerprint.toLower());
}

void PortalPreferences::trustCertificate(const QString &authority, const QString &fingerprint)
{
    QStringList trusted = trustedCertificates(authority);
    if (fingerprint.isEmpty() || trusted.contains(fingerprint.toLower()))
        return;
    trusted.append(fingerprint.toLower());
    QString name = authority;
    name.replace(u':', u'_');
    m_settings.setValue(key(u"certificates/"_s + name), trusted);
    m_settings.sync();
}

} // namespace opc
