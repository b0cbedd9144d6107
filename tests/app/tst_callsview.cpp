#include "../store/calltestsequences.h"
#include "callsview.h"
#include "store/callsmodel.h"
#include "store/eventstore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

// The Calls tab on a real log: outcome filter, a call expanding into its timeline, the CRM cell.
class TestCallsView : public QObject
{
    Q_OBJECT

private slots:
    void filtersExpandsAndOpensTheCrmEntity()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        sequence.open(u"v.1"_s)
            .transfer(12)
            .then(Type::CancelTransferButtonClick)
            .then(Type::CloseButtonClick);
        sequence.wait(60)
            .open(u"v.2"_s, u"+4930555"_s, "DEAL", 55)
            .transfer(14)
            .then(Type::CompleteTransferButtonClick);
        for (CallCardEvent event : sequence.events())
            QVERIFY(store.append(event));

        CallsView view(new CallsModel(&store, &store));
        view.resize(900, 500);
        view.show();
        QTreeView *tree = view.view();
        QCOMPARE(tree->model()->rowCount(), 2);
        // The outcome is on screen at a narrow panel's width, right after the client number.
        QCOMPARE(tree->header()->visualIndex(CallsModel::OutcomeColumn), 2);
        QCOMPARE(tree->header()->visualIndex(CallsModel::TransfersColumn), 3);

        const QModelIndex newest = tree->model()->index(0, 0);
        tree->expand(newest);
        QCOMPARE(tree->model()->rowCount(newest), 3);
        QVERIFY(tree->isFirstColumnSpanned(0, newest));
        QVERIFY(tree->model()->index(2, 0, newest).data().toString().contains(u"Transfer completed"_s));

        QSignalSpy crm(&view, &CallsView::openCrmEntityRequested);
        emit tree->activated(tree->model()->index(0, CallsModel::CrmColumn));
        QCOMPARE(crm.size(), 1);
        QCOMPARE(crm.first().at(0).toString(), u"DEAL"_s);
        QCOMPARE(crm.first().at(1).toLongLong(), 55);
        emit tree->activated(tree->model()->index(0, CallsModel::StartColumn)); // not the CRM cell
        QCOMPARE(crm.size(), 1);

        QComboBox *outcome = view.outcomeFilter();
        outcome->setCurrentIndex(outcome->findData(int(CallFilter::Outcome::Cancelled)));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, CallsModel::ClientNumberColumn).data().toString(),
                 u"+74951234567"_s);
        outcome->setCurrentIndex(outcome->findData(int(CallFilter::Outcome::Any)));
        QCOMPARE(tree->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestCallsView)
#include "tst_callsview.moc"
