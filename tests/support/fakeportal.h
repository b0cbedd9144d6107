#pragma once

// Test fixture: a FaultyBitrixServer on 127.0.0.1 plus a session wired to it, and a sign-in that
// follows the authorize redirect without a browser (the web view test does it for real).

#include "auth/authsession.h"
#include "auth/memorytokenstore.h"
#include "faultybitrixserver.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace opc::test {

inline const QString kClientId = QStringLiteral("local.test0000000000.00000042");
inline const QString kClientSecret = QStringLiteral("client-secret-XyZ-4711-test");
inline const QUrl kRedirect = QUrl(QStringLiteral("https://console.invalid/oauth/done"));

struct FakePortal
{
    QHttpServer http;
    std::unique_ptr<FaultyBitrixServer> fake;
    QUrl base;

    FakePortal()
    {
        const quint16 port = http.listen(QHostAddress::LocalHost, 0);
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        fake = std::make_unique<FaultyBitrixServer>(&http, base);
        fake->setApplication(kClientId, kClientSecret, kRedirect);
    }

    OAuthSettings settings() const
    {
        OAuthSettings s;
        s.setPortalUrl(base);
        s.setClientId(kClientId);
        s.setOAuthServer(base);
        s.setRedirectUri(kRedirect);
        return s;
    }
};

// Loads the authorize URL like a browser would, hands the redirect to the session's hook.
inline bool followAuthorize(QNetworkAccessManager &nam, AuthSession &session, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return false;
    reply->deleteLater();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    return location.isValid() && session.handleNavigation(location);
}

inline bool signIn(QNetworkAccessManager &nam, AuthSession &session)
{
    QSignalSpy page(&session, &AuthSession::signInPageRequested);
    session.signIn();
    if (page.isEmpty() || !followAuthorize(nam, session, page.first().at(0).toUrl()))
        return false;
    (void)QTest::qWaitFor([&] { return session.state() != AuthSession::State::SigningIn; }, 5000);
    return session.isSignedIn();
}

} // namespace opc::test
