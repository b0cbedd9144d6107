#include "auth/memorytokenstore.h"
#include "bannerbar.h"
#include "console/console.h"
#include "events/eventrecorder.h"
#include "mainwindow.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

// The panel opens on the stored history, newest first, before any portal event arrives.
class TestMainWindowHistory : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void panelShowsStoredHistoryAtStart()
    {
        QTemporaryDir dir;
        {
            EventStore store;
            QVERIFY(store.open(dir.path()).isOpen());
            for (int i = 0; i < 3; ++i) {
                CallCardEvent event;
                event.type = CallCardEventType::TransferButtonClick;
                event.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + i * 1000, Qt::UTC);
                event.payloadJson =
                    QByteArray(R"({"phoneNumber":"+1900","target":)") + QByteArray::number(10 + i) + '}';
                event.phoneNumber = u"+1900"_s;
                event.target = TransferTarget(TransferTarget::Kind::User, QString::number(10 + i));
                QVERIFY(store.append(event));
            }
        }
        Console console({dir.path(), {}, new MemoryTokenStore});
        QVERIFY(console.store()->isOpen());
        MainWindow window(&console);
        EventLogModel *model = window.eventModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data(EventRole).value<CallCardEvent>().target.value(), u"12"_s);
        QCOMPARE(model->index(2, 0).data(EventRole).value<CallCardEvent>().target.value(), u"10"_s);
    }

    // Disk full while the console runs: a banner says so, the events stay in the panel, and they are
    // written, in order, once there is room again; the banner then goes away.
    void diskFullShowsABannerAndKeepsEvents()
    {
        QTemporaryDir dir;
        Console console({dir.path(), {}, new MemoryTokenStore});
        EventStore &store = *console.store();
        store.setRetryInterval(std::chrono::milliseconds(50));
        QVERIFY(store.isOpen());
        MainWindow window(&console);

        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));

        const QByteArray pad = QByteArray(7000, 'x');
        for (int i = 0; i < 6; ++i) {
            CallCardEvent event;
            event.type = CallCardEventType::AddCommentButtonClick;
            event.time = QDateTime::currentDateTimeUtc();
            event.payloadJson = '"' + QByteArray::number(i) + pad + '"';
            console.recorder()->record(event); // the path every bridge event takes
        }
        QTRY_VERIFY(!store.isWritable()); // at the group commit, after this turn of the event loop
        QVERIFY2(window.banners()->text(u"store"_s).contains(u"can't be written"),
                 qPrintable(window.banners()->text(u"store"_s)));
        QCOMPARE(window.eventModel()->rowCount(), 6); // nothing the operator saw is gone

        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        QTRY_VERIFY(store.isWritable());
        QTRY_VERIFY(window.banners()->text(u"store"_s).isEmpty());
        QCOMPARE(store.count(), 6);
        const auto rows = store.page({}, EventPageKey::newest(), 10);
        QVERIFY(rows.first().payloadJson.startsWith("\"5"));
        QVERIFY(rows.last().payloadJson.startsWith("\"0"));
    }
};

QTEST_MAIN(TestMainWindowHistory)
#include "tst_mainwindowhistory.moc"
