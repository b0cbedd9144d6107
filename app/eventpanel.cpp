#include "eventpanel.h"

#include "daterangefilter.h"
#include "eventdetailsview.h"
#include "events/eventtableproxy.h"
#include "protocol/eventpresentation.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

EventPanel::EventPanel(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EventTableProxy(this))
    , m_filterEdit(new QLineEdit(this))
    , m_transfersOnly(new QCheckBox(tr("Transfers only"), this))
    , m_outcome(new QComboBox(this))
    , m_dates(new DateRangeFilter(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_details(new EventDetailsView(this))
{
    m_proxy->setSourceModel(model);
    m_filterEdit->setPlaceholderText(tr("Filter by number, target or event"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(u"eventFilter"_s);
    m_filterEdit->setAccessibleName(tr("Event filter"));
    m_transfersOnly->setObjectName(u"transfersOnly"_s);
    // The Calls tab's choices, in its words (CallsView).
    m_outcome->setObjectName(u"eventOutcomeFilter"_s);
    m_outcome->setAccessibleName(tr("Transfer outcome"));
    m_outcome->setToolTip(tr("Show the transfers with this outcome"));
    m_outcome->addItem(tr("Any outcome"), int(TransferOutcome::None));
    m_outcome->addItem(tr("Transfer completed"), int(TransferOutcome::Completed));
    m_outcome->addItem(tr("Transfer cancelled"), int(TransferOutcome::Cancelled));
    m_outcome->addItem(tr("Transfer superseded"), int(TransferOutcome::Superseded));
    m_outcome->addItem(tr("Transfer outcome unknown"), int(TransferOutcome::Unknown));
    m_outcome->addItem(tr("Transfer pending"), int(TransferOutcome::Pending));
    m_count->setObjectName(u"eventCount"_s);

    m_view->setModel(m_proxy);
    m_view->setObjectName(u"eventView"_s);
    m_view->setAccessibleName(tr("Event list"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // constant-time layout however many rows are loaded
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(EventLogModel::TargetDetailColumn, QHeaderView::Stretch);
    // Transfers are bold: measure in bold, so their cells are not cut short.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    const auto fit = [&](int column, const QString &text) {
        const int header = QFontMetrics(m_view->header()->font())
                               .horizontalAdvance(EventPresentation::columnHeader(column)) +
            24; // room for the sort arrow
        m_view->setColumnWidth(column, qMax(metrics.horizontalAdvance(text) + padding, header));
    };
    fit(EventLogModel::TimeColumn, u"2026-11-24 00:00:00"_s);
    fit(EventLogModel::ClientNumberColumn, u"+190012345678"_s);
    m_view->setColumnWidth(EventLogModel::TargetColumn, 110);
    // "Who / details" says what happened (a transfer: to whom) in room no language's event names
    // leave beside it; the target id is in the row's tooltip, the call id in the details below.
    m_view->setColumnHidden(EventLogModel::EventColumn, true);
    m_view->setColumnHidden(EventLogModel::TargetColumn, true);
    m_view->setColumnHidden(EventLogModel::CallIdColumn, true);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200); // one store query per pause in typing, not per key
    connect(&m_filterDelay, &QTimer::timeout, this, &EventPanel::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_transfersOnly, &QCheckBox::toggled, this, &EventPanel::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &EventPanel::applyFilter);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &EventPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_details->clear();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_view->currentIndex().isValid())
            onCurrentChanged(m_view->currentIndex());
    });

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_transfersOnly);
    kinds->addWidget(m_outcome);
    kinds->addStretch();
    kinds->addWidget(m_count);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterEdit);
    listLayout->addWidget(m_dates);
    listLayout->addLayout(kinds);
    listLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"panelTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Events"));
    layout->addWidget(m_tabs);
    addFilterKeys();
    setTabOrder();
    updateCount();
}

void EventPanel::addFilterKeys()
{
    // Actions, not key handlers: Help → Keyboard shortcuts lists them with the window's.
    auto *clear = new QAction(tr("Clear the event filter"), m_filterEdit);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clear);

    auto *down = new QAction(tr("Move into the results"), m_filterEdit);
    down->setShortcut(QKeySequence(Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, this, &EventPanel::focusResults);
    m_filterEdit->addAction(down);
}

QList<QWidget *> EventPanel::focusChain() const
{
    QList<QWidget *> chain{m_filterEdit};
    chain += m_dates->focusChain();
    chain << m_transfersOnly << m_outcome << m_view;
    chain += m_details->focusChain();
    return chain;
}

void EventPanel::setTabOrder()
{
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void EventPanel::addCallsView(QWidget *calls)
{
    m_tabs->addTab(calls, tr("Calls"));
}

EventFilter EventPanel::currentFilter() const
{
    EventFilter filter;
    filter.text = m_filterEdit->text().trimmed();
    filter.transfersOnly = m_transfersOnly->isChecked();
    filter.outcome = TransferOutcome(m_outcome->currentData().toInt());
    // Local days: from the first millisecond of the first day to the last of the last.
    if (m_dates->from().isValid())
        filter.since = m_dates->from().startOfDay();
    if (m_dates->to().isValid())
        filter.until = m_dates->to().endOfDay();
    return filter;
}

void EventPanel::applyFilter()
{
    m_filterDelay.stop();
    const EventFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    emit filterApplied(filter);
}

void EventPanel::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const auto event = current.data(EventRole).value<CallCardEvent>();
    m_details->setEvent(event);
    emit currentEventChanged(event);
}

void EventPanel::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%n+ events", nullptr, rows)
                                               : tr("%n event(s)", nullptr, rows));
}

void EventPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void EventPanel::focusResults()
{
    applyFilter(); // what was typed a moment ago, not the rows of the last pause
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, EventLogModel::TimeColumn));
}

} // namespace opc
