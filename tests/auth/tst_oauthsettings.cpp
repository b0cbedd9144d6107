#include "auth/oauthsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using opc::OAuthSettings;

class TestOAuthSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void serverRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << u"https://oauth.bitrix.info"_s << true;
        QTest::newRow("region") << u"https://oauth.bitrix24.tech"_s << true;
        QTest::newRow("self-hosted https") << u"https://sso.example.org/b24"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http remote") << u"http://oauth.example.org"_s << false;
        QTest::newRow("http lan") << u"http://192.168.1.10"_s << false;
        QTest::newRow("ftp") << u"ftp://oauth.example.org"_s << false;
        QTest::newRow("userinfo") << u"https://user:pw@oauth.example.org"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }
    void serverRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(OAuthSettings::isAcceptableEndpoint(QUrl(url)), ok);
    }

    void endpointsAndHost()
    {
        OAuthSettings s;
        s.setPortalUrl(QUrl(u"https://acme.bitrix24.com/crm/?x=1"_s)); // kept: the origin only
        QCOMPARE(s.portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QCOMPARE(s.oauthServer(), OAuthSettings::defaultServer());
        QCOMPARE(s.authorizeEndpoint(), QUrl(u"https://acme.bitrix24.com/oauth/authorize/"_s));
        QCOMPARE(s.tokenEndpoint(), QUrl(u"https://oauth.bitrix.info/oauth/token/"_s));
        QCOMPARE(s.portalHost(), u"acme.bitrix24.com"_s);
        s.setPortalUrl(QUrl(u"http://127.0.0.1:8123/"_s));
        QCOMPARE(s.portalHost(), u"127.0.0.1:8123"_s);
        s.setOAuthServer(OAuthSettings::regionServer());
        QCOMPARE(s.tokenEndpoint(), QUrl(u"https://oauth.bitrix24.tech/oauth/token/"_s));
    }

    void validateNamesEachProblem()
    {
        OAuthSettings s;
        QCOMPARE(s.validate().size(), 3); // portal, client id, redirect
        s.setPortalUrl(QUrl(u"http://acme.bitrix24.com"_s));
        s.setClientId(u"app"_s);
        s.setRedirectUri(QUrl(u"https://console.example.com/done"_s));
        QCOMPARE(s.validate().size(), 1); // plain http to a remote portal
        s.setPortalUrl(QUrl(u"https://acme.bitrix24.com"_s));
        QVERIFY(s.isComplete());
        s.setOAuthServer(QUrl(u"http://oauth.example.org"_s));
        QVERIFY(!s.isComplete());
    }

    void savesNoSecret()
    {
        OAuthSettings s;
        s.setPortalUrl(QUrl(u"https://acme.bitrix24.com"_s));
        s.setClientId(u"app"_s);
        s.setRedirectUri(QUrl(u"https://console.example.com/done"_s));
        QSettings ini(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        s.save(ini);
        QCOMPARE(OAuthSettings::load(ini), s);
        QVERIFY(!ini.allKeys().join(u' ').contains(u"secret"_s, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestOAuthSettings)
#include "tst_oauthsettings.moc"
