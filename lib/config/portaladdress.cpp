#include "portaladdress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// "https://foo.bitrix24.com", as an operator would write it. Never the query, fragment or user info:
// a pasted link's query can carry sign-in codes or tokens, and these messages reach the log.
QString friendlyUrl(const QUrl &url)
{
    const QUrl shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    return shown.path() == u"/" ? shown.adjusted(QUrl::RemovePath).toString() : shown.toString();
}

// What a message may quote of input it could not read as an address: the host part only (the same
// reason as above), bounded.
QString quotedHost(const QString &text)
{
    static const QRegularExpression authority(u"^(?:[A-Za-z][A-Za-z0-9+.-]*:/*)?(?:[^/?#@]*@)?([^/?#]*)"_s);
    return authority.match(text).captured(1).left(80);
}

// "https//host", "https:/host", "https:\\host", "HTTPS://host" -> "https://host".
QString repairScheme(const QString &text)
{
    static const QRegularExpression sloppy(u"^(https?)(//|:/|:\\\\{1,2}|:)(?=[^/\\\\])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = sloppy.match(text);
    if (!match.hasMatch())
        return text;
    return match.captured(1).toLower() + u"://"_s + text.mid(match.capturedLength());
}

bool isIpAddress(const QString &host)
{
    return !QHostAddress(host).isNull();
}

// A cloud portal the operator may have meant by `label` ("foo", "foo.bitrix24").
QUrl cloudSuggestion(const QString &label)
{
    static const QRegularExpression name(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"_s);
    const QString lower = label.toLower();
    if (!name.match(lower).hasMatch())
        return {};
    return QUrl(u"https://%1.bitrix24.com/"_s.arg(lower));
}

// The page an admin or operator chose is kept, path and query, except what belongs to one visit
// of it: a pasted link after a sign-in carries codes and tokens that must not be remembered.
void dropOneVisitParameters(QUrl &url)
{
    static const QStringList oneVisit{
        u"code"_s,    u"state"_s,      u"access_token"_s, u"refresh_token"_s, u"auth"_s,
        u"auth_id"_s, u"refresh_id"_s, u"sessid"_s,       u"member_id"_s,     u"server_domain"_s};
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery kept;
    for (const auto &[name, value] : items) {
        if (!oneVisit.contains(name.toLower()))
            kept.addQueryItem(name, value);
    }
    url.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded), QUrl::StrictMode);
}

} // namespace

bool PortalAddress::isCloudPortal(const QUrl &url)
{
    static const QRegularExpression cloud(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?\\.bitrix24\\.[a-z]{2,6}$"_s);
    return cloud.match(url.host().toLower()).hasMatch();
}

bool PortalAddress::isBitrixSite(const QString &host)
{
    static const QRegularExpression site(u"^(www\\.)?bitrix24\\.[a-z]{2,6}$"_s);
    return site.match(host.toLower()).hasMatch();
}

PortalAddress::Result PortalAddress::parse(const QString &input)
{
    QString text = repairScheme(input.trimmed());
    if (text.isEmpty())
        return {{},
                tr("Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com."),
                {}};
    if (text.contains(QRegularExpression(u"\\s"_s))) {
        QString joined = text;
        joined.remove(QRegularExpression(u"\\s"_s));
        const Result fixed = parse(joined);
        return {{}, tr("A portal address cannot contain spaces."), fixed.isValid() ? fixed.url : QUrl()};
    }

    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    const bool typedScheme = hasScheme.match(text).hasMatch() &&
        !QRegularExpression(u"^[^/:]+:[0-9]+(/|$)"_s).match(text).hasMatch();
    static const QRegularExpression emptyLabel(u"^([A-Za-z]+://)?[^/?#]*(\\.\\.|//\\.)"_s);
    if (emptyLabel.match(text).hasMatch())
        return {{}, tr("\"%1\" has an empty part between dots.").arg(quotedHost(text)), {}};
    QUrl url(typedScheme ? text : u"https://"_s + text, QUrl::TolerantMode);
    if (!url.isValid())
        return {{}, tr("\"%1\" is not a valid web address.").arg(quotedHost(text)), {}};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return {{},
                tr("The portal address must start with https:// (or http:// for a self-hosted portal), "
                   "not %1:.")
                    .arg(scheme),
                {}};
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return {{},
                tr("Do not put a user name or password in the portal address; sign in on the portal page."),
                {}};

    QString host = url.host();
    if (host.endsWith(u'.')) // "foo.bitrix24.com." is the same name, written fully qualified
        host.chop(1);
    if (host.isEmpty())
        return {{}, tr("The portal address has no host name."), {}};
    // International names ("црм.пример.рф") are checked in their ASCII form.
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (host.contains(u"..") || host.startsWith(u'.'))
        return {{}, tr("\"%1\" has an empty part between dots.").arg(host), {}};
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    if (!isIpAddress(host) && (ace.isEmpty() || !hostName.match(ace).hasMatch()))
        return {{},
                tr("\"%1\" is not a valid host name: use only letters, digits, dots and dashes.").arg(host),
                {}};
    host = host.toLower();
    url.setScheme(scheme);
    url.setHost(host);
    url.setFragment({});
    if (url.path().isEmpty())
        url.setPath(u"/"_s);

    const bool singleLabel = !host.contains(u'.') && !isIpAddress(host) && host != u"localhost";
    if (singleLabel && !typedScheme && url.port() < 0) {
        const QUrl suggestion = cloudSuggestion(host);
        return {
            {},
            suggestion.isEmpty()
                ? tr("\"%1\" is not a complete address. Type the whole address, for example "
                     "https://example.bitrix24.com.")
                      .arg(host)
                : tr("\"%1\" is not a complete address. Did you mean %2?").arg(host, friendlyUrl(suggestion)),
            suggestion};
    }
    static const QRegularExpression missingTld(u"^([a-z0-9-]+)\\.bitrix24$"_s);
    if (const auto match = missingTld.match(host); match.hasMatch()) {
        const QUrl suggestion = cloudSuggestion(match.captured(1));
        return {{},
                tr("\"%1\" is missing its ending. Did you mean %2?").arg(host, friendlyUrl(suggestion)),
                suggestion};
    }
    if (isBitrixSite(host))
        return {{},
                tr("%1 is Bitrix24's own web site, not your portal. Your portal's address looks like "
                   "https://<name>.bitrix24.com: you find it in your browser's address bar.")
                    .arg(host),
                {}};
    if (isCloudPortal(url) && scheme != u"https") {
        url.setScheme(u"https"_s);
        return {{},
                tr("Bitrix24 cloud portals only work over https://. Did you mean %1?").arg(friendlyUrl(url)),
                url};
    }
    dropOneVisitParameters(url);
    return {url, {}, {}};
}

} // namespace opc
