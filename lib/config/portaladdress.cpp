#include "portaladdress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {

bool PortalAddress::isCloudPortal(const QUrl &url)
{
    static const QRegularExpression cloud(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?\\.bitrix24\\.[a-z]{2,6}$"_s);
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

    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    const bool bareHost = !hasScheme.match(text).hasMatch() ||
        QRegularExpression(u"^[^/:]+:[0-9]+(/|$)"_s).match(text).hasMatch();
    QUrl url(bareHost ? u"https://"_s + text : text, QUrl::StrictMode);
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
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    if (!hostName.match(url.host()).hasMatch())
        return {{}, tr("\"%1\" is not a valid host name.").arg(url.host())};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setFragment({});
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    if (isCloudPortal(url) && scheme != u"https")
        return {{}, tr("Bitrix24 cloud portals are only reachable over https://.")};
    return {url, {}};
}

} // namespace opc
