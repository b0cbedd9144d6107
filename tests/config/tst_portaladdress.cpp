#include "config/portaladdress.h"

#include <QTest>

using opc::PortalAddress;

class TestPortalAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("url");
        QTest::newRow("cloud") << u"https://example.bitrix24.com"_qs << u"https://example.bitrix24.com/"_qs;
        QTest::newRow("cloud de, upper")
            << u"https://Firma.Bitrix24.DE/"_qs << u"https://firma.bitrix24.de/"_qs;
        QTest::newRow("cloud ru bare host") << u"  shop.bitrix24.ru "_qs << u"https://shop.bitrix24.ru/"_qs;
        QTest::newRow("self-hosted https")
            << u"https://crm.example.org/"_qs << u"https://crm.example.org/"_qs;
        QTest::newRow("self-hosted http port") << u"http://10.0.0.5:8080"_qs << u"http://10.0.0.5:8080/"_qs;
        QTest::newRow("bare host with port")
            << u"intranet.local:8443"_qs << u"https://intranet.local:8443/"_qs;
        QTest::newRow("fragment dropped")
            << u"https://crm.example.org/stream/#top"_qs << u"https://crm.example.org/stream/"_qs;
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
        QTest::newRow("empty") << u"  "_qs << u"Enter the address"_qs;
        QTest::newRow("ftp") << u"ftp://example.bitrix24.com"_qs << u"not ftp:"_qs;
        QTest::newRow("javascript") << u"javascript:alert(1)"_qs << u"not javascript:"_qs;
        QTest::newRow("file") << u"file:///etc/passwd"_qs << u"not file:"_qs;
        QTest::newRow("cloud over http")
            << u"http://example.bitrix24.com"_qs << u"only reachable over https"_qs;
        QTest::newRow("credentials") << u"https://bob:secret@example.bitrix24.com"_qs
                                     << u"user name or password"_qs;
        QTest::newRow("spaces") << u"https://exa mple.com"_qs << u"spaces"_qs;
        QTest::newRow("no host") << u"https:///path"_qs << u"no host"_qs;
        QTest::newRow("bad host") << u"https://ex_ample!.com"_qs << u"valid"_qs;
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
        QVERIFY(PortalAddress::isCloudPortal(QUrl(u"https://a-b.bitrix24.kz/"_qs)));
        QVERIFY(!PortalAddress::isCloudPortal(QUrl(u"https://bitrix24.com.evil.org/"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "tst_portaladdress.moc"
