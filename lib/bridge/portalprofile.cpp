#include "portalprofile.h"

#include <QDir>
#include <QWebEngineProfile>

namespace opc {

QWebEngineProfile *PortalProfile::create(const QString &dataDir, QObject *parent)
{
    const QString root = QDir(dataDir).filePath(u"web"_qs);
    QDir().mkpath(root);
    auto *profile = new QWebEngineProfile(u"portal"_qs, parent);
    profile->setPersistentStoragePath(QDir(root).filePath(u"storage"_qs));
    profile->setCachePath(QDir(root).filePath(u"cache"_qs));
    // Bitrix24 keeps the login in session cookies; without forcing they die with the process.
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    return profile;
}

} // namespace opc
