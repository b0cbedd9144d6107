#include "callsmodel.h"

#include "eventstore.h"
#include "protocol/eventpresentation.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

constexpr quintptr kCallRow = 0; // internalId of a call's index; a timeline row holds its call's row + 1

} // namespace

CallsModel::CallsModel(EventStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &EventStore::callChanged, this, &CallsModel::onCallChanged);
    connect(store, &EventStore::eventAdded, this, &CallsModel::onEventAdded);
    connect(store, &EventStore::transferChanged, this, &CallsModel::onTransferChanged);
    refresh();
}

void CallsModel::setFilter(const CallFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CallsModel::refresh()
{
    beginResetModel();
    m_resetting = true; // whoever asks for more rows inside the reset would insert into a stale model
    m_rows.clear();
    m_nextKey = {};
    m_atEnd = true;
    if (m_store && m_store->isOpen()) {
        const QList<CallRecord> page = CallQuery(m_store->database()).page(m_filter, m_nextKey, m_pageSize);
        for (const CallRecord &call : page)
            m_rows.append({call, {}, false});
        m_atEnd = page.size() < m_pageSize;
        if (!page.isEmpty())
            m_nextKey = CallPageKey::of(page.constLast());
    }
    endResetModel(); // listeners of modelReset may ask for more: they get it after the reset
    m_resetting = false;
}

int CallsModel::rowOf(const QString &portal, const QString &callId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const CallRecord &call = m_rows.at(row).call;
        if (call.callId == callId && call.portal == portal)
            return int(row);
    }
    return -1;
}

QModelIndex CallsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kCallRow) : QModelIndex();
    if (parent.internalId() != kCallRow || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).timeline.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CallsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCallRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCallRow);
}

int CallsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != kCallRow || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).timeline.size());
}

int CallsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CallsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    return parent.internalId() == kCallRow && parent.column() == 0 && m_rows.at(parent.row()).call.events > 0;
}

bool CallsModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_resetting)
        return false;
    if (!parent.isValid())
        return !m_atEnd;
    return parent.internalId() == kCallRow && !m_rows.at(parent.row()).timelineRead;
}

void CallsModel::fetchMore(const QModelIndex &parent)
{
    if (m_resetting || !m_store || !m_store->isOpen())
        return;
    CallQuery query(m_store->database());
    if (!parent.isValid()) {
        if (m_atEnd)
            return;
        const QList<CallRecord> page = query.page(m_filter, m_nextKey, m_pageSize);
        m_atEnd = page.size() < m_pageSize;
        if (page.isEmpty())
            return;
        m_nextKey = CallPageKey::of(page.constLast());
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        for (const CallRecord &call : page)
            m_rows.append({call, {}, false});
        endInsertRows();
        return;
    }
    if (parent.internalId() != kCallRow)
        return;
    Row &row = m_rows[parent.row()];
    if (row.timelineRead)
        return;
    row.timelineRead = true;
    const QList<CallCardEvent> events = query.timeline(row.call);
    if (events.isEmpty())
        return;
    const QModelIndex callIndex = index(parent.row(), 0);
    beginInsertRows(callIndex, 0, int(events.size() - 1));
    m_rows[parent.row()].timeline = events;
    endInsertRows();
}

QString CallsModel::columnHeader(int column)
{
    switch (column) {
    case StartColumn:
        return tr("Start");
    case ClientNumberColumn:
        return tr("Client number");
    case CrmColumn:
        return tr("CRM");
    case DurationColumn:
        return tr("Duration");
    case TransfersColumn:
        return tr("Transfers");
    case OutcomeColumn:
        return tr("Outcome");
    case EndColumn:
        return tr("Ended");
    default:
        return {};
    }
}

QString CallsModel::crmLabel(const QString &type, qint64 id)
{
    if (type.isEmpty() || id <= 0)
        return {};
    const QString number = QString::number(id);
    if (type == u"CONTACT"_s)
        return tr("Contact #%1").arg(number);
    if (type == u"COMPANY"_s)
        return tr("Company #%1").arg(number);
    if (type == u"DEAL"_s)
        return tr("Deal #%1").arg(number);
    if (type == u"LEAD"_s)
        return tr("Lead #%1").arg(number);
    return type + u" #"_s + number;
}

QString CallsModel::endLabel(const CallRecord &call)
{
    if (call.isOpen())
        return tr("In progress");
    const QString &reason = call.endReason;
    if (reason == QLatin1StringView(CallRecord::endHangup))
        return tr("Hung up");
    if (reason == QLatin1StringView(CallRecord::endClose))
        return tr("Card closed");
    if (reason == QLatin1StringView(CallRecord::endSkip))
        return tr("Skipped");
    if (reason == QLatin1StringView(CallRecord::endReplaced))
        return tr("Next card opened");
    if (reason == QLatin1StringView(CallRecord::endConsoleClosed))
        return tr("Ended (console closed)");
    return reason;
}

QString CallsModel::callText(const CallRecord &call, int column)
{
    switch (column) {
    case StartColumn:
        return QDateTime::fromMSecsSinceEpoch(call.startMs, Qt::UTC)
            .toLocalTime()
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ClientNumberColumn:
        return call.phoneNumber;
    case CrmColumn:
        return crmLabel(call.crmEntityType, call.crmEntityId);
    case DurationColumn:
        return TransferOutcomes::duration(call.durationMs());
    case TransfersColumn:
        return call.transfers > 0 ? QString::number(call.transfers) : QString();
    case OutcomeColumn:
        return call.transfers > 0 ? TransferOutcomes::label(call.outcome) : tr("No transfer");
    case EndColumn:
        return endLabel(call);
    default:
        return {};
    }
}

QString CallsModel::timelineText(const CallRecord &call, const CallCardEvent &event)
{
    const QString since = u'+' + TransferOutcomes::duration(event.time.toMSecsSinceEpoch() - call.startMs);
    QString detail =
        event.isTransfer() ? EventPresentation::targetSummary(event) : EventPresentation::detail(event);
    if (event.isTransfer() && event.outcome != TransferOutcome::None)
        detail = tr("%1 — %2").arg(detail, EventPresentation::outcomeText(event));
    const QString label = EventPresentation::eventLabel(event.type);
    const QString line = since + u"  "_s + label;
    return detail.isEmpty() ? line : QString(line + u": "_s + detail);
}

QVariant CallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kCallRow) {
        const CallRecord &call = m_rows.at(index.row()).call;
        switch (role) {
        case Qt::DisplayRole:
            return callText(call, index.column());
        case Qt::ToolTipRole:
            return index.column() == ClientNumberColumn && !call.lineNumber.isEmpty()
                ? tr("Line %1").arg(call.lineName.isEmpty() ? call.lineNumber : call.lineName)
                : QVariant();
        case CallRole:
            return QVariant::fromValue(call);
        case IsCallRole:
            return true;
        default:
            return {};
        }
    }
    const Row &row = m_rows.at(int(index.internalId() - 1));
    const CallCardEvent &event = row.timeline.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? timelineText(row.call, event) : QVariant();
    case TimelineEventRole:
        return QVariant::fromValue(event);
    case CallRole:
        return QVariant::fromValue(row.call);
    case IsCallRole:
        return false;
    default:
        return {};
    }
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return columnHeader(section);
}

void CallsModel::onCallChanged(const CallRecord &call)
{
    const int row = rowOf(call.portal, call.callId);
    if (row >= 0) {
        m_rows[row].call = call;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // A call not shown yet (new, or its transfer just got the outcome the filter wants): on top, if
    // the filter shows it and it is newer than what is shown.
    if (!m_filter.matches(call) || (!m_rows.isEmpty() && m_rows.first().call.startMs > call.startMs))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend({call, {}, false});
    endInsertRows();
}

void CallsModel::onEventAdded(const CallCardEvent &event)
{
    if (event.callId.isEmpty() || event.id <= 0)
        return;
    const int row = rowOf(event.portalHost, event.callId);
    if (row < 0 || !m_rows.at(row).timelineRead)
        return;
    QList<CallCardEvent> &timeline = m_rows[row].timeline;
    if (!timeline.isEmpty() && timeline.constLast().id >= event.id)
        return;
    beginInsertRows(index(row, 0), int(timeline.size()), int(timeline.size()));
    timeline.append(event);
    endInsertRows();
}

void CallsModel::onTransferChanged(const TransferRecord &transfer)
{
    const int row = rowOf(transfer.portal, transfer.callId);
    if (row < 0)
        return;
    QList<CallCardEvent> &timeline = m_rows[row].timeline;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        if (timeline.at(i).id != transfer.eventId)
            continue;
        timeline[i].outcome = transfer.outcome;
        timeline[i].outcomeAfterMs = transfer.afterMs();
        const QModelIndex changed = index(int(i), 0, index(row, 0));
        emit dataChanged(changed, changed);
        return;
    }
}

} // namespace opc
