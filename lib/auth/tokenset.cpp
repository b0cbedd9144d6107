#include "tokenset.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace opc {

static qint64 integerField(const QJsonValue &v)
{
    // The OAuth server sends numbers; the simplified flow and older portals send numeric strings.
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

std::optional<TokenSet> TokenSet::fromTokenResponse(const QJsonObject &reply, const QDateTime &now)
{
    TokenSet t;
    t.accessToken = reply.value(u"access_token"_s).toString();
    t.refreshToken = reply.value(u"refresh_token"_s).toString();
    t.memberId = reply.value(u"member_id"_s).toString();
    t.clientEndpoint = QUrl(reply.value(u"client_endpoint"_s).toString(), QUrl::StrictMode);
    t.serverEndpoint = QUrl(reply.value(u"server_endpoint"_s).toString(), QUrl::StrictMode);
    t.userId = integerField(reply.value(u"user_id"_s));
    t.scope = reply.value(u"scope"_s).toString();
    const qint64 expires = integerField(reply.value(u"expires"_s));
    const qint64 expiresIn = integerField(reply.value(u"expires_in"_s));
    if (expires > 0)
        t.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    else
        t.expiresAt = now.toUTC().addSecs(expiresIn > 0 ? expiresIn : 3600);
    if (!t.isUsable())
        return std::nullopt;
    return t;
}

QByteArray TokenSet::toJson() const
{
    const QJsonObject o{
        {u"access_token"_s, accessToken},
        {u"refresh_token"_s, refreshToken},
        {u"expires"_s, expiresAt.toSecsSinceEpoch()},
        {u"member_id"_s, memberId},
        {u"client_endpoint"_s, clientEndpoint.toString()},
        {u"server_endpoint"_s, serverEndpoint.toString()},
        {u"user_id"_s, userId},
        {u"scope"_s, scope},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const qint64 expires = integerField(o.value(u"expires"_s));
    if (expires <= 0)
        return std::nullopt;
    return fromTokenResponse(o, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC));
}

bool TokenSet::isExpired(const QDateTime &now, int marginSecs) const
{
    return !expiresAt.isValid() || now.addSecs(marginSecs) >= expiresAt;
}

} // namespace opc
