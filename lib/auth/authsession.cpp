#include "authsession.h"

#include "protocol/logging.h"
#include "protocol/urlauthority.h"
#include "signinmessages.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

AuthSession::AuthSession(TokenStore *keychain, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(keychain)
    , m_oauth(network)
{
    connect(&m_flow, &AuthorizationFlow::codeReceived, this, &AuthSession::onCodeReceived);
    connect(&m_flow, &AuthorizationFlow::failed, this,
            [this](const QString &detail) { onFlowFailed(SignInMessages::portalRefused(), detail); });
}

void AuthSession::setSettings(const OAuthSettings &settings)
{
    m_settings = settings;
    m_oauth.setSettings(settings);
    m_flow.setSettings(settings);
    reviewSetupBanner();
}

bool AuthSession::isSetUp() const
{
    return SignInMessages::setup(m_settings, m_oauth.hasClientSecret()) == SignInMessages::Setup::Ready;
}

void AuthSession::reviewSetupBanner()
{
    if (m_banner != Banner::NotSetUp)
        return;
    const auto setup = SignInMessages::setup(m_settings, m_oauth.hasClientSecret());
    if (setup == SignInMessages::Setup::Ready)
        setBanner(Banner::None);
    else
        setBanner(Banner::NotSetUp, SignInMessages::forSetup(setup), m_bannerDetail);
}

void AuthSession::storeClientSecret(const QString &secret)
{
    m_oauth.setClientSecret(secret);
    reviewSetupBanner();
    if (m_memoryOnly)
        return;
    m_store->write(TokenStore::clientSecretKey(m_settings.portalHost()), secret.toUtf8(), this,
                   [this](const TokenStore::Result &r) { checkStore(r); });
}

bool AuthSession::accessTokenExpired() const
{
    return !m_tokens || m_tokens->isExpired(QDateTime::currentDateTimeUtc(), 10);
}

// ---- restore ------------------------------------------------------------------------------

void AuthSession::restore()
{
    if (m_settings.portalHost().isEmpty()) {
        emit restored();
        return;
    }
    setState(State::Restoring);
    if (m_oauth.hasClientSecret()) {
        restoreTokens();
        return;
    }
    m_store->read(TokenStore::clientSecretKey(m_settings.portalHost()), this, [this](const auto &r) {
        if (!checkStore(r))
            return finishRestore(std::nullopt);
        if (r.status == TokenStore::Status::Ok) {
            m_oauth.setClientSecret(QString::fromUtf8(r.data));
            reviewSetupBanner();
        }
        restoreTokens();
    });
}

void AuthSession::restoreTokens()
{
    // The account entry names the member id of the last sign-in; the tokens live under it.
    m_store->read(TokenStore::accountKey(m_settings.portalHost()), this, [this](const auto &account) {
        if (!checkStore(account) || account.status != TokenStore::Status::Ok)
            return finishRestore(std::nullopt);
        const QString memberId = QString::fromUtf8(account.data);
        m_store->read(TokenStore::tokenKey(m_settings.portalHost(), memberId), this, [this](const auto &r) {
            if (!checkStore(r) || r.status != TokenStore::Status::Ok)
                return finishRestore(std::nullopt);
            finishRestore(TokenSet::fromJson(r.data));
        });
    });
}

void AuthSession::finishRestore(std::optional<TokenSet> tokens)
{
    if (tokens && urlAuthority(tokens->clientEndpoint) == m_settings.portalHost()) {
        m_tokens = std::move(tokens);
        ++m_generation;
        qCInfo(lcAuth) << "Restored the sign-in for user" << m_tokens->userId;
        setState(State::SignedIn);
    } else {
        setState(State::SignedOut);
    }
    emit restored();
    maybeSignInAutomatically();
}

// ---- sign-in ------------------------------------------------------------------------------

void AuthSession::portalLoaded()
{
    m_portalLoaded = true;
    maybeSignInAutomatically();
}

void AuthSession::maybeSignInAutomatically()
{
    if (!m_portalLoaded || m_autoAttempted || m_state != State::SignedOut || !m_oauth.hasClientSecret() ||
        !m_settings.isComplete())
        return;
    m_autoAttempted = true;
    qCInfo(lcAuth) << "Signing in automatically";
    startSignIn(false);
}

void AuthSession::signIn()
{
    startSignIn(true);
}

void AuthSession::startSignIn(bool interactive)
{
    const auto setup = SignInMessages::setup(m_settings, m_oauth.hasClientSecret());
    if (setup != SignInMessages::Setup::Ready) {
        const QString detail = setup == SignInMessages::Setup::NoSecret
            ? u"The application's client secret is not set."_s
            : m_settings.validate().join(u' ');
        setBanner(Banner::NotSetUp, SignInMessages::forSetup(setup), detail);
        return;
    }
    setState(State::SigningIn);
    emit signInPageRequested(m_flow.begin(), interactive);
}

void AuthSession::cancelSignIn()
{
    m_flow.cancel();
    if (m_state == State::SigningIn)
        setState(m_tokens ? State::SignedIn : State::SignedOut);
}

void AuthSession::onCodeReceived(const AuthorizationCode &code)
{
    if (!code.isFresh(QDateTime::currentDateTimeUtc())) {
        onFlowFailed(SignInMessages::tookTooLong(), u"The authorization code is too old."_s);
        return;
    }
    m_oauth.exchangeCode(code.code, this, [this, memberId = code.memberId](const OAuthClient::Result &r) {
        if (!r.ok())
            return onFlowFailed(SignInMessages::forTokenError(r.error, false), r.error.message);
        TokenSet tokens = r.tokens;
        if (tokens.memberId.isEmpty())
            tokens.memberId = memberId;
        persist(tokens, [this, tokens] {
            m_tokens = tokens;
            ++m_generation;
            qCInfo(lcAuth) << "Signed in as user" << tokens.userId;
            if (m_banner != Banner::KeychainUnavailable)
                setBanner(Banner::None);
            setState(State::SignedIn);
        });
    });
}

void AuthSession::onFlowFailed(const QString &message, const QString &detail)
{
    setBanner(Banner::SignInFailed, message, detail);
    setState(m_tokens ? State::SignedIn : State::SignedOut);
}

// ---- refresh ------------------------------------------------------------------------------

void AuthSession::refreshTokens()
{
    if (m_refreshing)
        return;
    if (!m_tokens) {
        QTimer::singleShot(0, this, [this] { emit refreshFinished(false); });
        return;
    }
    m_refreshing = true;
    qCInfo(lcAuth) << "Refreshing the access token";
    m_oauth.refresh(m_tokens->refreshToken, this, [this](const OAuthClient::Result &r) { onRefreshed(r); });
}

void AuthSession::onRefreshed(const OAuthClient::Result &result)
{
    if (!m_tokens) { // signed out meanwhile
        m_refreshing = false;
        emit refreshFinished(false);
        return;
    }
    if (!result.ok()) {
        m_refreshing = false;
        // A revoked refresh token is useless; after a network failure the stored one may still
        // work next start. Either way: signed out, no automatic retry, so never a loop.
        const QString memberId = m_tokens->memberId;
        m_tokens.reset();
        ++m_generation;
        if (result.error.kind == OAuthClient::Error::Kind::InvalidGrant ||
            result.error.kind == OAuthClient::Error::Kind::InvalidClient)
            forgetStoredTokens(memberId);
        setBanner(Banner::SignInAgain, SignInMessages::forTokenError(result.error, true),
                  result.error.message);
        setState(State::SignedOut);
        emit refreshFinished(false);
        return;
    }
    TokenSet tokens = result.tokens;
    if (tokens.memberId.isEmpty())
        tokens.memberId = m_tokens->memberId;
    if (tokens.userId == 0)
        tokens.userId = m_tokens->userId;
    // The refresh token rotates: store the new pair before anything uses it, or a crash now
    // would leave only the spent token in the keychain.
    persist(tokens, [this, tokens] {
        m_refreshing = false;
        if (!m_tokens) { // signed out while the keychain was writing
            forgetStoredTokens(tokens.memberId);
            return emit refreshFinished(false);
        }
        m_tokens = tokens;
        ++m_generation;
        emit refreshFinished(true);
    });
}

// ---- sign-out and storage -----------------------------------------------------------------

void AuthSession::signOut()
{
    m_flow.cancel();
    const QString memberId = m_tokens ? m_tokens->memberId : QString();
    m_tokens.reset();
    ++m_generation;
    forgetStoredTokens(memberId);
    setBanner(Banner::None);
    setState(State::SignedOut);
}

void AuthSession::forgetStoredTokens(const QString &memberId)
{
    if (m_memoryOnly)
        return;
    const QString host = m_settings.portalHost();
    const auto check = [this](const TokenStore::Result &r) {
        checkStore(r);
    };
    if (!memberId.isEmpty())
        m_store->remove(TokenStore::tokenKey(host, memberId), this, check);
    m_store->remove(TokenStore::accountKey(host), this, check);
}

void AuthSession::persist(const TokenSet &tokens, std::function<void()> then)
{
    if (m_memoryOnly)
        return then();
    const QString host = m_settings.portalHost();
    m_store->write(TokenStore::tokenKey(host, tokens.memberId), tokens.toJson(), this,
                   [this, host, memberId = tokens.memberId, then = std::move(then)](const auto &r) {
                       if (!checkStore(r))
                           return then();
                       m_store->write(TokenStore::accountKey(host), memberId.toUtf8(), this,
                                      [this, then](const auto &account) {
                                          checkStore(account);
                                          then();
                                      });
                   });
}

bool AuthSession::checkStore(const TokenStore::Result &result)
{
    if (result.status != TokenStore::Status::Unavailable)
        return true;
    enterMemoryOnly(result.error);
    return false;
}

void AuthSession::enterMemoryOnly(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    setBanner(Banner::KeychainUnavailable, SignInMessages::keychainUnavailable(),
              u"The system keychain can't be used: "_s + reason);
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AuthSession::setBanner(Banner banner, const QString &text, const QString &detail)
{
    if (m_banner == banner && m_bannerText == text)
        return;
    if (!detail.isEmpty())
        qCWarning(lcAuth).noquote() << "Sign-in problem:" << detail;
    m_banner = banner;
    m_bannerText = text;
    m_bannerDetail = detail;
    emit bannerChanged(banner, text);
}

} // namespace opc
