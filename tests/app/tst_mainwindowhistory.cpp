#include "config/consolesettings.h"
#include "mainwindow.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"

#include <QTemporaryDir>
#include <QTest>

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
                event.phoneNumber = u"+1900"_qs;
                event.target = TransferTarget(TransferTarget::Kind::User, QString::number(10 + i));
                QVERIFY(store.append(event));
            }
        }
        ConsoleSettings settings(dir.path());
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        MainWindow window(dir.path(), &settings, &store);
        EventLogModel *model = window.eventModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data(EventRole).value<CallCardEvent>().target.value(), u"12"_qs);
        QCOMPARE(model->index(2, 0).data(EventRole).value<CallCardEvent>().target.value(), u"10"_qs);
    }
};

QTEST_MAIN(TestMainWindowHistory)
#include "tst_mainwindowhistory.moc"
