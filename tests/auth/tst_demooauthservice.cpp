#include "fakeportal.h"

#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "demo/demooauthservice.h"
#include "demo/demoportalserver.h"

using namespace Qt::StringLiterals;
using namespace opc;

class TestDemoOAuthService : public QObject
{
    Q_OBJECT

private slots:
    void signInRefreshAndNamesOnTheDemoPortal()
    {
        DemoPortalServer portal;
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        DemoOAuthService oauth(&portal);
        oauth.setAccessTokenLifetime(3600);
        QVERIFY(oauth.settings().isComplete());

        QNetworkAccessManager nam;
        MemoryTokenStore store;
        AuthSession session(&store, &nam);
        session.setSettings(oauth.settings());
        session.storeClientSecret(DemoOAuthService::clientSecret());
        QVERIFY(test::signIn(nam, session));
        QCOMPARE(session.memberId(), portal.options().memberId);

        RestClient rest(&session, &nam);
        UserDirectory names(&rest, QString());
        QSignalSpy resolved(&names, &UserDirectory::userResolved);
        oauth.server()->expireAccessTokens(); // expired_token -> refresh, offline
        names.resolve(2);
        QVERIFY(resolved.wait(10000));
        QCOMPARE(resolved.first().at(0).value<UserInfo>().summary(), u"Ivan Petrov, Sales, ext. 105"_s);
        QCOMPARE(oauth.server()->tokenRequestCount(u"refresh_token"_s), 1);

        // The demo portal's own page is still served next to the OAuth routes.
        QNetworkReply *page = nam.get(QNetworkRequest(portal.portalUrl()));
        QSignalSpy done(page, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        page->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestDemoOAuthService)
#include "tst_demooauthservice.moc"
