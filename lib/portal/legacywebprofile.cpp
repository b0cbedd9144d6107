#include "legacywebprofile.h"

#include "protocol/logging.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace opc {

bool LegacyWebProfile::adopt(const QString &dataDir, const QString &key)
{
    const QDir web(QDir(dataDir).filePath(u"web"_s));
    const QString storage = web.filePath(u"storage"_s);
    if (key.isEmpty() || web.exists(key) || !QFileInfo(storage).isDir())
        return false;
    const QDir target(web.filePath(key));
    if (!web.mkdir(key) || !QDir().rename(storage, target.filePath(u"storage"_s))) {
        qCWarning(lcApp).noquote() << "could not move the browser profile of an older version from"
                                   << QDir::toNativeSeparators(storage) << "to"
                                   << QDir::toNativeSeparators(target.path());
        web.rmdir(key); // empty: the next start tries again
        return false;
    }
    // The cache only saves downloads; it goes along so nothing is left behind.
    const QString cache = web.filePath(u"cache"_s);
    if (QFileInfo(cache).isDir() && !QDir().rename(cache, target.filePath(u"cache"_s)))
        qCWarning(lcApp).noquote() << "left the old browser cache in" << QDir::toNativeSeparators(cache);
    qCInfo(lcApp).noquote() << "moved the browser profile of an older version from"
                            << QDir::toNativeSeparators(storage) << "to"
                            << QDir::toNativeSeparators(target.path());
    return true;
}

} // namespace opc
