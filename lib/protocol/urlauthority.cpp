#include "urlauthority.h"

namespace opc {

QString urlAuthority(const QUrl &url)
{
    const int port = url.port();
    const bool defaultPort =
        port < 0 || (url.scheme() == u"http" && port == 80) || (url.scheme() == u"https" && port == 443);
    const QString host = url.host().toLower();
    return defaultPort ? host : host + u':' + QString::number(port);
}

} // namespace opc
