#include "protocol/crmlink.h"

#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

class TestCrmLink : public QObject
{
    Q_OBJECT

private slots:
    void entityCardsOnThePortalsOrigin_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("url");
        const QString portal = u"https://acme.bitrix24.com"_s;
        QTest::newRow("contact") << u"CONTACT"_s << qint64(17) << portal + u"/crm/contact/details/17/"_s;
        QTest::newRow("company") << u"COMPANY"_s << qint64(3) << portal + u"/crm/company/details/3/"_s;
        QTest::newRow("deal") << u"DEAL"_s << qint64(55) << portal + u"/crm/deal/details/55/"_s;
        QTest::newRow("lead") << u"LEAD"_s << qint64(9) << portal + u"/crm/lead/details/9/"_s;
        QTest::newRow("no entity") << u""_s << qint64(0) << QString();
        QTest::newRow("id 0") << u"DEAL"_s << qint64(0) << QString();
        QTest::newRow("other type") << u"QUOTE"_s << qint64(4) << QString();
    }
    void entityCardsOnThePortalsOrigin()
    {
        QFETCH(QString, type);
        QFETCH(qint64, id);
        QFETCH(QString, url);
        // The page the portal shows now does not matter, only its origin.
        const QUrl portal(u"https://acme.bitrix24.com/stream/?IFRAME=Y#top"_s);
        QCOMPARE(CrmLink::entityUrl(portal, type, id).toString(), url);
    }

    void selfHostedPortalKeepsItsPort()
    {
        QCOMPARE(CrmLink::entityUrl(QUrl(u"http://127.0.0.1:8123/"_s), u"contact"_s, 1).toString(),
                 u"http://127.0.0.1:8123/crm/contact/details/1/"_s);
    }

    void telUrlKeepsOnlyWhatIsDialled()
    {
        QCOMPARE(CrmLink::telUrl(u"+7 (495) 123-45-67"_s).toString(), u"tel:+74951234567"_s);
        QCOMPARE(CrmLink::telUrl(u"8 800 *12#"_s).toString(QUrl::FullyEncoded), u"tel:8800*12%23"_s);
        QVERIFY(!CrmLink::telUrl(u"unknown"_s).isValid());
        QVERIFY(!CrmLink::telUrl(u""_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCrmLink)
#include "tst_crmlink.moc"
