#include "auth/authorizationflow.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using opc::AuthorizationCode;
using opc::AuthorizationFlow;

class TestAuthorizationFlow : public QObject
{
    Q_OBJECT

    static opc::OAuthSettings settings()
    {
        opc::OAuthSettings s;
        s.setPortalUrl(QUrl(u"https://acme.bitrix24.com"_s));
        s.setClientId(u"local.app.1"_s);
        s.setRedirectUri(QUrl(u"https://console.example.com/oauth/done"_s));
        return s;
    }
    static QUrl redirect(const QString &state, const QString &extra = {})
    {
        return QUrl(
            u"https://console.example.com/oauth/done/?code=c0de&state="_s + state +
            u"&domain=acme.bitrix24.com&member_id=m1&scope=user_brief&server_domain=oauth.bitrix.info"_s +
            extra);
    }

private slots:
    void buildsTheAuthorizeUrlWithRandomState()
    {
        AuthorizationFlow flow;
        flow.setSettings(settings());
        const QUrl first = flow.begin();
        QCOMPARE(first.adjusted(QUrl::RemoveQuery), QUrl(u"https://acme.bitrix24.com/oauth/authorize/"_s));
        const QUrlQuery q(first);
        QCOMPARE(q.queryItemValue(u"client_id"_s), u"local.app.1"_s);
        const QString state = q.queryItemValue(u"state"_s);
        QVERIFY(state.size() >= 20);
        QVERIFY(QUrlQuery(flow.begin()).queryItemValue(u"state"_s) != state);
        QVERIFY(flow.isPending());
    }

    void acceptsTheMatchingRedirectOnce()
    {
        AuthorizationFlow flow;
        flow.setSettings(settings());
        const QString state = QUrlQuery(flow.begin()).queryItemValue(u"state"_s);
        QSignalSpy codes(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy failures(&flow, &AuthorizationFlow::failed);

        QVERIFY(!flow.handleNavigation(QUrl(u"https://acme.bitrix24.com/stream/"_s)));
        QVERIFY(!flow.handleNavigation(QUrl(u"https://console.example.com/other?code=x"_s)));
        QVERIFY(flow.handleNavigation(redirect(state)));
        QCOMPARE(codes.size(), 1);
        const auto code = codes.first().at(0).value<AuthorizationCode>();
        QCOMPARE(code.code, u"c0de"_s);
        QCOMPARE(code.memberId, u"m1"_s);
        QCOMPARE(code.domain, u"acme.bitrix24.com"_s);
        QVERIFY(code.isFresh(QDateTime::currentDateTimeUtc()));
        QVERIFY(!code.isFresh(code.receivedAt.addSecs(AuthorizationCode::lifetimeSecs)));

        // A replay is still swallowed (never loaded) but yields nothing.
        QVERIFY(flow.handleNavigation(redirect(state)));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(failures.size(), 0);
    }

    void refusesAWrongState()
    {
        AuthorizationFlow flow;
        flow.setSettings(settings());
        flow.begin();
        QSignalSpy codes(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy failures(&flow, &AuthorizationFlow::failed);
        QVERIFY(flow.handleNavigation(redirect(u"forged"_s)));
        QCOMPARE(codes.size(), 0);
        QCOMPARE(failures.size(), 1);
        QVERIFY(!flow.isPending()); // a forged answer ends the attempt
    }

    void refusesAnotherPortalAndErrors()
    {
        AuthorizationFlow flow;
        flow.setSettings(settings());
        QSignalSpy codes(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy failures(&flow, &AuthorizationFlow::failed);
        QString state = QUrlQuery(flow.begin()).queryItemValue(u"state"_s);
        QUrl other = redirect(state);
        QUrlQuery q(other);
        q.removeAllQueryItems(u"domain"_s);
        q.addQueryItem(u"domain"_s, u"evil.bitrix24.com"_s);
        other.setQuery(q);
        QVERIFY(flow.handleNavigation(other));
        state = QUrlQuery(flow.begin()).queryItemValue(u"state"_s);
        QVERIFY(flow.handleNavigation(
            QUrl(u"https://console.example.com/oauth/done?error=access_denied&state="_s + state)));
        QCOMPARE(codes.size(), 0);
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.at(1).at(0).toString().contains(u"access_denied"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationFlow)
#include "tst_authorizationflow.moc"
