#pragma once

#include <QString>
#include <QUrl>

namespace opc {

// "host" or "host:port" of a URL, lower case, default ports (80, 443) dropped: how a portal writes
// its host into worker frame names, and the key of everything kept per portal.
QString urlAuthority(const QUrl &url);

} // namespace opc
