#include "fakebitrixserver.h"

#include "auth/phpquery.h"
#include "demoemployees.h"
#include "protocol/logging.h"

#include <QBuffer>
#include <QHttpServer>
#include <QImage>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

using Status = QHttpServerResponder::StatusCode;
using Kind = DemoTokenSigner::Kind;

// bitrix24-protocol.md §4: refresh tokens live 180 days. Only signed tokens carry it; the default
// mode's refresh tokens live as long as the fake.
constexpr qint64 kRefreshLifetimeSecs = 180LL * 24 * 3600;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// Query and form body together, the way PHP's $_REQUEST sees them.
QUrlQuery formOf(const QHttpServerRequest &request)
{
    QUrlQuery form(request.query());
    if (header(request, "Content-Type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery body(QString::fromUtf8(request.body()));
        for (const auto &[key, value] : body.queryItems(QUrl::FullyDecoded))
            form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return form;
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

void writeJson(QHttpServerResponder &responder, int status, const QJsonObject &body)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8",
                    static_cast<Status>(status));
}

} // namespace

FakeBitrixServer::FakeBitrixServer(QHttpServer *server, const QUrl &portalBase, QObject *parent)
    : QObject(parent)
    , m_base(portalBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
{
    m_api.setPortalBase(m_base);
    m_redirectUri = QUrl(u"https://console.invalid/oauth/done"_s);
    m_bucketClock.start();
    addRoutes(server);
}

FakeBitrixServer::~FakeBitrixServer() = default;

QString FakeBitrixServer::portalHost() const
{
    return m_base.port() > 0 ? m_base.host() + u':' + QString::number(m_base.port()) : m_base.host();
}

void FakeBitrixServer::setApplication(const QString &clientId, const QString &clientSecret,
                                      const QUrl &redirectUri)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_redirectUri = redirectUri;
}

void FakeBitrixServer::setRateLimit(int capacity, double perSecond)
{
    m_bucketCapacity = capacity;
    m_bucketDrain = perSecond;
    m_bucketLevel = 0;
    m_bucketClock.restart();
}

void FakeBitrixServer::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &t : m_access)
        t.expiresAt = past;
    m_earlierAccessExpired = true;
}

void FakeBitrixServer::revokeRefreshTokens()
{
    // Signed ones would otherwise come back to life as "issued by an earlier run".
    for (auto it = m_refresh.cbegin(); it != m_refresh.cend(); ++it)
        m_spentRefresh.insert(it.key());
    m_refresh.clear();
    m_earlierRefreshRevoked = true;
}

QStringList FakeBitrixServer::secretsIssued() const
{
    return m_issued + QStringList{m_clientSecret};
}

QString FakeBitrixServer::issue(QStringList &log)
{
    // 32 hex characters, like the portal's tokens; prefixed so a leak report says what leaked.
    QString value = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                                        QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    log << value;
    return value;
}

QString FakeBitrixServer::issueToken(Kind kind, int userId, const QDateTime &expiresAt)
{
    if (!m_signedTokens)
        return issue(m_issued);
    QString value = DemoTokenSigner::sign({kind, userId, m_memberId, expiresAt});
    m_issued << value;
    return value;
}

std::optional<DemoTokenSigner::Claims> FakeBitrixServer::earlierRunToken(const QString &token, Kind kind)
{
    if (!m_signedTokens || token.isEmpty())
        return std::nullopt;
    if (kind == Kind::Refresh && (m_earlierRefreshRevoked || m_spentRefresh.contains(token)))
        return std::nullopt;
    auto claims = DemoTokenSigner::verify(token);
    if (!claims || claims->kind != kind || claims->memberId != m_memberId)
        return std::nullopt;
    // The leak scanner's list covers what this run accepted, not only what it issued.
    if (!m_earlierSeen.contains(token)) {
        m_earlierSeen.insert(token);
        m_issued << token;
    }
    return claims;
}

void FakeBitrixServer::addRoutes(QHttpServer *server)
{
    const auto any = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    server->route(u"/oauth/authorize/"_s, any,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                      authorize(request, std::move(r));
                  });
    server->route(u"/oauth/token/"_s, any,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                      token(request, std::move(r));
                  });
    server->route(u"/rest/<arg>"_s, any,
                  [this](const QString &method, const QHttpServerRequest &request, QHttpServerResponder &&r) {
                      rest(method, request, std::move(r));
                  });
    server->route(u"/upload/demo/<arg>"_s, QHttpServerRequest::Method::Get,
                  [this](const QString &file, QHttpServerResponder &&r) { photo(file, std::move(r)); });
}

// ---- the portal's authorize page ----------------------------------------------------------

void FakeBitrixServer::authorize(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_authorizeLoads;
    const QUrlQuery form = formOf(request);
    const QString clientId = field(form, u"client_id"_s);
    const QString state = field(form, u"state"_s);
    if (clientId != m_clientId) {
        responder.write(
            "<!doctype html><title>Error</title><p>The application is not installed on this portal.",
            "text/html; charset=utf-8", Status::BadRequest);
        return;
    }
    if (request.method() == QHttpServerRequest::Method::Post && !field(form, u"login"_s).isEmpty())
        m_loggedIn = true;
    if (!m_loggedIn) {
        const QString page =
            u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign in</title></head>"
            "<body><h1>Demo portal</h1><form method=\"post\" action=\"/oauth/authorize/\">"
            "<input type=\"hidden\" name=\"client_id\" value=\"%1\">"
            "<input type=\"hidden\" name=\"state\" value=\"%2\">"
            "<label>Login <input id=\"login\" name=\"login\" value=\"operator\"></label>"
            "<label>Password <input id=\"password\" type=\"password\" name=\"password\"></label>"
            "<button id=\"signin\" type=\"submit\">Sign in</button></form></body></html>"_s.arg(
                clientId.toHtmlEscaped(), state.toHtmlEscaped());
        responder.write(page.toUtf8(), "text/html; charset=utf-8");
        return;
    }
    const QString code = issue(m_issued);
    Code entry{m_userId, {}};
    entry.age.start();
    m_codes.insert(code, entry);
    QUrl target = m_redirectUri;
    QUrlQuery query;
    query.addQueryItem(u"code"_s, code);
    query.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    query.addQueryItem(u"domain"_s, portalHost());
    query.addQueryItem(u"member_id"_s, m_memberId);
    query.addQueryItem(u"scope"_s, u"user_brief,telephony,placement"_s);
    query.addQueryItem(u"server_domain"_s, portalHost());
    target.setQuery(query);
    responder.write({{"Location", target.toEncoded()}}, Status::Found);
}

// ---- the OAuth server's token endpoint ----------------------------------------------------

void FakeBitrixServer::token(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (failIfSwitched(m_tokenFailure, responder))
        return;
    const QUrlQuery form = formOf(request);
    const QString grant = field(form, u"grant_type"_s);
    m_grants[grant] += 1;
    const auto oauthError = [&](int status, const QString &code, const QString &description) {
        writeJson(responder, status, {{u"error"_s, code}, {u"error_description"_s, description}});
    };
    if (field(form, u"client_id"_s) != m_clientId || field(form, u"client_secret"_s) != m_clientSecret)
        return oauthError(401, u"invalid_client"_s, u"Invalid client credentials"_s);

    int userId = 0;
    if (grant == u"authorization_code") {
        const auto it = m_codes.find(field(form, u"code"_s));
        if (it == m_codes.end() || it->age.elapsed() > m_codeLifetimeMs)
            return oauthError(400, u"invalid_grant"_s, u"Invalid authorization code"_s);
        userId = it->userId;
        m_codes.erase(it); // single use
    } else if (grant == u"refresh_token") {
        const QString presented = field(form, u"refresh_token"_s);
        if (const auto it = m_refresh.find(presented); it != m_refresh.end()) {
            userId = it.value();
            m_refresh.erase(it); // rotation: a refresh token works once
        } else if (const auto earlier = earlierRunToken(presented, Kind::Refresh);
                   earlier && earlier->expiresAt > QDateTime::currentDateTimeUtc()) {
            userId = earlier->userId;
        } else {
            return oauthError(400, u"invalid_grant"_s, u"Invalid refresh token"_s);
        }
        m_spentRefresh.insert(presented);
    } else {
        return oauthError(400, u"invalid_request"_s, u"Unsupported grant_type"_s);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(m_accessLifetimeSecs);
    const QString access = issueToken(Kind::Access, userId, expires);
    const QString refresh = issueToken(Kind::Refresh, userId, now.addSecs(kRefreshLifetimeSecs));
    m_access.insert(access, {userId, expires});
    m_refresh.insert(refresh, userId);
    QUrl rest = m_base;
    rest.setPath(u"/rest/"_s);
    QUrl server = m_base;
    server.setPath(u"/oauth/rest/"_s);
    writeJson(responder, 200,
              {{u"access_token"_s, access},
               {u"expires"_s, expires.toSecsSinceEpoch()},
               {u"expires_in"_s, m_accessLifetimeSecs},
               {u"scope"_s, u"user_brief,telephony,placement"_s},
               {u"domain"_s, m_base.host()},
               {u"server_endpoint"_s, server.toString()},
               {u"status"_s, u"L"_s},
               {u"client_endpoint"_s, rest.toString()},
               {u"member_id"_s, m_memberId},
               {u"user_id"_s, userId},
               {u"refresh_token"_s, refresh}});
    emit tokenIssued(grant);
}

// ---- REST ---------------------------------------------------------------------------------

bool FakeBitrixServer::bucketAllows()
{
    if (m_bucketCapacity <= 0)
        return true;
    m_bucketLevel = std::max(0.0, m_bucketLevel - m_bucketClock.restart() * m_bucketDrain / 1000.0);
    if (m_bucketLevel + 1 > m_bucketCapacity)
        return false;
    m_bucketLevel += 1;
    return true;
}

bool FakeBitrixServer::failIfSwitched(Failure failure, QHttpServerResponder &responder)
{
    switch (failure) {
    case Failure::None:
        return false;
    case Failure::OperationTimeLimit:
        writeJson(responder, 429,
                  FakeRestApi::error(429, u"OPERATION_TIME_LIMIT"_s,
                                     u"Method is blocked due to operation time limit."_s)
                      .body);
        return true;
    case Failure::HtmlError:
        responder.write("<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>", "text/html",
                        Status::BadGateway);
        return true;
    case Failure::MalformedJson:
        responder.write("{\"result\": [{\"ID\": \"1\", \"NAME\": ", "application/json", Status::Ok);
        return true;
    case Failure::Stall:
        // Never answered; the client's timeout must fire. Kept until the fake is destroyed.
        m_stalled.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return true;
    }
    return false;
}

void FakeBitrixServer::rest(const QString &rawMethod, const QHttpServerRequest &request,
                            QHttpServerResponder &&responder)
{
    QString method = rawMethod;
    if (method.endsWith(u".json"_s))
        method.chop(5);
    m_restCalls << method;
    emit restCalled(method);
    if (failIfSwitched(m_restFailure, responder))
        return;
    if (!bucketAllows())
        return writeJson(responder, 503,
                         FakeRestApi::error(503, u"QUERY_LIMIT_EXCEEDED"_s, u"Too many requests"_s).body);

    QJsonObject params = PhpQuery::decode(request.query().toString(QUrl::FullyEncoded));
    if (header(request, "Content-Type").startsWith("application/json")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        for (auto it = body.begin(); it != body.end(); ++it)
            params.insert(it.key(), it.value());
    } else if (!request.body().isEmpty()) {
        const QJsonObject body = PhpQuery::decode(QString::fromUtf8(request.body()));
        for (auto it = body.begin(); it != body.end(); ++it)
            params.insert(it.key(), it.value());
    }

    const QString auth = params.take(u"auth"_s).toString();
    std::optional<AccessToken> token;
    if (const auto known = m_access.constFind(auth); !auth.isEmpty() && known != m_access.cend())
        token = *known;
    else if (const auto earlier = earlierRunToken(auth, Kind::Access))
        token = AccessToken{earlier->userId,
                            m_earlierAccessExpired ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                                                   : earlier->expiresAt};
    if (!token)
        return writeJson(responder, 401,
                         FakeRestApi::error(401, u"NO_AUTH_FOUND"_s, u"Wrong authorization data"_s).body);
    if (token->expiresAt <= QDateTime::currentDateTimeUtc())
        return writeJson(
            responder, 401,
            FakeRestApi::error(401, u"expired_token"_s, u"The access token provided has expired."_s).body);
    const FakeRestApi::Reply reply = m_api.call(method, params, token->userId);
    writeJson(responder, reply.status, reply.body);
}

void FakeBitrixServer::photo(const QString &file, QHttpServerResponder &&responder)
{
    static const QRegularExpression name(u"^([0-9]+)(?:-(small|medium|large))?\\.png$"_s);
    const auto m = name.match(file);
    if (!m.hasMatch() || !m_api.person(m.captured(1).toInt())) {
        responder.write(Status::NotFound);
        return;
    }
    const QString size = m.captured(2);
    const int side = size == u"small" ? 50 : size == u"medium" ? 100 : size == u"large" ? 200 : 256;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((m.captured(1).toInt() * 47) % 360, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    responder.write(png, "image/png");
}

} // namespace opc
