// Against a real Secret Service: run under scripts/run-tests.sh (dbus-run-session + an unlocked
// gnome-keyring + a throw-away HOME), label "keychain".
#include "fakeportal.h"

#include "auth/clientsecretcommand.h"
#include "auth/keychaintokenstore.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace opc;
using Status = TokenStore::Status;

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

    static TokenStore::Result sync(const std::function<void(TokenStore::Callback)> &op)
    {
        std::optional<TokenStore::Result> result;
        op([&](const TokenStore::Result &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
        return result.value_or(TokenStore::Result{Status::Unavailable, {}, u"test timeout"_s});
    }
    QString uniqueKey() const
    {
        return u"test.invalid/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

private slots:
    void initTestCase()
    {
        KeychainTokenStore probe;
        probe.setRetryDelay(-1);
        const auto r = sync([&](auto cb) { probe.read(uniqueKey(), this, cb); });
        if (r.status == Status::Unavailable)
            QFAIL(qPrintable(u"No usable Secret Service (run under scripts/run-tests.sh): "_s + r.error));
    }

    void writeReadRemove()
    {
        KeychainTokenStore store;
        const QString key = uniqueKey();
        const QByteArray value = u"{\"access_token\":\"ä-unicode-ok\",\"n\":1}"_s.toUtf8();
        QCOMPARE(sync([&](auto cb) { store.read(key, this, cb); }).status, Status::NotFound);
        QCOMPARE(sync([&](auto cb) { store.write(key, value, this, cb); }).status, Status::Ok);
        const auto read = sync([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.data, value);
        QCOMPARE(sync([&](auto cb) { store.remove(key, this, cb); }).status, Status::Ok);
        QCOMPARE(sync([&](auto cb) { store.read(key, this, cb); }).status, Status::NotFound);
        QCOMPARE(sync([&](auto cb) { store.remove(key, this, cb); }).status, Status::Ok); // idempotent
    }

    void itemIsInTheSecretServiceUnderTheAppId()
    {
        const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
        if (tool.isEmpty())
            QSKIP("secret-tool not installed");
        KeychainTokenStore store;
        const QString key = uniqueKey();
        QCOMPARE(sync([&](auto cb) { store.write(key, "visible-to-secret-tool", this, cb); }).status,
                 Status::Ok);
        QProcess p;
        p.start(tool, {u"lookup"_s, u"server"_s, QStringLiteral(OPC_APP_ID), u"user"_s, key});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("visible-to-secret-tool"));
        sync([&](auto cb) { store.remove(key, this, cb); });
    }

    void queuedJobsRunInOrder()
    {
        KeychainTokenStore store;
        const QString key = uniqueKey();
        QStringList order;
        store.write(key, "one", this, [&](auto) { order << u"w1"_s; });
        store.write(key, "two", this, [&](auto) { order << u"w2"_s; });
        QByteArray seen;
        store.read(key, this, [&](const TokenStore::Result &r) {
            order << u"r"_s;
            seen = r.data;
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 30000);
        QCOMPARE(order, (QStringList{u"w1"_s, u"w2"_s, u"r"_s}));
        QCOMPARE(seen, QByteArray("two"));
        sync([&](auto cb) { store.remove(key, this, cb); });
    }

    void sessionSurvivesARestartThroughTheKeychain()
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        const QString host = portal.fake->portalHost();
        // The admin's step: --set-client-secret with the secret on stdin.
        QByteArray input = test::kClientSecret.toUtf8() + '\n';
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        const auto out = ClientSecretCommand::run(&in, host);
        QVERIFY2(out.exitCode == 0, qPrintable(out.message));

        QString token;
        {
            KeychainTokenStore store;
            AuthSession session(&store, &nam);
            session.setSettings(portal.settings());
            QSignalSpy restored(&session, &AuthSession::restored);
            session.restore();
            QVERIFY(restored.wait(30000));
            QVERIFY(session.hasClientSecret());
            QVERIFY(!session.isSignedIn());
            QVERIFY(test::signIn(nam, session));
            QCOMPARE(session.banner(), AuthSession::Banner::None);
            token = session.accessToken();
            QVERIFY(!session.isMemoryOnly());
            QSignalSpy refreshed(&session, &AuthSession::refreshFinished);
            session.refreshTokens();
            QVERIFY(refreshed.wait(30000));
            QVERIFY(refreshed.first().at(0).toBool());
            QVERIFY(session.accessToken() != token);
            token = session.accessToken();
        }
        {
            KeychainTokenStore store;
            AuthSession session(&store, &nam);
            session.setSettings(portal.settings());
            QSignalSpy restored(&session, &AuthSession::restored);
            session.restore();
            QVERIFY(restored.wait(30000));
            QVERIFY(session.isSignedIn());
            QCOMPARE(session.accessToken(), token); // the rotated pair was stored
            session.signOut();
            QTRY_VERIFY_WITH_TIMEOUT(store.attemptCount() >= 5, 30000); // 3 reads + 2 removes
        }
        {
            KeychainTokenStore store;
            AuthSession session(&store, &nam);
            session.setSettings(portal.settings());
            QSignalSpy restored(&session, &AuthSession::restored);
            session.restore();
            QVERIFY(restored.wait(30000));
            QVERIFY(!session.isSignedIn()); // sign-out deleted them
            QVERIFY(session.hasClientSecret()); // but not the application's secret
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
