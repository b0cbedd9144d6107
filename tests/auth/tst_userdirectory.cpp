#include "fakeportal.h"

#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "store/eventstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opc;

class TestUserDirectory : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        AuthSession session{&store, &nam};
        RestClient rest{&session, &nam};
        QTemporaryDir dir;
        EventStore events; // creates the cache table, as in the console

        Rig()
        {
            QVERIFY(events.open(dir.path()).isOpen());
            session.setSettings(portal.settings());
            session.storeClientSecret(test::kClientSecret);
            RestClient::Options o;
            o.burst = 100;
            o.perSecond = 100;
            rest.setOptions(o);
        }
        std::unique_ptr<UserDirectory> directory()
        {
            auto d = std::make_unique<UserDirectory>(&rest, EventStore::databasePath(dir.path()));
            d->setPortalKey(portal.fake->portalHost());
            return d;
        }
    };

private slots:
    void summaryFormat()
    {
        UserInfo u;
        u.id = 2;
        u.firstName = u"Ivan"_s;
        u.lastName = u"Petrov"_s;
        u.position = u"Sales"_s;
        u.innerPhone = u"105"_s;
        QCOMPARE(u.summary(), u"Ivan Petrov, Sales, ext. 105"_s);
        UserInfo bare;
        bare.id = 9;
        QCOMPARE(bare.summary(), u"User 9"_s);
    }

    void resolvesManyIdsInOneRequestAndOnlyOnce()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        auto dir = rig.directory();
        QSignalSpy resolved(dir.get(), &UserDirectory::userResolved);
        QSignalSpy notFound(dir.get(), &UserDirectory::userNotFound);
        for (qint64 id : {2, 12, 1, 2, 99})
            dir->resolve(id);
        QTRY_COMPARE(resolved.size() + notFound.size(), 4);
        QCOMPARE(rig.portal.fake->restCalls(), QStringList{u"user.get"_s});
        QCOMPARE(notFound.first().at(0).toLongLong(), 99);
        const auto ivan = dir->cached(2);
        QVERIFY(ivan);
        QCOMPARE(ivan->summary(), u"Ivan Petrov, Sales, ext. 105"_s);
        QVERIFY(ivan->photoUrl.toString().endsWith(u"/upload/demo/2-small.png"_s)); // IMAGE_RESIZE
        QCOMPARE(dir->cached(12)->displayName(), u"Wei Chen"_s);
        QCOMPARE(dir->cached(1)->displayName(), u"Анна Смирнова"_s);

        // Asked again: answered from memory, the unknown id too.
        dir->resolve(2);
        dir->resolve(99);
        QTRY_COMPARE(resolved.size(), 4);
        QTRY_COMPARE(notFound.size(), 2);
        QCOMPARE(rig.portal.fake->restCalls().size(), 1);
    }

    void beyondFiftyIdsGoesOutAsOneBatch()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        auto dir = rig.directory();
        QSignalSpy resolved(dir.get(), &UserDirectory::userResolved);
        QSignalSpy notFound(dir.get(), &UserDirectory::userNotFound);
        for (qint64 id = 1; id <= 120; ++id)
            dir->resolve(id);
        QTRY_COMPARE(resolved.size() + notFound.size(), 120);
        QCOMPARE(resolved.size(), 12);
        QCOMPARE(rig.portal.fake->restCalls(), QStringList{u"batch"_s});
    }

    void storeCacheSurvivesARestartAndExpires()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        {
            auto dir = rig.directory();
            QSignalSpy resolved(dir.get(), &UserDirectory::userResolved);
            dir->resolve(4);
            QVERIFY(resolved.wait());
        }
        auto dir = rig.directory(); // a new process would open the same database
        QSignalSpy resolved(dir.get(), &UserDirectory::userResolved);
        QCOMPARE(dir->cached(4)->displayName(), u"John Smith"_s);
        dir->resolve(4);
        QVERIFY(resolved.wait());
        QCOMPARE(rig.portal.fake->restCalls().size(), 1);

        dir->clearMemoryCache();
        dir->setCacheLifetime(-1); // everything cached is now stale
        QVERIFY(!dir->cached(4));
        dir->resolve(4);
        QVERIFY(resolved.wait());
        QCOMPARE(rig.portal.fake->restCalls().size(), 2);
    }

    // The table belongs to the event log's schema: a directory on a file the store never opened
    // keeps its records in memory and creates nothing.
    void withoutTheEventLogTheCacheIsMemoryOnly()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        const QString path = rig.dir.filePath(u"other.sqlite"_s);
        {
            UserDirectory dir(&rig.rest, path);
            QSignalSpy resolved(&dir, &UserDirectory::userResolved);
            dir.resolve(4);
            QVERIFY(resolved.wait());
            QCOMPARE(dir.cached(4)->displayName(), u"John Smith"_s);
        }
        UserDirectory dir(&rig.rest, path);
        QVERIFY(!dir.cached(4));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void matchesPhoneNumbersToEmployees_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<qint64>("id");
        QTest::newRow("extension") << u"105"_s << qint64(2);
        QTest::newRow("mobile, other format") << u"89035550140"_s << qint64(7);
        QTest::newRow("work, e164") << u"+14155550105"_s << qint64(2);
        QTest::newRow("nobody") << u"+4930123456"_s << qint64(0);
    }
    void matchesPhoneNumbersToEmployees()
    {
        QFETCH(QString, phone);
        QFETCH(qint64, id);
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        auto dir = rig.directory();
        QSignalSpy matched(dir.get(), &UserDirectory::phoneResolved);
        QSignalSpy unmatched(dir.get(), &UserDirectory::phoneNotMatched);
        dir->resolvePhone(phone);
        QTRY_COMPARE(matched.size() + unmatched.size(), 1);
        if (id == 0) {
            QCOMPARE(unmatched.size(), 1);
        } else {
            QCOMPARE(matched.first().at(1).value<UserInfo>().id, id);
        }
        // The answer is remembered.
        dir->resolvePhone(phone);
        QTRY_COMPARE(matched.size() + unmatched.size(), 2);
        QCOMPARE(rig.portal.fake->restCalls().size(), 1);
    }

    void currentUser()
    {
        Rig rig;
        rig.portal.fake->setCurrentUserId(12);
        QVERIFY(test::signIn(rig.nam, rig.session));
        auto dir = rig.directory();
        QSignalSpy me(dir.get(), &UserDirectory::currentUserResolved);
        dir->resolveCurrentUser();
        QVERIFY(me.wait());
        QCOMPARE(me.first().at(0).value<UserInfo>().summary(), u"Wei Chen, Support, ext. 112"_s);
    }

    void withoutSignInLookupsFailQuietly()
    {
        Rig rig;
        auto dir = rig.directory();
        QSignalSpy failed(dir.get(), &UserDirectory::lookupFailed);
        dir->resolve(2);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).value<RestError>().kind(), RestError::Kind::NotSignedIn);
        QVERIFY(!dir->cached(2));
        QVERIFY(rig.portal.fake->restCalls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
