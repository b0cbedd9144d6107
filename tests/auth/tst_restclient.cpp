#include "fakeportal.h"

#include "auth/restclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace opc;
using Kind = RestError::Kind;
using Failure = test::FaultyBitrixServer::Failure;

class TestRestClient : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        AuthSession session{&store, &nam};
        RestClient rest{&session, &nam};

        Rig()
        {
            session.setSettings(portal.settings());
            session.storeClientSecret(test::kClientSecret);
            RestClient::Options o;
            o.burst = 100; // tests set the throttle they need
            o.perSecond = 100;
            o.backoffMs = 50;
            o.timeoutMs = 5000;
            rest.setOptions(o);
        }
    };

    static bool wait(RestReply *reply)
    {
        QPointer<RestReply> guard(reply);
        bool done = false;
        QObject::connect(reply, &RestReply::finished, reply, [&] { done = true; });
        return QTest::qWaitFor([&] { return done; }, 15000);
    }
    // Runs `reply` to completion and returns what it carried (the reply deletes itself).
    struct Outcome
    {
        QJsonValue result;
        RestError error;
        std::optional<int> total, next;
        std::optional<RestError> batchError;
    };
    static Outcome run(RestReply *reply, const QString &batchId = {})
    {
        Outcome out;
        QObject::connect(reply, &RestReply::finished, reply, [&out, reply, batchId] {
            out.result = reply->result();
            out.error = reply->error();
            out.total = reply->total();
            out.next = reply->next();
            if (!batchId.isEmpty())
                out.batchError = reply->batchError(batchId);
        });
        wait(reply);
        return out;
    }

private slots:
    void notSignedInFailsAtOnce()
    {
        Rig rig;
        const Outcome o = run(rig.rest.call(u"user.current"_s));
        QCOMPARE(o.error.kind(), Kind::NotSignedIn);
        QVERIFY(rig.portal.fake->restCalls().isEmpty());
    }

    void envelopeAndApiErrors()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        Outcome o = run(rig.rest.call(u"user.current"_s));
        QVERIFY(!o.error.isError());
        QCOMPARE(o.result.toObject().value(u"NAME"_s).toString(), u"Анна"_s);

        o = run(rig.rest.call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 2}}}}));
        QCOMPARE(o.result.toArray().size(), 1);
        QCOMPARE(o.total, 1);
        QVERIFY(!o.next);

        o = run(rig.rest.call(u"no.such.method"_s));
        QCOMPARE(o.error.kind(), Kind::Api);
        QCOMPARE(o.error.code(), u"ERROR_METHOD_NOT_FOUND"_s);
        QCOMPARE(o.error.httpStatus(), 404);
        QVERIFY(!rig.rest.problem().isError()); // an API error is not a connection problem
        QCOMPARE(run(rig.rest.call(u"../oauth/token/"_s)).error.code(), u"ERROR_METHOD_NOT_FOUND"_s);
    }

    void pagingFollowsNext()
    {
        Rig rig;
        rig.portal.fake->setPageSize(5);
        QVERIFY(test::signIn(rig.nam, rig.session));
        Outcome first = run(rig.rest.call(u"user.get"_s));
        QCOMPARE(first.result.toArray().size(), 5);
        QCOMPARE(first.next, 5);
        QCOMPARE(first.total, 12);
        const Outcome all = run(rig.rest.callAll(u"user.get"_s));
        QCOMPARE(all.result.toArray().size(), 12);
        QCOMPARE(all.result.toArray().last().toObject().value(u"ID"_s).toString(), u"12"_s);
        QCOMPARE(rig.portal.fake->restCalls().count(u"user.get"_s), 1 + 3);
    }

    void batchCommandsAndLimit()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        RestReply *reply = rig.rest.batch(
            {{u"me"_s, u"user.current"_s, {}},
             {u"two"_s, u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, QJsonArray{2, 12}}}}}},
             {u"bad"_s, u"nope.method"_s, {}}});
        QJsonValue me, two;
        std::optional<RestError> bad;
        connect(reply, &RestReply::finished, this, [&] {
            me = reply->batchResult(u"me"_s);
            two = reply->batchResult(u"two"_s);
            bad = reply->batchError(u"bad"_s);
        });
        QVERIFY(wait(reply));
        QCOMPARE(me.toObject().value(u"ID"_s).toString(), u"1"_s);
        QCOMPARE(two.toArray().size(), 2);
        QVERIFY(bad);
        QCOMPARE(bad->code(), u"ERROR_METHOD_NOT_FOUND"_s);
        QCOMPARE(rig.portal.fake->restCalls(), QStringList{u"batch"_s});

        QList<RestClient::BatchCommand> tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.append({u"c%1"_s.arg(i), u"user.current"_s, {}});
        QCOMPARE(run(rig.rest.batch(tooMany)).error.kind(), Kind::BatchTooLarge);
        QCOMPARE(rig.portal.fake->restCalls().size(), 1); // refused before sending
    }

    void concurrentExpiredCallsShareOneRefresh()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        const QString oldToken = rig.session.accessToken();
        rig.portal.fake->expireAccessTokens(); // the server says expired; the client cannot know
        QList<RestReply *> replies;
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            RestReply *r = rig.rest.call(u"user.current"_s);
            connect(r, &RestReply::finished, this, [&ok, r] { ok += r->isOk() ? 1 : 0; });
            replies << r;
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok, 8, 10000);
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
        QVERIFY(rig.session.accessToken() != oldToken);
        // The rotated pair is what the store now holds.
        const auto stored = TokenSet::fromJson(
            rig.store.value(TokenStore::tokenKey(rig.portal.fake->portalHost(), rig.session.memberId())));
        QCOMPARE(stored->accessToken, rig.session.accessToken());
    }

    void knownExpiryRefreshesBeforeCalling()
    {
        Rig rig;
        rig.portal.fake->setAccessTokenLifetime(1); // within the client's safety margin
        QVERIFY(test::signIn(rig.nam, rig.session));
        QVERIFY(rig.session.accessTokenExpired());
        const Outcome o = run(rig.rest.call(u"user.current"_s));
        QVERIFY(!o.error.isError());
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
        QCOMPARE(rig.portal.fake->restCalls().size(), 1); // no 401 round trip
    }

    void neverARefreshLoop()
    {
        Rig rig;
        rig.portal.fake->setAccessTokenLifetime(-10); // every token is born expired
        QVERIFY(test::signIn(rig.nam, rig.session));
        const Outcome o = run(rig.rest.call(u"user.current"_s));
        QCOMPARE(o.error.code(), u"expired_token"_s);
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
    }

    void failedRefreshSignsOutAndFailsWaitingCalls()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        rig.portal.fake->expireAccessTokens();
        rig.portal.fake->revokeRefreshTokens();
        const Outcome o = run(rig.rest.call(u"user.current"_s));
        QCOMPARE(o.error.kind(), Kind::NotSignedIn);
        QCOMPARE(rig.session.state(), AuthSession::State::SignedOut);
        QCOMPARE(rig.session.banner(), AuthSession::Banner::SignInAgain);
        QCOMPARE(run(rig.rest.call(u"user.current"_s)).error.kind(), Kind::NotSignedIn);
        QCOMPARE(rig.portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
    }

    void queryLimitBacksOffAndRetries()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        rig.portal.fake->setRateLimit(2, 20.0); // 2 at once, then one per 50 ms
        int ok = 0;
        for (int i = 0; i < 6; ++i) {
            RestReply *r = rig.rest.call(u"user.current"_s);
            connect(r, &RestReply::finished, this, [&ok, r] { ok += r->isOk() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok, 6, 10000);
        QVERIFY(rig.portal.fake->restCalls().size() > 6); // some were refused with 503 and re-sent
    }

    void persistentQueryLimitIsReported()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        rig.portal.fake->setRateLimit(1, 0.001);
        QVERIFY(!run(rig.rest.call(u"user.current"_s)).error.isError());
        QSignalSpy problems(&rig.rest, &RestClient::problemChanged);
        const Outcome o = run(rig.rest.call(u"user.current"_s));
        QCOMPARE(o.error.kind(), Kind::RateLimited);
        QCOMPARE(rig.portal.fake->restCalls().size(), 1 + rig.rest.options().maxAttempts);
        QCOMPARE(problems.size(), 1);
    }

    void clientThrottleSpacesRequests()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        RestClient::Options o = rig.rest.options();
        o.burst = 2;
        o.perSecond = 10; // 100 ms apart after the burst
        rig.rest.setOptions(o);
        QElapsedTimer clock;
        clock.start();
        int done = 0;
        for (int i = 0; i < 5; ++i) {
            RestReply *r = rig.rest.call(u"user.current"_s);
            connect(r, &RestReply::finished, this, [&done] { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    }

    void brokenAnswersAreClearProblems_data()
    {
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("429") << Failure::OperationTimeLimit << Kind::OperationTimeLimit << 429;
        QTest::newRow("html") << Failure::HtmlError << Kind::BadResponse << 502;
        QTest::newRow("malformed") << Failure::MalformedJson << Kind::BadResponse << 200;
        QTest::newRow("stall") << Failure::Stall << Kind::Timeout << 0;
    }
    void brokenAnswersAreClearProblems()
    {
        QFETCH(Failure, failure);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        Rig rig;
        RestClient::Options o = rig.rest.options();
        o.timeoutMs = 300;
        rig.rest.setOptions(o);
        QVERIFY(test::signIn(rig.nam, rig.session));
        QSignalSpy problems(&rig.rest, &RestClient::problemChanged);
        rig.portal.fake->setRestFailure(failure);
        const Outcome bad = run(rig.rest.call(u"user.current"_s));
        QCOMPARE(bad.error.kind(), kind);
        QCOMPARE(bad.error.httpStatus(), status);
        QVERIFY(!bad.error.message().isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(rig.rest.problem().kind(), kind);
        QVERIFY(rig.session.isSignedIn()); // trouble on the wire never signs anyone out

        rig.portal.fake->setRestFailure(Failure::None);
        QVERIFY(!run(rig.rest.call(u"user.current"_s)).error.isError());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(rig.rest.problem().kind(), Kind::None);
    }

    void networkLossIsAProblem()
    {
        // A restored session whose portal is a closed loopback port.
        OAuthSettings s = test::FakePortal().settings();
        MemoryTokenStore store;
        QNetworkAccessManager nam;
        AuthSession session(&store, &nam);
        RestClient rest(&session, &nam);
        TokenSet t;
        t.accessToken = u"a"_s;
        t.refreshToken = u"r"_s;
        t.memberId = u"m"_s;
        t.clientEndpoint = QUrl(u"http://127.0.0.1:1/rest/"_s);
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        s.setPortalUrl(QUrl(u"http://127.0.0.1:1"_s));
        session.setSettings(s);
        store.write(TokenStore::accountKey(u"127.0.0.1:1"_s), "m", this, {});
        store.write(TokenStore::tokenKey(u"127.0.0.1:1"_s, u"m"_s), t.toJson(), this, {});
        QSignalSpy restored(&session, &AuthSession::restored);
        session.restore();
        QVERIFY(restored.wait());
        QVERIFY(session.isSignedIn());
        const Outcome o = run(rest.call(u"user.current"_s));
        QCOMPARE(o.error.kind(), Kind::Network);
        QCOMPARE(rest.problem().kind(), Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
