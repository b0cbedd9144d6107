#pragma once

#include "authorizationflow.h"
#include "oauthclient.h"
#include "oauthsettings.h"
#include "tokenset.h"
#include "tokenstore.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace opc {

// The operator's sign-in to one portal: owns the tokens, restores them from the keychain at
// start, signs in through the authorization-code flow, refreshes (one refresh at a time, shared
// by every waiting request) and signs out. When the keychain cannot be reached the tokens stay in
// memory only and a banner says so; nothing is ever written in clear.
class AuthSession : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn };
    Q_ENUM(State)
    enum class Banner {
        None,
        KeychainUnavailable, // the keychain is locked or absent: memory only
        SignInAgain, // the refresh failed: tokens are gone
        SignInFailed, // the sign-in itself failed (refused, code too old, network)
        NotSetUp, // no (complete) OAuth application on this computer: for an administrator
    };
    Q_ENUM(Banner)

    AuthSession(TokenStore *keychain, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const OAuthSettings &settings);
    const OAuthSettings &settings() const { return m_settings; }
    // Keeps the secret in memory and in the keychain (the settings dialog's "save").
    void storeClientSecret(const QString &secret);
    bool hasClientSecret() const { return m_oauth.hasClientSecret(); }
    // Settings and client secret are there (SignInMessages::Setup).
    bool isSetUp() const;

    // Reads the client secret and the last operator's tokens from the keychain; emits restored().
    void restore();
    // The portal page finished loading. With a client id and secret configured and no tokens,
    // signs in by itself, once per run: the app loads the page in the portal's own profile, so
    // an operator already logged in to the portal is redirected back without any prompt.
    void portalLoaded();
    // An explicit "Sign in" (menu, banner button).
    void signIn();
    void cancelSignIn();
    // The hook for the web page's acceptNavigationRequest(): true = the redirect, do not load it.
    bool handleNavigation(const QUrl &url) { return m_flow.handleNavigation(url); }
    void signOut();

    // Single-flight: while one refresh runs, further calls do nothing; refreshFinished() follows.
    void refreshTokens();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    bool isRefreshing() const { return m_refreshing; }
    Banner banner() const { return m_banner; }
    QString bannerText() const { return m_bannerText; }
    // The technical reason behind the banner (also in the diagnostics log); never a secret.
    QString bannerDetail() const { return m_bannerDetail; }
    bool isMemoryOnly() const { return m_memoryOnly; }

    // For RestClient only. Changes whenever the tokens do, so a request that failed with an old
    // token can tell whether someone else has refreshed meanwhile.
    QString accessToken() const { return m_tokens ? m_tokens->accessToken : QString(); }
    QUrl restEndpoint() const { return m_tokens ? m_tokens->clientEndpoint : QUrl(); }
    bool accessTokenExpired() const;
    quint64 tokenGeneration() const { return m_generation; }
    qint64 userId() const { return m_tokens ? m_tokens->userId : 0; }
    QString memberId() const { return m_tokens ? m_tokens->memberId : QString(); }

    AuthorizationFlow *authorizationFlow() { return &m_flow; }
    OAuthClient *oauthClient() { return &m_oauth; }

signals:
    void stateChanged(opc::AuthSession::State state);
    void bannerChanged(opc::AuthSession::Banner banner, const QString &text);
    // Load `url` in the console's web profile. `interactive` is false for the automatic sign-in:
    // the app may load it in a hidden page and show it only if the portal asks for a login.
    void signInPageRequested(const QUrl &url, bool interactive);
    void refreshFinished(bool ok);
    void restored();

private:
    void startSignIn(bool interactive);
    void maybeSignInAutomatically();
    void onCodeReceived(const AuthorizationCode &code);
    void onFlowFailed(const QString &message, const QString &detail = {});
    // A "not set up" banner goes (or changes) as soon as the settings or the secret do.
    void reviewSetupBanner();
    void onRefreshed(const OAuthClient::Result &result);
    void restoreTokens();
    void finishRestore(std::optional<TokenSet> tokens);
    // Stores `tokens` in the keychain (or not, in memory-only mode) and then runs `then`.
    void persist(const TokenSet &tokens, std::function<void()> then);
    void forgetStoredTokens(const QString &memberId);
    bool checkStore(const TokenStore::Result &result);
    void enterMemoryOnly(const QString &reason);
    void setState(State state);
    void setBanner(Banner banner, const QString &text = {}, const QString &detail = {});

    TokenStore *m_store;
    OAuthClient m_oauth;
    AuthorizationFlow m_flow;
    OAuthSettings m_settings;
    std::optional<TokenSet> m_tokens;
    State m_state = State::SignedOut;
    Banner m_banner = Banner::None;
    QString m_bannerText;
    QString m_bannerDetail;
    quint64 m_generation = 0;
    bool m_memoryOnly = false;
    bool m_refreshing = false;
    bool m_portalLoaded = false;
    bool m_autoAttempted = false;
};

} // namespace opc
