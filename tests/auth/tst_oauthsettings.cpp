#include "auth/oauthsettings.h"
#include "auth/provisioningconfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using opc::OAuthSettings;

class TestOAuthSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"config%1.ini"_s.arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

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
        s.setPortalUrl(OAuthSettings::portalUrlFromText(u" acme.bitrix24.com/crm/ "_s));
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

    void provisioningLoadsIni()
    {
        const QString path =
            writeIni("[portal]\nurl=acme.bitrix24.com\n[oauth]\nclient_id=local.abc.123\n"
                     "server=https://oauth.bitrix24.tech\nredirect_uri=https://console.example.com/done\n");
        OAuthSettings s;
        QString error;
        QVERIFY2(opc::ProvisioningConfig::load(path, &s, &error), qPrintable(error));
        QCOMPARE(s.portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QCOMPARE(s.clientId(), u"local.abc.123"_s);
        QCOMPARE(s.oauthServer(), QUrl(u"https://oauth.bitrix24.tech"_s));
        QCOMPARE(s.redirectUri(), QUrl(u"https://console.example.com/done"_s));
    }

    void provisioningDefaultsTheServer()
    {
        const QString path = writeIni("[portal]\nurl=https://acme.bitrix24.com\n[oauth]\nclient_id=x\n"
                                      "redirect_uri=https://console.example.com/done\n");
        OAuthSettings s;
        QVERIFY(opc::ProvisioningConfig::load(path, &s, nullptr));
        QCOMPARE(s.oauthServer(), OAuthSettings::defaultServer());
    }

    void provisioningRefusesSecretsAndBadServers_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("mentions");
        const QByteArray ok = "[portal]\nurl=https://acme.bitrix24.com\n[oauth]\nclient_id=x\n"
                              "redirect_uri=https://console.example.com/done\n";
        QTest::newRow("secret in file") << ok + "client_secret=s3cret\n" << u"client_secret"_s;
        QTest::newRow("http server") << ok + "server=http://oauth.example.org\n" << u"OAuth server"_s;
        QTest::newRow("no client id")
            << QByteArray(
                   "[portal]\nurl=https://acme.bitrix24.com\n[oauth]\nredirect_uri=https://c.example/d\n")
            << u"client ID"_s;
        QTest::newRow("no portal") << QByteArray("[oauth]\nclient_id=x\nredirect_uri=https://c.example/d\n")
                                   << u"portal address"_s;
    }
    void provisioningRefusesSecretsAndBadServers()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, mentions);
        OAuthSettings s;
        QString error;
        QVERIFY(!opc::ProvisioningConfig::load(writeIni(ini), &s, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(s, OAuthSettings());
    }

    void provisioningMissingFile()
    {
        OAuthSettings s;
        QString error;
        QVERIFY(!opc::ProvisioningConfig::load(m_dir.filePath(u"nope.ini"_s), &s, &error));
        QVERIFY(error.contains(u"nope.ini"_s));
    }
};

QTEST_GUILESS_MAIN(TestOAuthSettings)
#include "tst_oauthsettings.moc"
