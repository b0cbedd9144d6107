#include "events/eventtableproxy.h"
#include "protocol/eventpresentation.h"
#include "store/eventlogmodel.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

// The panel's styling over the event log: bold transfers, greyed rows that wait to be written, and
// the model's own text and headers untouched.
class TestEventTableProxy : public QObject
{
    Q_OBJECT

private slots:
    void stylesTransfersAndPendingRows()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        EventLogModel model(&store);
        EventTableProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto hold = makeEvent(CallCardEventType::HoldButtonClick, baseTime(), "true");
        QVERIFY(store.append(hold));
        QVERIFY(QSqlQuery(store.database()).exec(u"PRAGMA query_only = 1"_s));
        auto transfer = makeTransfer(baseTime().addSecs(1), u"+1"_s, {Kind::User, u"12"_s}, u"Wei Chen"_s);
        QVERIFY(!store.append(transfer)); // waits in memory: shown greyed
        QCOMPARE(proxy.rowCount(), 2);

        const QModelIndex pendingTransfer = proxy.index(0, EventLogModel::TargetDetailColumn);
        const QModelIndex storedHold = proxy.index(1, EventLogModel::TargetDetailColumn);
        QVERIFY(pendingTransfer.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!storedHold.data(Qt::FontRole).isValid());
        QCOMPARE(pendingTransfer.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QPalette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!storedHold.data(Qt::ForegroundRole).isValid());

        // Text, tooltips and headers are the model's, which takes them from EventPresentation.
        for (int column = 0; column < proxy.columnCount(); ++column) {
            QCOMPARE(proxy.headerData(column, Qt::Horizontal).toString(),
                     EventPresentation::columnHeader(column));
            QCOMPARE(proxy.index(0, column).data().toString(), EventPresentation::cellText(transfer, column));
            QCOMPARE(proxy.index(1, column).data(Qt::ToolTipRole),
                     model.index(1, column).data(Qt::ToolTipRole));
        }
        QCOMPARE(pendingTransfer.data().toString(), u"Wei Chen"_s);

        QVERIFY(QSqlQuery(store.database()).exec(u"PRAGMA query_only = 0"_s));
        QVERIFY(store.retryNow());
        QVERIFY(!proxy.index(0, 0).data(Qt::ForegroundRole).isValid()); // written: no longer greyed
    }
};

QTEST_MAIN(TestEventTableProxy)
#include "tst_eventtableproxy.moc"
