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
        QTest::newRow("cloud over http")
            << u"http://example.bitrix24.com"_s << u"only reachable over https"_s;
        QTest::newRow("credentials") << u"https://bob:secret@example.bitrix24.com"_s
                                     << u"user name or password"_s;
        QTest::newRow("spaces") << u"https://exa mple.com"_s << u"spaces"_s;
        QTest::newRow("no host") << u"https:///path"_s << u"no host"_s;
        QTest::newRow("bad host") << u"https://ex_ample!.com"_s << u"valid"_s;
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

    void cloudPortals()
    {
        QVERIFY(PortalAddress::isCloudPortal(QUrl(u"https://a-b.bitrix24.kz/"_s)));
        QVERIFY(!PortalAddress::isCloudPortal(QUrl(u"https://bitrix24.com.evil.org/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
