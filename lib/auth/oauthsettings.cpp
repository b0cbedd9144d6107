#include "oauthsettings.h"

#include "protocol/urlauthority.h"
#include "protocol/weborigin.h"

#include <QHostAddress>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace opc {

QUrl OAuthSettings::defaultServer()
{
    return QUrl(u"https://oauth.bitrix.info"_s);
}

QUrl OAuthSettings::regionServer()
{
    return QUrl(u"https://oauth.bitrix24.tech"_s);
}

void OAuthSettings::setPortalUrl(const QUrl &url)
{
    m_portalUrl = WebOrigin::fromUrl(url).toUrl();
}

QString OAuthSettings::portalHost() const
{
    return urlAuthority(m_portalUrl);
}

static QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    return url;
}

QUrl OAuthSettings::authorizeEndpoint() const
{
    // The portal, not the OAuth server, shows the consent/login page (bitrix24-protocol.md §4).
    return withPath(m_portalUrl.adjusted(QUrl::RemovePath), u"/oauth/authorize/"_s);
}

QUrl OAuthSettings::tokenEndpoint() const
{
    return withPath(oauthServer(), u"/oauth/token/"_s);
}

bool OAuthSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool OAuthSettings::isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopbackHost(url.host());
}

QStringList OAuthSettings::validate() const
{
    QStringList problems;
    if (m_portalUrl.isEmpty())
        problems << tr("The portal address is missing.");
    else if (!isAcceptableEndpoint(m_portalUrl))
        problems << tr("The portal address must start with https:// (plain http only for this computer).");
    if (m_clientId.isEmpty())
        problems << tr("The application client ID is missing.");
    if (!isAcceptableEndpoint(oauthServer()))
        problems << tr("The OAuth server must be an https:// address (plain http only for this computer).");
    if (m_redirectUri.isEmpty())
        problems << tr("The redirect URI is missing.");
    else if (!m_redirectUri.isValid() || m_redirectUri.host().isEmpty() ||
             (m_redirectUri.scheme() != u"https" && m_redirectUri.scheme() != u"http"))
        problems << tr("The redirect URI must be an http(s) address.");
    return problems;
}

void OAuthSettings::save(QSettings &settings) const
{
    settings.setValue(u"portalUrl"_s, m_portalUrl.toString());
    settings.setValue(u"clientId"_s, m_clientId);
    settings.setValue(u"oauthServer"_s, m_oauthServer.toString());
    settings.setValue(u"redirectUri"_s, m_redirectUri.toString());
}

OAuthSettings OAuthSettings::load(QSettings &settings)
{
    OAuthSettings s;
    s.setPortalUrl(QUrl(settings.value(u"portalUrl"_s).toString()));
    s.setClientId(settings.value(u"clientId"_s).toString());
    s.setOAuthServer(QUrl(settings.value(u"oauthServer"_s).toString()));
    s.setRedirectUri(QUrl(settings.value(u"redirectUri"_s).toString()));
    return s;
}

} // namespace opc
