#include "eventpanel.h"

#include "eventdetailsview.h"
#include "events/eventtableproxy.h"
#include "protocol/eventpresentation.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

const QDate kNoDate(2000, 1, 1); // the date edits' "Any" value

QDateEdit *makeDateEdit(const QString &any, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(any);
    edit->setDate(kNoDate);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    // Room for the translated "any" text, not just for a date.
    const int text = qMax(edit->fontMetrics().horizontalAdvance(any),
                          edit->fontMetrics().horizontalAdvance(u"2026-11-24"_s));
    edit->setMinimumWidth(text + 48);
    return edit;
}

} // namespace

EventPanel::EventPanel(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EventTableProxy(this))
    , m_filterEdit(new QLineEdit(this))
    , m_transfersOnly(new QCheckBox(tr("Transfers only"), this))
    , m_since(makeDateEdit(tr("From: any"), this))
    , m_until(makeDateEdit(tr("To: any"), this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_details(new EventDetailsView(this))
{
    m_proxy->setSourceModel(model);
    m_filterEdit->setPlaceholderText(tr("Filter by number, target or event"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(u"eventFilter"_s);
    m_since->setToolTip(tr("Show events from this day on"));
    m_until->setToolTip(tr("Show events up to and including this day"));

    m_view->setModel(m_proxy);
    m_view->setObjectName(u"eventView"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // constant-time layout however many rows are loaded
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(EventLogModel::TargetDetailColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(EventLogModel::TimeColumn,
                           metrics.horizontalAdvance(u"2026-11-24 00:00:00"_s) + 20);
    int labelWidth = 0; // room for the longest translated event label
    for (const auto type : callcard::allEventTypes())
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(EventPresentation::eventLabel(type)));
    m_view->setColumnWidth(EventLogModel::EventColumn, labelWidth + 24);
    m_view->setColumnWidth(EventLogModel::ClientNumberColumn,
                           metrics.horizontalAdvance(u"+190012345678"_s) + 20);
    m_view->setColumnWidth(EventLogModel::TargetColumn, 110);
    // The target id is part of "Who / details"; the call id is in the details below.
    m_view->setColumnHidden(EventLogModel::TargetColumn, true);
    m_view->setColumnHidden(EventLogModel::CallIdColumn, true);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200); // one store query per pause in typing, not per key
    connect(&m_filterDelay, &QTimer::timeout, this, &EventPanel::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_transfersOnly, &QCheckBox::toggled, this, &EventPanel::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &EventPanel::applyFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &EventPanel::applyFilter);
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

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_since);
    dates->addWidget(m_until);
    dates->addWidget(m_transfersOnly);
    dates->addStretch();
    dates->addWidget(m_count);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterEdit);
    listLayout->addLayout(dates);
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
    updateCount();
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
    if (m_since->date() != kNoDate)
        filter.since = m_since->date().startOfDay();
    if (m_until->date() != kNoDate)
        filter.until = m_until->date().endOfDay();
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
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

} // namespace opc
