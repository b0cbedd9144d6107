#include "portal/externalopener.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

// The bounded opener with a recording opener and a clock the test moves: no browser starts.
class TestExternalOpener : public QObject
{
    Q_OBJECT

    qint64 m_now = 0;
    QList<QUrl> m_launched;

    void attach(ExternalOpener &opener)
    {
        m_now = 50'000;
        m_launched.clear();
        opener.setClock([this] { return m_now; });
        opener.setOpener([this](const QUrl &url) {
            m_launched.append(url);
            return true;
        });
    }

private slots:
    void aBurstIsCutOff()
    {
        ExternalOpener opener;
        attach(opener);
        QSignalSpy refused(&opener, &ExternalOpener::refused);
        for (int i = 0; i < 100; ++i)
            opener.open(QUrl(u"https://ads.example.com/%1"_s.arg(i)));
        QCOMPARE(m_launched.size(), ExternalOpener::defaultBurst);
        QCOMPARE(opener.openedCount(), 3);
        QCOMPARE(opener.refusedCount(), 97);
        QCOMPARE(refused.size(), 97);
        QCOMPARE(m_launched.constFirst(), QUrl(u"https://ads.example.com/0"_s));
    }

    // The budget is per time window: links the operator clicks minutes apart always open.
    void theBudgetRefills()
    {
        ExternalOpener opener;
        attach(opener);
        for (int i = 0; i < 3; ++i)
            QVERIFY(opener.open(QUrl(u"https://a.example.com/"_s)));
        QVERIFY(!opener.open(QUrl(u"https://a.example.com/"_s)));
        m_now += ExternalOpener::defaultWindowMs - 1;
        QVERIFY(!opener.open(QUrl(u"https://a.example.com/"_s)));
        m_now += 1;
        QVERIFY(opener.open(QUrl(u"https://a.example.com/"_s)));
        QCOMPARE(m_launched.size(), 4);
        opener.setLimit(1, 1000);
        m_now += 60'000;
        QVERIFY(opener.open(QUrl(u"https://a.example.com/"_s)));
        QVERIFY(!opener.open(QUrl(u"https://a.example.com/"_s)));
    }

    void onlyWebAndMailLinksGoOut_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("goesOut");
        QTest::newRow("https") << QUrl(u"https://example.com/"_s) << true;
        QTest::newRow("http") << QUrl(u"http://example.com/"_s) << true;
        QTest::newRow("mailto") << QUrl(u"mailto:support@example.com"_s) << true;
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
        QTest::newRow("data") << QUrl(u"data:text/html,hi"_s) << false;
        QTest::newRow("custom scheme") << QUrl(u"steam://run/1"_s) << false;
        QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << false;
        QTest::newRow("empty") << QUrl() << false;
    }

    void onlyWebAndMailLinksGoOut()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, goesOut);
        ExternalOpener opener;
        attach(opener);
        QCOMPARE(opener.open(url), goesOut);
        QCOMPARE(m_launched.size(), goesOut ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestExternalOpener)
#include "tst_externalopener.moc"
