#include "authorizationflow.h"

#include "protocol/logging.h"

#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace opc {

AuthorizationFlow::AuthorizationFlow(QObject *parent)
    : QObject(parent)
{
}

QUrl AuthorizationFlow::begin()
{
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    m_state =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl url = m_settings.authorizeEndpoint();
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, m_settings.clientId());
    query.addQueryItem(u"state"_s, m_state);
    url.setQuery(query);
    return url;
}

static QUrl comparable(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash |
                        QUrl::NormalizePathSegments | QUrl::RemoveUserInfo);
}

bool AuthorizationFlow::isRedirect(const QUrl &url) const
{
    const QUrl redirect = m_settings.redirectUri();
    return redirect.isValid() && !redirect.isEmpty() && comparable(url) == comparable(redirect);
}

bool AuthorizationFlow::handleNavigation(const QUrl &url)
{
    if (!isRedirect(url))
        return false;

    const QUrlQuery query(url);
    const auto item = [&](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    if (!isPending()) {
        qCInfo(lcAuth) << "Ignoring a redirect with no sign-in in progress";
        return true;
    }
    // Single use: a replayed or second redirect is refused.
    const QString expected = std::exchange(m_state, QString());
    if (item(u"state"_s) != expected) {
        qCWarning(lcAuth) << "Redirect refused: state does not match";
        emit failed(tr("Sign-in was refused because the answer did not match the request. Try again."));
        return true;
    }
    if (const QString error = item(u"error"_s); !error.isEmpty()) {
        emit failed(tr("The portal did not allow the sign-in (%1).").arg(error));
        return true;
    }
    AuthorizationCode code;
    code.code = item(u"code"_s);
    code.domain = item(u"domain"_s);
    code.memberId = item(u"member_id"_s);
    code.scope = item(u"scope"_s);
    code.serverDomain = item(u"server_domain"_s);
    code.receivedAt = QDateTime::currentDateTimeUtc();
    if (code.code.isEmpty()) {
        emit failed(tr("The portal's answer had no authorization code."));
        return true;
    }
    if (!code.domain.isEmpty() && code.domain.compare(m_settings.portalHost(), Qt::CaseInsensitive) != 0) {
        qCWarning(lcAuth) << "Redirect refused: issued by" << code.domain << "not" << m_settings.portalHost();
        emit failed(tr("The sign-in came from another portal (%1).").arg(code.domain));
        return true;
    }
    emit codeReceived(code);
    return true;
}

} // namespace opc
