#pragma once

#include "auth/oauthsettings.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace opc {

// The console's own settings, typed, and the one source of truth for them: every setter writes
// the file and, when the value really changed, emits changed(key), which the pruner, the tray and
// the portal session follow. They live in <dataDir>/operator-console.ini so that --data-dir
// isolates everything the console writes.
class ConsoleSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        PortalUrl,
        HandlerOrigin,
        RetentionDays,
        NotifyTransfers,
        OAuth,
        WindowGeometry,
        WindowState,
        DemoPorts,
        CloseAction,
    };
    Q_ENUM(Key)

    // What closing the window does while a telephony app is attached: asked once, then remembered.
    enum class CloseAction { Ask, HideToTray, Quit };
    Q_ENUM(CloseAction)

    explicit ConsoleSettings(const QString &dataDir, QObject *parent = nullptr);

    QString fileName() const { return m_settings.fileName(); }

    // The portal page to open (its full address: path and query are kept).
    QUrl portalUrl() const;
    void setPortalUrl(const QUrl &url);

    // Optional: the telephony app's handler origin ("https://app.example.com") whose worker frame
    // the console prefers; empty for none.
    QString handlerOrigin() const;
    void setHandlerOrigin(const QString &origin);

    // Days to keep events; 0 keeps them forever (the default).
    int retentionDays() const;
    void setRetentionDays(int days);

    bool notifyTransfers() const;
    void setNotifyTransfers(bool on);

    // The OAuth application of the configured portal (never a secret). The portal URL inside is
    // the portal's origin: sign-in is keyed by it, not by the page.
    OAuthSettings oauthSettings() const;
    void setOAuthSettings(const OAuthSettings &settings);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);

    // The demo portal's ports of the last run (0 if none), reused to keep its origin stable.
    quint16 demoPortalPort() const;
    quint16 demoHandlerPort() const;
    void setDemoPorts(quint16 portal, quint16 handler);

    void sync() { m_settings.sync(); }

signals:
    void changed(opc::ConsoleSettings::Key key);

private:
    // Writes `value` under `name`; emits changed(key) when it differs from what was there.
    void store(Key key, const QString &name, const QVariant &value);

    QSettings m_settings;
};

} // namespace opc
