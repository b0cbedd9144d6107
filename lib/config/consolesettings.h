#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace opc {

// The console's own settings, typed. They live in <dataDir>/operator-console.ini so that
// --data-dir isolates everything the console writes.
class ConsoleSettings
{
public:
    explicit ConsoleSettings(const QString &dataDir);

    QString fileName() const { return m_settings.fileName(); }

    QUrl portalUrl() const;
    void setPortalUrl(const QUrl &url);

    // Optional: the telephony app's handler origin whose worker frame the console listens to.
    QString handlerOrigin() const;
    void setHandlerOrigin(const QString &origin);

    // Days to keep events; 0 keeps them forever (the default).
    int retentionDays() const;
    void setRetentionDays(int days);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    bool notifyTransfers() const;
    void setNotifyTransfers(bool on);

    // The demo portal's ports of the last run (0 if none), reused to keep its origin stable.
    quint16 demoPortalPort() const;
    quint16 demoHandlerPort() const;
    void setDemoPorts(quint16 portal, quint16 handler);

    void sync() { m_settings.sync(); }
    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace opc
