#include "protocol/urlauthority.h"

#include <QTest>

class TestUrlAuthority : public QObject
{
    Q_OBJECT

private slots:
    void authority_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("authority");
        QTest::newRow("https default port") << u"https://A.Bitrix24.com:443/"_qs << u"a.bitrix24.com"_qs;
        QTest::newRow("http default port") << u"http://crm.example.org:80/x"_qs << u"crm.example.org"_qs;
        QTest::newRow("other port") << u"http://127.0.0.1:4321/"_qs << u"127.0.0.1:4321"_qs;
        QTest::newRow("443 over http is not default")
            << u"http://host.example:443/"_qs << u"host.example:443"_qs;
        QTest::newRow("no port") << u"https://acme.bitrix24.de/stream/"_qs << u"acme.bitrix24.de"_qs;
    }
    void authority()
    {
        QFETCH(QString, url);
        QFETCH(QString, authority);
        QCOMPARE(opc::urlAuthority(QUrl(url)), authority);
    }
};

QTEST_GUILESS_MAIN(TestUrlAuthority)
#include "tst_urlauthority.moc"
