#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace opc {

// What the operator decided for one portal, remembered across restarts: the zoom, the answers to
// the portal's permission requests, and the self-signed certificates trusted on purpose (by
// SHA-256 fingerprint). Stored in the console's settings file under [portals/<profile key>], so
// every portal keeps its own and --data-dir isolates them like everything else.
class PortalPreferences
{
public:
    enum class Permission { Microphone, Camera, Notifications, ClipboardWrite };
    enum class Decision { Ask, Allow, Deny };

    PortalPreferences(const QString &settingsFile, const QString &portalKey);

    QString portalKey() const { return m_key; }

    // 1.0 when never changed.
    qreal zoomFactor() const;
    void setZoomFactor(qreal factor);

    Decision decision(Permission permission) const;
    void remember(Permission permission, Decision decision);
    // Every permission back to "ask".
    void forgetPermissions();

    // Fingerprints (lower-case hex SHA-256 of the DER certificate) trusted for `authority`
    // ("host" or "host:port").
    QStringList trustedCertificates(const QString &authority) const;
    bool isTrusted(const QString &authority, const QString &fingerprint) const;
    void trustCertificate(const QString &authority, const QString &fingerprint);

    static QString permissionName(Permission permission);

private:
    QString key(const QString &name) const;

    mutable QSettings m_settings;
    QString m_key;
};

} // namespace opc
