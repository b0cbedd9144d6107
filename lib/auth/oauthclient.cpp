#include "oauthclient.h"

#include "protocol/logging.h"
#include "protocol/urlauthority.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace opc {

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void OAuthClient::exchangeCode(const QString &code, QObject *context, Callback callback)
{
    post({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}}, context, std::move(callback));
}

void OAuthClient::refresh(const QString &refreshToken, QObject *context, Callback callback)
{
    post({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}, context,
         std::move(callback));
}

void OAuthClient::post(const QList<std::pair<QString, QString>> &fields, QObject *context, Callback callback)
{
    // Built by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QByteArray body = "client_id=" + QUrl::toPercentEncoding(m_settings.clientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret);
    for (const auto &[name, value] : fields)
        body += '&' + name.toLatin1() + '=' + QUrl::toPercentEncoding(value);

    QNetworkRequest request(m_settings.tokenEndpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OperatorConsole/" OPC_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    // The token endpoint never redirects; following one could send the secret elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcAuth) << "Token request" << fields.first().second << "to" << m_settings.tokenEndpoint().host();
    QNetworkReply *reply = m_network->post(request, body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        const Result result = parse(reply);
        if (!result.ok())
            qCInfo(lcAuth) << "Token request failed:" << int(result.error.kind) << result.error.code;
        if (guard && callback)
            callback(result);
    });
}

OAuthClient::Result OAuthClient::parse(QNetworkReply *reply) const
{
    using Kind = Error::Kind;
    Result result;
    const auto fail = [&](Kind kind, const QString &code, const QString &message) {
        result.error = {kind, code, message};
        return result;
    };

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const auto netError = reply->error();
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
            return fail(Kind::Timeout, {}, tr("The sign-in server did not answer in time."));
        return fail(Kind::Network, {}, tr("Cannot reach the sign-in server: %1").arg(reply->errorString()));
    }

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return fail(Kind::BadResponse, {},
                    tr("The sign-in server sent an unexpected answer (HTTP %1).").arg(status));
    const QJsonObject o = doc.object();
    const QString code = o.value(u"error"_s).toString();
    if (!code.isEmpty()) {
        if (code == u"invalid_grant" || code == u"expired_token")
            return fail(Kind::InvalidGrant, code, tr("The sign-in has expired. Sign in again."));
        if (code == u"invalid_client")
            return fail(Kind::InvalidClient, code,
                        tr("The portal rejected the application's client ID or secret."));
        return fail(Kind::Server, code, tr("The sign-in server refused the request (%1).").arg(code));
    }
    if (status != 200)
        return fail(Kind::BadResponse, {}, tr("The sign-in server answered with HTTP %1.").arg(status));

    const auto tokens = TokenSet::fromTokenResponse(o, QDateTime::currentDateTimeUtc());
    if (!tokens)
        return fail(Kind::BadResponse, {}, tr("The sign-in server's answer has no usable tokens."));
    // Tokens only ever go to the configured portal's REST endpoint.
    const QUrl endpoint = tokens->clientEndpoint;
    if (!OAuthSettings::isAcceptableEndpoint(endpoint) || urlAuthority(endpoint) != m_settings.portalHost())
        return fail(Kind::BadResponse, {},
                    tr("The sign-in server named a REST endpoint outside the portal."));
    result.tokens = *tokens;
    return result;
}

} // namespace opc
