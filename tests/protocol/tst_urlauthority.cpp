#include "protocol/urlauthority.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUrlAuthority : public QObject
{
    Q_OBJECT

private slots:
    void authority_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("authority");
        QTest::newRow("https default port") << u"https://A.Bitrix24.com:443/"_s << u"a.bitrix24.com"_s;
        QTest::newRow("http default port") << u"http://crm.example.org:80/x"_s << u"crm.example.org"_s;
        QTest::newRow("other port") << u"http://127.0.0.1:4321/"_s << u"127.0.0.1:4321"_s;
        QTest::newRow("443 over http is not default")
            << u"http://host.example:443/"_s << u"host.example:443"_s;
        QTest::newRow("no port") << u"https://acme.bitrix24.de/stream/"_s << u"acme.bitrix24.de"_s;
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
