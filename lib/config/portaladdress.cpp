#include "portaladdress.h"

#include <QRegularExpression>

namespace opc {

bool PortalAddress::isCloudPortal(const QUrl &url)
{
    static const QRegularExpression cloud(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?\\.bitrix24\\.[a-z]{2,6}$"));
    return cloud.match(url.host().toLower()).hasMatch();
}

PortalAddress::Result PortalAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{},
                tr("Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.")};
    if (text.contains(u' '))
        return {{}, tr("A portal address cannot contain spaces.")};

    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const bool bareHost = !hasScheme.match(text).hasMatch() ||
        QRegularExpression(QStringLiteral("^[^/:]+:[0-9]+(/|$)")).match(text).hasMatch();
    QUrl url(bareHost ? u"https://"_qs + text : text, QUrl::StrictMode);
    if (!url.isValid())
        return {{}, tr("\"%1\" is not a valid web address.").arg(text)};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return {
            {},
            tr("The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.")
                .arg(scheme)};
    if (url.host().isEmpty())
        return {{}, tr("The portal address has no host name.")};
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return {{},
                tr("Do not put a user name or password in the portal address; sign in on the portal page.")};
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    if (!hostName.match(url.host()).hasMatch())
        return {{}, tr("\"%1\" is not a valid host name.").arg(url.host())};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setFragment({});
    if (url.path().isEmpty())
        url.setPath(u"/"_qs);
    if (isCloudPortal(url) && scheme != u"https")
        return {{}, tr("Bitrix24 cloud portals are only reachable over https://.")};
    return {url, {}};
}

} // namespace opc
