#include "events/eventtableproxy.h"
#include "protocol/eventpresentation.h"
#include "protocol/transferoutcome.h"
#include "store/eventlogmodel.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QIcon>
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

    // A decided transfer shows its outcome as a mark before the name and in words in the tooltip;
    // the cell's text stays the name alone, so a long name never loses the outcome to eliding.
    void marksTheOutcomeOfATransfer()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        EventLogModel model(&store);
        EventTableProxy proxy;
        proxy.setSourceModel(&model);
        auto opened = makeEvent(CallCardEventType::Initialized, baseTime(),
                                "{\"CALL_ID\":\"externalCall.7\",\"PHONE_NUMBER\":\"+1\"}");
        QVERIFY(store.append(opened));
        auto transfer = makeTransfer(baseTime().addSecs(5), u"+1"_s, {Kind::User, u"5"_s});
        QVERIFY(store.append(transfer));
        const int column = EventPresentation::TargetDetailColumn;
        auto transferCell = [&] {
            return proxy.index(0, column);
        };
        QCOMPARE(model.eventAt(0).id, transfer.id);
        QVERIFY(!transferCell().data(Qt::DecorationRole).isValid()); // pending: no mark yet

        auto cancel = makeEvent(CallCardEventType::CancelTransferButtonClick, baseTime().addSecs(9), "");
        QVERIFY(store.append(cancel));
        model.refresh();
        const QModelIndex cell = proxy.index(1, column);
        QCOMPARE(model.eventAt(1).id, transfer.id);
        QCOMPARE(model.eventAt(1).outcome, TransferOutcome::Cancelled);
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell.data().toString(), EventPresentation::targetLead(model.eventAt(1)));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().endsWith(EventPresentation::outcomeText(model.eventAt(1))));
        QVERIFY(!proxy.index(0, column).data(Qt::DecorationRole).isValid()); // the cancel itself
    }
};

QTEST_MAIN(TestEventTableProxy)
#include "tst_eventtableproxy.moc"
