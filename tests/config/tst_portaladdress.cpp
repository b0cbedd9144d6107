#include "config/portaladdress.h"

#include <QTest>

using namespace Qt::StringLiterals;

using opc::PortalAddress;

class TestPortalAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::newRow("cloud") << u"https://example.bitrix24.com"_s << u"https://example.bitrix24.com/"_s;
        QTest::newRow("cloud de, upper")
            << u"https://Firma.Bitrix24.DE/"_s << u"https://firma.bitrix24.de/"_s;
        QTest::newRow("cloud ru bare host") << u"  shop.bitrix24.ru "_s << u"https://shop.bitrix24.ru/"_s;
        QTest::newRow("self-hosted https") << u"https://crm.example.org/"_s << u"https://crm.example.org/"_s;
        QTest::newRow("self-hosted http port") << u"http://10.0.0.5:8080"_s << u"http://10.0.0.5:8080/"_s;
        QTest::newRow("bare host with port") << u"intranet.local:8443"_s << u"https://intranet.local:8443/"_s;
        QTest::newRow("fragment dropped")
            << u"https://crm.example.org/stream/#top"_s << u"https://crm.example.org/stream/"_s;
        QTest::newRow("pasted cloud page")
            << u"https://acme.bitrix24.com/crm/deal/details/12/?IFRAME=Y&AUTH_ID=t0k&code=c0de#x"_s
            << u"https://acme.bitrix24.com/crm/deal/details/12/?IFRAME=Y"_s;
        QTest::newRow("pasted self-hosted page") << u"https://crm.example.org/company/?code=abc&state=1"_s
                                                 << u"https://crm.example.org/company/"_s;
        QTest::newRow("trailing dot") << u"acme.bitrix24.com."_s << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("scheme without colon")
            << u"https//acme.bitrix24.com"_s << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("scheme with one slash")
            << u"HTTPS:/acme.bitrix24.com"_s << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("localhost") << u"localhost:8080"_s << u"https://localhost:8080/"_s;
        QTest::newRow("http localhost") << u"http://localhost"_s << u"http://localhost/"_s;
        QTest::newRow("ipv4 bare") << u"192.168.1.20"_s << u"https://192.168.1.20/"_s;
        QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080/"_s;
        QTest::newRow("intranet name with scheme") << u"http://crm:8080"_s << u"http://crm:8080/"_s;
        QTest::newRow("idn") << u"https://црм.пример.рф"_s << u"https://црм.пример.рф/"_s;
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, url);
        const auto result = PortalAddress::parse(input);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.url.toString(), url);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"  "_s << u"Enter the address"_s;
        QTest::newRow("ftp") << u"ftp://example.bitrix24.com"_s << u"not ftp:"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"not javascript:"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"not file:"_s;
        QTest::newRow("cloud over http") << u"http://example.bitrix24.com"_s << u"only work over https"_s;
        QTest::newRow("credentials") << u"https://bob:secret@example.bitrix24.com"_s
                                     << u"user name or password"_s;
        QTest::newRow("spaces") << u"https://exa mple.com"_s << u"spaces"_s;
        QTest::newRow("no host") << u"https:///path"_s << u"no host"_s;
        QTest::newRow("bad host") << u"https://ex_ample!.com"_s << u"valid"_s;
        QTest::newRow("double dot") << u"acme..bitrix24.com"_s << u"empty part"_s;
        QTest::newRow("bitrix24 site") << u"www.bitrix24.com"_s << u"own web site"_s;
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto result = PortalAddress::parse(input);
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.url.isEmpty());
    }

    // A slip with an obvious meaning is refused, and the address meant is offered.
    void suggests_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("single label")
            << u"foo"_s << u"Did you mean https://foo.bitrix24.com?"_s << u"https://foo.bitrix24.com/"_s;
        QTest::newRow("single label, upper")
            << u"  Acme "_s << u"not a complete address"_s << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("no ending") << u"acme.bitrix24"_s << u"missing its ending"_s
                                   << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("cloud over http") << u"http://acme.bitrix24.de/stream/"_s << u"only work over https"_s
                                         << u"https://acme.bitrix24.de/stream/"_s;
        QTest::newRow("space inside")
            << u"acme .bitrix24.com"_s << u"spaces"_s << u"https://acme.bitrix24.com/"_s;
        QTest::newRow("single label, no suggestion") << u"my_portal"_s << u"valid host name"_s << QString();
    }
    void suggests()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        QFETCH(QString, suggestion);
        const auto result = PortalAddress::parse(input);
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(result.suggestion.toString(), suggestion);
        if (!suggestion.isEmpty())
            QVERIFY(PortalAddress::parse(suggestion).isValid());
    }

    // Every refusal reaches the diagnostics log (a second launch, an admin's machine config): it may
    // name the host, never a pasted link's query, fragment or user info.
    void refusalsNeverQuoteQueriesOrCredentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty label") << u"https://acme..bitrix24.com/?auth=SECRET1&access_token=SECRET2"_s;
        QTest::newRow("invalid url") << u"https://ac%me.bitrix24.com/x?access_token=SECRET1#SECRET2"_s;
        QTest::newRow("http cloud") << u"http://acme.bitrix24.com/crm/?access_token=SECRET1#SECRET2"_s;
        QTest::newRow("bare word") << u"acme/?code=SECRET1&state=SECRET2"_s;
        QTest::newRow("user info") << u"https://SECRET1:SECRET2@acme.bitrix24.com/"_s;
        QTest::newRow("other scheme") << u"ftp://acme.bitrix24.com/?access_token=SECRET1&x=SECRET2"_s;
        QTest::newRow("spaces") << u"https://acme .bitrix24.com/?access_token=SECRET1&x=SECRET2"_s;
    }

    void refusalsNeverQuoteQueriesOrCredentials()
    {
        QFETCH(QString, input);
        const auto result = PortalAddress::parse(input);
        QVERIFY(!result.isValid());
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(!result.error.contains(u"SECRET"_s), qPrintable(result.error));
    }

    void cloudPortals()
    {
        QVERIFY(PortalAddress::isCloudPortal(QUrl(u"https://a-b.bitrix24.kz/"_s)));
        QVERIFY(!PortalAddress::isCloudPortal(QUrl(u"https://bitrix24.com.evil.org/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
