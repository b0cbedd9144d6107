#include "fakeportal.h"

#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "events/targetphotoloader.h"
#include "messagecapture.h"
#include "storetestsupport.h"

#include <QHttpServerResponse>
#include <QImage>
#include <QPixmap>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

// Photos of transfer targets: a real UserDirectory signed in to the loopback Bitrix24, which serves
// each employee's photo at /upload/demo/<id>-small.png, then that server gone, or replaced on the
// same port by one that answers 404 or no image.
class TestTargetPhotoLoader : public QObject
{
    Q_OBJECT

    struct Rig
    {
        std::unique_ptr<test::FakePortal> portal = std::make_unique<test::FakePortal>();
        QNetworkAccessManager nam;
        MemoryTokenStore tokens;
        AuthSession session{&tokens, &nam};
        RestClient rest{&session, &nam};
        UserDirectory directory{&rest, QString()};
        TargetPhotoLoader loader{&directory, &nam};

        Rig()
        {
            session.setSettings(portal->settings());
            session.storeClientSecret(test::kClientSecret);
            directory.setPortalKey(portal->fake->portalHost());
        }
        // Signs in and asks the directory for the employees, as the name resolver does first.
        bool knowEmployees(const QList<qint64> &ids)
        {
            if (!test::signIn(nam, session))
                return false;
            QSignalSpy resolved(&directory, &UserDirectory::userResolved);
            for (qint64 id : ids)
                directory.resolve(id);
            return QTest::qWaitFor([&] { return resolved.size() == ids.size(); }, 5000);
        }
        // The portal's port, free again: another server can take it.
        quint16 stopPortal()
        {
            const auto port = quint16(portal->base.port());
            portal.reset();
            return port;
        }
    };

    static CallCardEvent transferTo(qint64 userId, qint64 eventId)
    {
        CallCardEvent event = makeTransfer(baseTime(), u"+1"_s, {Kind::User, QString::number(userId)});
        event.id = eventId;
        return event;
    }

private slots:
    void loadsTheEmployeesPhoto()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12, 2}));
        QVERIFY(rig.directory.cached(12)->photoUrl.path().startsWith(u"/upload/demo/12"));
        QSignalSpy loaded(&rig.loader, &TargetPhotoLoader::photoLoaded);
        QSignalSpy failed(&rig.loader, &TargetPhotoLoader::photoFailed);
        QVERIFY(rig.loader.load(transferTo(12, 7)));
        QVERIFY(rig.loader.load(transferTo(2, 8)));
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(failed.size(), 0);

        // Each photo comes back with its own event: the portal draws every employee in a colour
        // of their own, small size (50 px).
        QHash<qint64, QImage> photos;
        for (const auto &arguments : loaded)
            photos.insert(arguments.at(0).toLongLong(), arguments.at(1).value<QPixmap>().toImage());
        QCOMPARE(photos.keys().size(), 2);
        QCOMPARE(photos.value(7).size(), QSize(50, 50));
        QCOMPARE(photos.value(8).size(), QSize(50, 50));
        QVERIFY(photos.value(7).pixel(10, 10) != photos.value(8).pixel(10, 10));
    }

    void onlyTransfersToKnownEmployeesWithAPhoto()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12}));
        CallCardEvent hangup = makeEvent(CallCardEventType::HangupButtonClick, baseTime());
        hangup.target = TransferTarget(Kind::User, u"12"_s);
        QVERIFY(!rig.loader.load(hangup));
        QVERIFY(!rig.loader.load(makeTransfer(baseTime(), u"+1"_s, {Kind::Phone, u"+14155550105"_s})));
        QVERIFY(!rig.loader.load(makeTransfer(baseTime(), u"+1"_s, {Kind::Queue, u"3"_s})));
        QVERIFY(!rig.loader.load(transferTo(4, 1))); // an employee the directory has not looked up

        // Without a directory (it went away with its portal) there is nothing to ask.
        auto directory = std::make_unique<UserDirectory>(&rig.rest, QString());
        TargetPhotoLoader orphan(directory.get(), &rig.nam);
        directory.reset();
        QVERIFY(!orphan.load(transferTo(12, 1)));
    }

    void aServerThatIsGoneIsAFailure()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12}));
        rig.stopPortal();
        test::MessageCapture log;
        QSignalSpy loaded(&rig.loader, &TargetPhotoLoader::photoLoaded);
        QSignalSpy failed(&rig.loader, &TargetPhotoLoader::photoFailed);
        QVERIFY(rig.loader.load(transferTo(12, 7)));
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).toLongLong(), 7);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(log.count(u"photo of employee 12 not loaded"_s), 1);
    }

    void anHttpErrorIsAFailure()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12}));
        const quint16 port = rig.stopPortal();
        QHttpServer notFound; // no routes: 404 for everything
        QCOMPARE(notFound.listen(QHostAddress::LocalHost, port), port);
        test::MessageCapture log;
        QSignalSpy loaded(&rig.loader, &TargetPhotoLoader::photoLoaded);
        QSignalSpy failed(&rig.loader, &TargetPhotoLoader::photoFailed);
        QVERIFY(rig.loader.load(transferTo(12, 7)));
        QVERIFY(failed.wait());
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(log.count(u"photo of employee 12 not loaded: HTTP 404"_s), 1);
    }

    void somethingElseThanAnImageIsAFailure()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12}));
        const quint16 port = rig.stopPortal();
        QHttpServer login; // e.g. a login page instead of the photo
        login.route(u"/upload/demo/<arg>"_s, [](const QString &) {
            return QHttpServerResponse(QByteArrayLiteral("text/html"),
                                       QByteArrayLiteral("<form>log in</form>"));
        });
        QCOMPARE(login.listen(QHostAddress::LocalHost, port), port);
        test::MessageCapture log;
        QSignalSpy loaded(&rig.loader, &TargetPhotoLoader::photoLoaded);
        QSignalSpy failed(&rig.loader, &TargetPhotoLoader::photoFailed);
        QVERIFY(rig.loader.load(transferTo(12, 7)));
        QVERIFY(failed.wait());
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(log.count(u"photo of employee 12 not loaded: not an image"_s), 1);
    }

    // The window goes while a photo is on its way: the answer finds nobody and nothing breaks.
    void aLoaderGoneMidDownloadIsHarmless()
    {
        Rig rig;
        QVERIFY(rig.knowEmployees({12}));
        auto loader = std::make_unique<TargetPhotoLoader>(&rig.directory, &rig.nam);
        QSignalSpy loaded(loader.get(), &TargetPhotoLoader::photoLoaded);
        QSignalSpy finished(&rig.nam, &QNetworkAccessManager::finished);
        QVERIFY(loader->load(transferTo(12, 7)));
        loader.reset();
        QVERIFY(finished.wait());
        QCOMPARE(loaded.size(), 0);
    }
};

QTEST_MAIN(TestTargetPhotoLoader)
#include "tst_targetphotoloader.moc"
