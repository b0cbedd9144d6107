#include "protocol/weborigin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using opc::WebOrigin;

// One origin type for the portal and the handler: normalised as MessageEvent.origin, refusing
// anything that is not scheme://host[:port] with a specific reason.
class TestWebOrigin : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("authority");
        QTest::newRow("plain") << u"https://app.example.com"_s << u"https://app.example.com"_s
                               << u"app.example.com"_s;
        QTest::newRow("case, slash, default port")
            << u" HTTPS://App.Example.COM:443/ "_s << u"https://app.example.com"_s << u"app.example.com"_s;
        QTest::newRow("http port") << u"http://127.0.0.2:8080"_s << u"http://127.0.0.2:8080"_s
                                   << u"127.0.0.2:8080"_s;
        QTest::newRow("http 80") << u"http://host.test:80"_s << u"http://host.test"_s << u"host.test"_s;
        QTest::newRow("empty") << u""_s << QString() << QString();
    }
    void parses()
    {
        QFETCH(QString, input);
        QFETCH(QString, origin);
        QFETCH(QString, authority);
        const auto result = WebOrigin::parse(input);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.origin.toString(), origin);
        QCOMPARE(result.origin.authority(), authority);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no scheme") << u"app.example.com"_s << u"scheme://"_s;
        QTest::newRow("ftp") << u"ftp://app.example.com"_s << u"ftp://"_s;
        QTest::newRow("path") << u"https://app.example.com/bg"_s << u"/bg"_s;
        QTest::newRow("query") << u"https://app.example.com/?x=1"_s << u"query"_s;
        QTest::newRow("user") << u"https://u:p@app.example.com"_s << u"u:p@"_s;
        QTest::newRow("space") << u"https://app example.com"_s << u"spaces"_s;
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto result = WebOrigin::parse(input);
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY(result.origin.isEmpty());
    }

    // An http page on the portal's host is not the portal: scheme and port are part of it.
    void containsComparesSchemeHostAndPort()
    {
        const WebOrigin portal = WebOrigin::fromUrl(QUrl(u"https://acme.bitrix24.com/crm/?x=1"_s));
        QCOMPARE(portal.toString(), u"https://acme.bitrix24.com"_s);
        QVERIFY(portal.contains(QUrl(u"https://acme.bitrix24.com/telephony/"_s)));
        QVERIFY(portal.contains(QUrl(u"https://ACME.bitrix24.com:443/"_s)));
        QVERIFY(!portal.contains(QUrl(u"http://acme.bitrix24.com/"_s)));
        QVERIFY(!portal.contains(QUrl(u"https://acme.bitrix24.com:8443/"_s)));
        QVERIFY(!portal.contains(QUrl(u"https://evil.com/acme.bitrix24.com"_s)));
        QVERIFY(WebOrigin::fromUrl(QUrl(u"file:///etc/passwd"_s)).isEmpty());
        QCOMPARE(portal.toUrl(), QUrl(u"https://acme.bitrix24.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebOrigin)
#include "tst_weborigin.moc"
