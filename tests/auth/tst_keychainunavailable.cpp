// Runs with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent: no keychain can answer.
#include "fakeportal.h"

#include "auth/clientsecretcommand.h"
#include "auth/keychaintokenstore.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opc;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
        // Everything this process could write lands here, so "nothing on disk" can be checked.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/.config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + u"/.local/share"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_home.path() + u"/.cache"_s).toUtf8());
    }

    void retriesOnceThenReportsUnavailable()
    {
        KeychainTokenStore store;
        store.setRetryDelay(300);
        QElapsedTimer clock;
        clock.start();
        std::optional<TokenStore::Result> result;
        store.write(u"host/member"_s, "x", this, [&](const TokenStore::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(result->status, TokenStore::Status::Unavailable);
        QCOMPARE(store.attemptCount(), 2);
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY(!result->error.isEmpty());

        // Known unavailable now: later calls fail at once, without another 10 s wait.
        result.reset();
        store.read(u"host/member"_s, this, [&](const TokenStore::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
        QCOMPARE(result->status, TokenStore::Status::Unavailable);
        QCOMPARE(store.attemptCount(), 2);
    }

    void setClientSecretExitsWith2()
    {
        QByteArray input = "secret-for-no-bus\n";
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        const auto out = ClientSecretCommand::run(&in, u"acme.bitrix24.com"_s);
        QCOMPARE(out.exitCode, 2);
        QVERIFY(out.message.contains(u"keychain"_s));
    }

    void sessionWorksFromMemoryWithABannerAndWritesNothing()
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        KeychainTokenStore store;
        store.setRetryDelay(100);
        AuthSession session(&store, &nam);
        session.setSettings(portal.settings());
        QSignalSpy banners(&session, &AuthSession::bannerChanged);

        QSignalSpy restored(&session, &AuthSession::restored);
        session.restore();
        QVERIFY(restored.wait(20000));
        QCOMPARE(session.banner(), AuthSession::Banner::KeychainUnavailable);
        QCOMPARE(banners.size(), 1);
        QVERIFY(
            banners.first().at(1).toString().startsWith(u"The system keychain is locked or not available"_s));

        session.storeClientSecret(test::kClientSecret); // memory only now
        QVERIFY(test::signIn(nam, session));
        QVERIFY(session.isMemoryOnly());
        RestClient rest(&session, &nam);
        QDir(m_home.path()).mkpath(u"data"_s);
        UserDirectory cachedNames(&rest, m_home.filePath(u"data/console.sqlite"_s));
        QSignalSpy resolved(&cachedNames, &UserDirectory::userResolved);
        portal.fake->expireAccessTokens(); // and a refresh, in memory
        cachedNames.resolve(2);
        QVERIFY(resolved.wait(10000));
        QCOMPARE(portal.fake->tokenRequestCount(u"refresh_token"_s), 1);
        QCOMPARE(banners.size(), 1); // still the one keychain banner, no other

        // Nothing secret anywhere under HOME (the user cache is there, names are fine).
        const QStringList secrets = portal.fake->secretsIssued();
        QVERIFY(secrets.size() >= 5);
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &s : secrets)
                QVERIFY2(!content.contains(s.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1); // the scan did see the database
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
