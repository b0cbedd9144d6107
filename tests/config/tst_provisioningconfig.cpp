#include "config/provisioningconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using opc::OAuthSettings;
using opc::ProvisioningConfig;

// An admin's --config INI: the portal page (with its path and query), the optional handler origin
// and the OAuth application, keyed by the portal's origin; secrets refused.
class TestProvisioningConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"config%1.ini"_s.arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

    static QByteArray oauthPart()
    {
        return "[oauth]\nclient_id=local.abc.123\nredirect_uri=https://console.example.com/done\n";
    }

private slots:
    void loadsIni()
    {
        const QString path =
            writeIni("[portal]\nurl=acme.bitrix24.com\n[oauth]\nclient_id=local.abc.123\n"
                     "server=https://oauth.bitrix24.tech\nredirect_uri=https://console.example.com/done\n");
        ProvisioningConfig config;
        QString error;
        QVERIFY2(ProvisioningConfig::load(path, &config, &error), qPrintable(error));
        QCOMPARE(config.portalUrl, QUrl(u"https://acme.bitrix24.com/"_s));
        QCOMPARE(config.oauth.portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QCOMPARE(config.oauth.clientId(), u"local.abc.123"_s);
        QCOMPARE(config.oauth.oauthServer(), QUrl(u"https://oauth.bitrix24.tech"_s));
        QCOMPARE(config.oauth.redirectUri(), QUrl(u"https://console.example.com/done"_s));
        QVERIFY(config.handlerOrigin.isEmpty());
    }

    // The bug this fixes: the page's path and query were cut off, so the console opened the
    // portal's front page instead of the one the admin chose. Sign-in stays keyed by the origin.
    void keepsThePagePathAndQuery()
    {
        const QString path =
            writeIni("[portal]\nurl=https://acme.bitrix24.com/telephony/?x=1\n" + oauthPart());
        ProvisioningConfig config;
        QString error;
        QVERIFY2(ProvisioningConfig::load(path, &config, &error), qPrintable(error));
        QCOMPARE(config.portalUrl, QUrl(u"https://acme.bitrix24.com/telephony/?x=1"_s));
        QCOMPARE(config.oauth.portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QCOMPARE(config.oauth.portalHost(), u"acme.bitrix24.com"_s);
    }

    void readsTheHandlerOrigin()
    {
        const QString path = writeIni("[portal]\nurl=https://acme.bitrix24.com\n"
                                      "handler_origin=HTTPS://Telephony.Example.com:443/\n" +
                                      oauthPart());
        ProvisioningConfig config;
        QString error;
        QVERIFY2(ProvisioningConfig::load(path, &config, &error), qPrintable(error));
        QCOMPARE(config.handlerOrigin, u"https://telephony.example.com"_s);
    }

    void defaultsTheServer()
    {
        const QString path = writeIni("[portal]\nurl=https://acme.bitrix24.com\n" + oauthPart());
        ProvisioningConfig config;
        QVERIFY(ProvisioningConfig::load(path, &config, nullptr));
        QCOMPARE(config.oauth.oauthServer(), OAuthSettings::defaultServer());
    }

    void refusesSecretsAndBadValues_data()
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
        QTest::newRow("bad portal") << QByteArray("[portal]\nurl=ftp://acme.bitrix24.com\n") + oauthPart()
                                    << u"[portal] url"_s;
        QTest::newRow("http cloud portal")
            << QByteArray("[portal]\nurl=http://acme.bitrix24.com\n") + oauthPart() << u"https://"_s;
        QTest::newRow("origin with path")
            << QByteArray(
                   "[portal]\nurl=https://acme.bitrix24.com\nhandler_origin=https://app.example.com/x\n") +
                oauthPart()
            << u"handler_origin"_s;
    }
    void refusesSecretsAndBadValues()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, mentions);
        ProvisioningConfig config;
        QString error;
        QVERIFY(!ProvisioningConfig::load(writeIni(ini), &config, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(config.portalUrl.isEmpty());
        QCOMPARE(config.oauth, OAuthSettings());
    }

    void missingFile()
    {
        ProvisioningConfig config;
        QString error;
        QVERIFY(!ProvisioningConfig::load(m_dir.filePath(u"nope.ini"_s), &config, &error));
        QVERIFY(error.contains(u"nope.ini"_s));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningConfig)
#include "tst_provisioningconfig.moc"
