#include "weborigin.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

int defaultPort(const QString &scheme)
{
    return scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
}

} // namespace

WebOrigin WebOrigin::fromUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    WebOrigin origin;
    origin.m_scheme = scheme;
    origin.m_host = url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port();
    origin.m_port = port == defaultPort(scheme) ? -1 : port;
    return origin;
}

WebOrigin::ParseResult WebOrigin::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (text.contains(QRegularExpression(u"\\s"_s)))
        return {{}, tr("An origin cannot contain spaces.")};
    if (!text.contains(u"://"))
        return {{},
                tr("Write the origin with its scheme: scheme://host[:port], for example "
                   "https://telephony.example.com.")};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return {{}, tr("\"%1\" is not a valid origin: expected scheme://host[:port].").arg(text)};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return {{}, tr("The origin must start with https:// or http://, not %1://.").arg(scheme)};
    if (!url.userInfo().isEmpty())
        return {{}, tr("An origin has no user name or password: remove \"%1@\".").arg(url.userInfo())};
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty())
        return {{}, tr("The origin has no host name.")};
    // A DNS name or IPv4 address, or an IPv6 address (QUrl has already checked its form).
    static const QRegularExpression hostName(u"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$|^[0-9a-f:.]*:[0-9a-f:.]*$"_s);
    if (!hostName.match(host).hasMatch())
        return {{}, tr("\"%1\" is not a valid host name.").arg(url.host())};
    if (!url.path().isEmpty() && url.path() != u"/")
        return {{},
                tr("An origin has no path: remove \"%1\" and keep scheme://host[:port].").arg(url.path())};
    if (url.hasQuery() || url.hasFragment())
        return {{}, tr("An origin has no query or fragment: keep only scheme://host[:port].")};
    return {fromUrl(url), {}};
}

QString WebOrigin::authority() const
{
    if (isEmpty())
        return {};
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return m_port < 0 ? host : host + u':' + QString::number(m_port);
}

QString WebOrigin::toString() const
{
    return isEmpty() ? QString() : m_scheme + u"://"_s + authority();
}

QUrl WebOrigin::toUrl() const
{
    if (isEmpty())
        return {};
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

} // namespace opc
