#include "bridge/navigationpolicy.h"

#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using Route = NavigationPolicy::Route;

// Where a URL opens, without a page; tst_portalwebpage checks the same on real clicks and
// window.open() calls.
class TestNavigationPolicy : public QObject
{
    Q_OBJECT

    const NavigationPolicy m_policy{QUrl(u"https://acme.bitrix24.com/crm/"_s), {u"bitrix24.net"_s}};

private slots:
    void insideTheConsole_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("inside");
        QTest::newRow("portal page") << QUrl(u"https://acme.bitrix24.com/tasks/"_s) << true;
        QTest::newRow("portal host, any case") << QUrl(u"https://ACME.bitrix24.com/"_s) << true;
        QTest::newRow("sign-in host") << QUrl(u"https://bitrix24.net/oauth/"_s) << true;
        QTest::newRow("its subdomain") << QUrl(u"https://auth2.bitrix24.net/"_s) << true;
        QTest::newRow("look-alike") << QUrl(u"https://evilbitrix24.net/"_s) << false;
        QTest::newRow("another portal") << QUrl(u"https://other.bitrix24.com/"_s) << false;
        QTest::newRow("not a web page") << QUrl(u"file://acme.bitrix24.com/x"_s) << false;
    }

    void insideTheConsole()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, inside);
        QCOMPARE(m_policy.isInsideConsole(url), inside);
    }

    void onlyTheOperatorsClicksLeave()
    {
        const QUrl away(u"https://example.com/"_s);
        QCOMPARE(m_policy.forNavigation(away, QWebEnginePage::NavigationTypeLinkClicked, true),
                 Route::OpenOutside);
        QCOMPARE(m_policy.forNavigation(away, QWebEnginePage::NavigationTypeLinkClicked, false), Route::Load);
        QCOMPARE(m_policy.forNavigation(away, QWebEnginePage::NavigationTypeRedirect, true), Route::Load);
        QCOMPARE(m_policy.forNavigation(away, QWebEnginePage::NavigationTypeTyped, true), Route::Load);
        QCOMPARE(m_policy.forNavigation(QUrl(u"https://acme.bitrix24.com/x"_s),
                                        QWebEnginePage::NavigationTypeLinkClicked, true),
                 Route::Load);
        QCOMPARE(m_policy.forNavigation(QUrl(u"mailto:a@example.com"_s),
                                        QWebEnginePage::NavigationTypeLinkClicked, true),
                 Route::OpenOutside);
    }

    void newWindows_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<Route>("route");
        QTest::newRow("portal") << QUrl(u"https://acme.bitrix24.com/crm/deal/1/"_s) << Route::Load;
        QTest::newRow("sign-in") << QUrl(u"https://bitrix24.net/login"_s) << Route::Load;
        QTest::newRow("blank, for a print preview") << QUrl(u"about:blank"_s) << Route::Load;
        QTest::newRow("other site") << QUrl(u"https://example.com/"_s) << Route::OpenOutside;
        QTest::newRow("mail") << QUrl(u"mailto:a@example.com"_s) << Route::OpenOutside;
        QTest::newRow("data") << QUrl(u"data:text/html,<p>x"_s) << Route::Refuse;
        QTest::newRow("view-source") << QUrl(u"view-source:https://acme.bitrix24.com/"_s) << Route::Refuse;
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << Route::Refuse;
        QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << Route::Refuse;
    }

    void newWindows()
    {
        QFETCH(QUrl, url);
        QFETCH(Route, route);
        QCOMPARE(m_policy.forNewWindow(url), route);
    }
};

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
