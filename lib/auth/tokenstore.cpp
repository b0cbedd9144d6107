#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace opc {

static QString platformKey(const QString &key)
{
#ifdef Q_OS_WIN
    return QStringLiteral(OPC_APP_ID) + u'/' + key;
#else
    return key;
#endif
}

QString TokenStore::tokenKey(const QString &portalHost, const QString &memberId)
{
    return platformKey(portalHost + u'/' + memberId);
}

QString TokenStore::clientSecretKey(const QString &portalHost)
{
    return platformKey(portalHost + u"/client_secret"_s);
}

QString TokenStore::accountKey(const QString &portalHost)
{
    return platformKey(portalHost + u"/account"_s);
}

} // namespace opc
