#pragma once

#include "oauthsettings.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace opc {

// What the portal appends to the redirect URI after the operator allowed the application.
struct AuthorizationCode
{
    static constexpr int lifetimeSecs = 30; // bitrix24-protocol.md §4

    QString code;
    QString domain; // the portal host, as the portal sees itself
    QString memberId;
    QString scope;
    QString serverDomain;
    QDateTime receivedAt;

    bool isFresh(const QDateTime &now) const { return receivedAt.secsTo(now) < lifetimeSecs; }
};

// The authorization-code step inside the console's own web view: builds the authorize URL with a
// random single-use state and recognises the portal's redirect back to the redirect URI. The
// redirect URI is never loaded: the page's acceptNavigationRequest() asks handleNavigation()
// first and refuses the navigation when it returns true, so the code never reaches a web server.
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    explicit AuthorizationFlow(QObject *parent = nullptr);

    void setSettings(const OAuthSettings &settings) { m_settings = settings; }

    // Starts (or restarts) a sign-in and returns https://<portal>/oauth/authorize/?client_id=…&state=…
    QUrl begin();
    void cancel() { m_state.clear(); }
    bool isPending() const { return !m_state.isEmpty(); }

    // For QWebEnginePage::acceptNavigationRequest: true when `url` is the redirect URI (whatever
    // its outcome), i.e. the page must not load it. Emits codeReceived() or failed().
    bool handleNavigation(const QUrl &url);
    bool isRedirect(const QUrl &url) const;

signals:
    void codeReceived(const opc::AuthorizationCode &code);
    void failed(const QString &message);

private:
    OAuthSettings m_settings;
    QString m_state;
};

} // namespace opc
