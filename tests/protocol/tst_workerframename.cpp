#include "protocol/workerframename.h"

#include <QTest>

using namespace Qt::StringLiterals;

using opc::WorkerFrameName;

class TestWorkerFrameName : public QObject
{
    Q_OBJECT

private slots:
    void parsesPortalName()
    {
        const auto name =
            WorkerFrameName::parse(u"example.bitrix24.com|1|588b8a98e848778a4ffb38fbcf70f2b9"_s);
        QVERIFY(name);
        QCOMPARE(name->domain, u"example.bitrix24.com"_s);
        QVERIFY(name->https);
        QCOMPARE(name->appSid, u"588b8a98e848778a4ffb38fbcf70f2b9"_s);
        QCOMPARE(name->portalOrigin(), u"https://example.bitrix24.com"_s);
    }
    void keepsNonDefaultPortAndStripsDefault()
    {
        auto name = WorkerFrameName::parse(u"127.0.0.1:40123|0|0123456789abcdef0123456789abcdef"_s);
        QVERIFY(name);
        QCOMPARE(name->portalOrigin(), u"http://127.0.0.1:40123"_s);
        name = WorkerFrameName::parse(u"portal.example.org:443|1|0123456789abcdef0123456789abcdef"_s);
        QVERIFY(name);
        QCOMPARE(name->domain, u"portal.example.org"_s);
    }
    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("no sid") << u"example.bitrix24.com|1|"_s;
        QTest::newRow("short sid") << u"example.bitrix24.com|1|abc"_s;
        QTest::newRow("upper sid") << u"example.bitrix24.com|1|588B8A98E848778A4FFB38FBCF70F2B9"_s;
        QTest::newRow("bad protocol") << u"example.bitrix24.com|2|588b8a98e848778a4ffb38fbcf70f2b9"_s;
        QTest::newRow("path in host") << u"evil.com/x|1|588b8a98e848778a4ffb38fbcf70f2b9"_s;
        QTest::newRow("extra field") << u"a.com|1|588b8a98e848778a4ffb38fbcf70f2b9|x"_s;
    }
    void rejectsMalformed()
    {
        QFETCH(QString, name);
        QVERIFY(!WorkerFrameName::parse(name));
    }
};

QTEST_GUILESS_MAIN(TestWorkerFrameName)
#include "tst_workerframename.moc"
