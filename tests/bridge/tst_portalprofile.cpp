#include "bridge/portalprofile.h"
#include "webtestutil.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

// The portal's browser profile: on disk under <dataDir>/web, and a portal login (Bitrix24 keeps it
// in a session cookie) that survives the console being closed and started again.
class TestPortalProfile : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;

    // What the page at /whoami shows: the Cookie header it was requested with, and its local storage.
    static QString whoAmI(QWebEngineProfile *profile, const QString &origin)
    {
        QWebEnginePage page(profile);
        if (!test::loadAndWait(&page, QUrl(origin + u"/whoami"_s)))
            return u"<not loaded>"_s;
        return test::runJs(&page, u"document.body.textContent + ' | ' + localStorage.getItem('opcProbe')"_s)
            .toString();
    }

    static bool fileContains(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_server, u"127.0.0.1"_s);
        QVERIFY(!m_origin.isEmpty());
        // A session cookie (no Expires), as the portal sets it at login, plus something in local storage.
        m_server.route(u"/login"_s, [](const QHttpServerRequest &) {
            QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                         QByteArrayLiteral("<!doctype html><title>login</title>"
                                                           "<script>localStorage.setItem('opcProbe', 'kept')"
                                                           "</script>"));
            response.setHeader("Set-Cookie", "PHPSESSID=s3ss10n; Path=/; HttpOnly");
            return response;
        });
        m_server.route(u"/whoami"_s, [](const QHttpServerRequest &request) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                       QByteArray("cookie: ") + request.value("Cookie"));
        });
    }

    void livesUnderTheDataDirectory()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QObject owner;
        QWebEngineProfile *profile = PortalProfile::create(dataDir.path(), &owner);
        QCOMPARE(profile->parent(), &owner);
        QVERIFY(!profile->isOffTheRecord());
        QCOMPARE(profile->storageName(), u"portal"_s);
        const QDir web(dataDir.filePath(u"web"_s));
        QVERIFY(web.exists());
        QCOMPARE(QDir::cleanPath(profile->persistentStoragePath()), web.filePath(u"storage"_s));
        QCOMPARE(QDir::cleanPath(profile->cachePath()), web.filePath(u"cache"_s));
        QCOMPARE(profile->persistentCookiesPolicy(), QWebEngineProfile::ForcePersistentCookies);
        QCOMPARE(profile->httpCacheType(), QWebEngineProfile::DiskHttpCache);
    }

    // Log in, close the profile (as the console does on exit), open it again from the same data
    // directory: the session cookie and local storage are still there.
    void loginSurvivesARestart()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        {
            std::unique_ptr<QWebEngineProfile> profile(PortalProfile::create(dataDir.path(), nullptr));
            {
                QWebEnginePage page(profile.get());
                QVERIFY(test::loadAndWait(&page, QUrl(m_origin + u"/login"_s)));
            }
            QCOMPARE(whoAmI(profile.get(), m_origin), u"cookie: PHPSESSID=s3ss10n | kept"_s);
        }
        // Chromium writes the cookie database on its own thread after the profile is gone; a profile
        // opened before that reads the old file.
        QTRY_VERIFY_WITH_TIMEOUT(fileContains(dataDir.filePath(u"web/storage/Cookies"_s), "PHPSESSID"),
                                 20000);

        std::unique_ptr<QWebEngineProfile> reopened(PortalProfile::create(dataDir.path(), nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(whoAmI(reopened.get(), m_origin), u"cookie: PHPSESSID=s3ss10n | kept"_s,
                                  20000);
    }
};

QTEST_MAIN(TestPortalProfile)
#include "tst_portalprofile.moc"
