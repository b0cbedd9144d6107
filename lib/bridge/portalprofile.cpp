#include "portalprofile.h"

#include <QDir>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

namespace opc {

QWebEngineProfile *PortalProfile::create(const QString &dataDir, QObject *parent, const QString &key)
{
    const QString web = QDir(dataDir).filePath(u"web"_s);
    const QString root = key.isEmpty() ? web : QDir(web).filePath(key);
    QDir().mkpath(root);
    // The storage name must be unique among the profiles alive at once.
    auto *profile = new QWebEngineProfile(key.isEmpty() ? u"portal"_s : u"portal-"_s + key, parent);
    profile->setPersistentStoragePath(QDir(root).filePath(u"storage"_s));
    profile->setCachePath(QDir(root).filePath(u"cache"_s));
    // Bitrix24 keeps the login in session cookies; without forcing they die with the process.
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    return profile;
}

} // namespace opc
