#include "portalprofile.h"

#include <QDir>
#include <QFile>
#include <QWebEngineProfile>
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
#include <QWebEngineProfileBuilder>
#endif

using namespace Qt::StringLiterals;

namespace opc {
namespace {

#if QT_VERSION < QT_VERSION_CHECK(6, 9, 0)
// Before Qt 6.9 a named profile opens its preferences (user_prefs.json) in the default location,
// QStandardPaths::AppDataLocation/QtWebEngine/<name>, while it is constructed, i.e. before
// setPersistentStoragePath can move it: with --data-dir that file landed in ~/.local/share. On
// Linux that location follows XDG_DATA_HOME, so it points into the data folder for the moment of
// construction and the throw-away copy is removed afterwards. Windows and macOS take the location
// from the system; there only Qt >= 6.9 (QWebEngineProfileBuilder, below) avoids the stray file.
class ConstructionDataHome
{
public:
    explicit ConstructionDataHome(const QString &dir)
        : m_dir(dir)
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        m_hadValue = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        m_saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir));
#endif
    }
    ~ConstructionDataHome()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        if (m_hadValue)
            qputenv("XDG_DATA_HOME", m_saved);
        else
            qunsetenv("XDG_DATA_HOME");
#endif
        QDir(m_dir).removeRecursively();
    }
    ConstructionDataHome(const ConstructionDataHome &) = delete;
    ConstructionDataHome &operator=(const ConstructionDataHome &) = delete;

private:
    QString m_dir;
    QByteArray m_saved;
    bool m_hadValue = false;
};
#endif

} // namespace

QWebEngineProfile *PortalProfile::create(const QString &dataDir, QObject *parent, const QString &key)
{
    const QString web = QDir(dataDir).filePath(u"web"_s);
    const QString root = key.isEmpty() ? web : QDir(web).filePath(key);
    QDir().mkpath(root);
    // The storage name must be unique among the profiles alive at once.
    const QString name = key.isEmpty() ? u"portal"_s : u"portal-"_s + key;
    const QString storage = QDir(root).filePath(u"storage"_s);
    const QString cache = QDir(root).filePath(u"cache"_s);
    // Bitrix24 keeps the login in session cookies; without forcing they die with the process.
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    QWebEngineProfileBuilder builder;
    builder.setPersistentStoragePath(storage)
        .setCachePath(cache)
        .setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies)
        .setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    return builder.createProfile(name, parent);
#else
    const ConstructionDataHome dataHome(QDir(root).filePath(u"construction"_s));
    auto *profile = new QWebEngineProfile(name, parent);
    profile->setPersistentStoragePath(storage);
    profile->setCachePath(cache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    return profile;
#endif
}

} // namespace opc
