#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opc {

// A web origin, scheme://host[:port], normalised the way a browser writes MessageEvent.origin:
// lower-case scheme and ASCII host, no default port. The one type for the portal's origin and a
// telephony app's handler origin; only http and https origins exist here.
class WebOrigin
{
    Q_DECLARE_TR_FUNCTIONS(opc::WebOrigin)

public:
    struct ParseResult;

    WebOrigin() = default;
    // The origin of an http(s) URL; empty for anything else.
    static WebOrigin fromUrl(const QUrl &url);
    // What an admin or operator types ("https://telephony.example.com"). Empty input is valid and
    // yields an empty origin; anything with a path, query, user name or another scheme is refused
    // with a specific, translated reason.
    static ParseResult parse(const QString &input);

    bool isEmpty() const { return m_host.isEmpty(); }
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    // The explicit port, or -1 for the scheme's default.
    int port() const { return m_port; }
    bool isSecure() const { return m_scheme == u"https"; }
    // "host" or "host:port" (no scheme): how a portal writes itself into worker frame names.
    QString authority() const;
    // "scheme://host[:port]", as MessageEvent.origin; empty for an empty origin.
    QString toString() const;
    QUrl toUrl() const;
    // Whether `url` is on this very origin (scheme, host and port).
    bool contains(const QUrl &url) const { return !isEmpty() && fromUrl(url) == *this; }

    bool operator==(const WebOrigin &) const = default;

private:
    QString m_scheme;
    QString m_host;
    int m_port = -1;
};

struct WebOrigin::ParseResult
{
    WebOrigin origin;
    QString error; // empty when the input was acceptable
    bool isValid() const { return error.isEmpty(); }
};

} // namespace opc
