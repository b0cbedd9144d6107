#include "callsview.h"

#include "store/callsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

CallsView::CallsView(CallsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_outcome(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
{
    using O = CallFilter::Outcome;
    m_outcome->setObjectName(u"callOutcomeFilter"_s);
    m_outcome->setToolTip(tr("Show the calls with a transfer of this outcome"));
    m_outcome->addItem(tr("All calls"), int(O::Any));
    m_outcome->addItem(tr("Transfer completed"), int(O::Completed));
    m_outcome->addItem(tr("Transfer cancelled"), int(O::Cancelled));
    m_outcome->addItem(tr("Transfer superseded"), int(O::Superseded));
    m_outcome->addItem(tr("Transfer outcome unknown"), int(O::Unknown));
    m_outcome->addItem(tr("Transfer pending"), int(O::Pending));
    m_outcome->addItem(tr("No transfer"), int(O::NoTransfer));

    m_view->setObjectName(u"callsView"_s);
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    // What an operator looks for first stays visible at the panel's default width: the outcome and
    // the number of transfers come right after the client number (the model's order is unchanged).
    QHeaderView *header = m_view->header();
    header->moveSection(header->visualIndex(CallsModel::OutcomeColumn), 2);
    header->moveSection(header->visualIndex(CallsModel::TransfersColumn), 3);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(CallsModel::StartColumn, metrics.horizontalAdvance(u"2026-11-24 00:00:00"_s) + 40);
    m_view->setColumnWidth(CallsModel::ClientNumberColumn,
                           metrics.horizontalAdvance(u"+190012345678"_s) + 20);
    m_view->setColumnWidth(CallsModel::DurationColumn, metrics.horizontalAdvance(u"00:00:00"_s) + 20);
    m_view->setColumnWidth(CallsModel::TransfersColumn,
                           metrics.horizontalAdvance(CallsModel::columnHeader(CallsModel::TransfersColumn)) +
                               20);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CallsView::applyFilter);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CallsView::showMenu);
    connect(m_view, &QAbstractItemView::activated, this, &CallsView::onActivated);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &call, int first, int last) {
                if (call.isValid())
                    spanTimelineRows(call, first, last);
                updateCount();
            });
    connect(model, &QAbstractItemModel::modelReset, this, &CallsView::updateCount);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_outcome);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateCount();
}

void CallsView::applyFilter()
{
    CallFilter filter = m_model->filter();
    filter.outcome = CallFilter::Outcome(m_outcome->currentData().toInt());
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void CallsView::spanTimelineRows(const QModelIndex &parent, int first, int last)
{
    // A timeline row is one line of text across the whole width.
    for (int row = first; row <= last; ++row)
        m_view->setFirstColumnSpanned(row, parent, true);
}

void CallsView::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%n+ calls", nullptr, rows)
                                               : tr("%n call(s)", nullptr, rows));
}

void CallsView::onActivated(const QModelIndex &index)
{
    if (index.column() != CallsModel::CrmColumn || !index.data(CallsModel::IsCallRole).toBool())
        return;
    const auto call = index.data(CallsModel::CallRole).value<CallRecord>();
    if (call.crmEntityId > 0)
        emit openCrmEntityRequested(call.crmEntityType, call.crmEntityId);
}

void CallsView::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const auto call = index.data(CallsModel::CallRole).value<CallRecord>();
    QMenu menu(this);
    if (call.crmEntityId > 0) {
        menu.addAction(
            tr("Open %1 in the portal").arg(CallsModel::crmLabel(call.crmEntityType, call.crmEntityId)), this,
            [this, call] { emit openCrmEntityRequested(call.crmEntityType, call.crmEntityId); });
    }
    if (!call.phoneNumber.isEmpty()) {
        menu.addAction(tr("Copy client number"), this,
                       [number = call.phoneNumber] { QApplication::clipboard()->setText(number); });
        menu.addAction(tr("Call %1").arg(call.phoneNumber), this,
                       [this, number = call.phoneNumber] { emit dialRequested(number); });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace opc
