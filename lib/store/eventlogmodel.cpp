#include "eventlogmodel.h"

#include "eventroles.h"
#include "eventstore.h"

#include <QLocale>

#include <utility>

namespace opc {

EventLogModel::EventLogModel(EventStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &EventStore::eventAdded, this, &EventLogModel::onEventAdded);
    connect(store, &EventStore::pendingStored, this, &EventLogModel::onPendingStored);
    connect(store, &EventStore::targetNameChanged, this, &EventLogModel::onTargetNameChanged);
    connect(store, &EventStore::transferChanged, this, &EventLogModel::onTransferChanged);
    refresh();
}

void EventLogModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    refresh();
}

void EventLogModel::refresh()
{
    beginResetModel();
    m_resetting = true; // a view asking for more rows inside the reset would insert into a stale model
    m_rows.clear();
    m_nextKey = EventPageKey::newest();
    m_atEnd = !m_store;
    if (m_store) {
        // Waiting events are newer than anything in the file; keep showing them on top, newest first.
        const auto &pending = m_store->pendingEvents();
        for (auto it = pending.crbegin(); it != pending.crend(); ++it) {
            if (m_filter.matches(*it))
                m_rows.append(*it);
        }
        const auto page = m_store->page(m_filter, m_nextKey, m_pageSize);
        m_rows.append(page);
        m_atEnd = page.size() < m_pageSize;
        if (!page.isEmpty())
            m_nextKey = EventPageKey::of(page.constLast());
    }
    m_resetting = false;
    endResetModel();
}

void EventLogModel::onEventAdded(const CallCardEvent &event)
{
    if (!m_filter.matches(event))
        return;
    // Guard against showing an event twice when a refresh (from another of the store's listeners)
    // already read it back.
    for (qsizetype i = 0; i < qMin<qsizetype>(m_rows.size(), 32); ++i) {
        if (m_rows.at(i).id == event.id)
            return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(event);
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store)
        return;
    const auto page = m_store->page(m_filter, m_nextKey, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    m_nextKey = EventPageKey::of(page.constLast());
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallCardEvent &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return EventPresentation::cellText(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return event.time.toUTC().toString(Qt::ISODateWithMs);
        return EventPresentation::summary(event);
    case EventRole:
        return QVariant::fromValue(event);
    case IsTransferRole:
        return event.isTransfer();
    case EventIdRole:
        return event.id;
    case IsPendingRole:
        return event.id < 0;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return EventPresentation::columnHeader(section);
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(EventRole, "event");
    names.insert(IsTransferRole, "isTransfer");
    names.insert(EventIdRole, "eventId");
    names.insert(IsPendingRole, "isPending");
    return names;
}

void EventLogModel::onPendingStored(qint64 pendingId, const CallCardEvent &event)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == pendingId) {
            m_rows[row].id = event.id;
            m_rows[row].outcome = event.outcome;
            m_rows[row].outcomeAfterMs = event.outcomeAfterMs;
            updateRow(row);
            return;
        }
        if (m_rows.at(row).id > 0)
            return; // waiting events sit on top; past them there is nothing to update
    }
}

void EventLogModel::onTargetNameChanged(const QString &target, const QString &name)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        CallCardEvent &event = m_rows[row];
        if (!event.isTransfer() || event.target.value() != target || event.targetName == name)
            continue;
        event.targetName = name;
        // The detail column and every cell's tooltip name the target.
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void EventLogModel::onTransferChanged(const TransferRecord &transfer)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        CallCardEvent &event = m_rows[row];
        if (event.id != transfer.eventId)
            continue;
        if (event.outcome == transfer.outcome && event.outcomeAfterMs == transfer.afterMs())
            return;
        event.outcome = transfer.outcome;
        event.outcomeAfterMs = transfer.afterMs();
        updateRow(row);
        return;
    }
    if (m_filter.outcome != TransferOutcome::None && transfer.outcome == m_filter.outcome)
        insertStored(transfer);
}

void EventLogModel::updateRow(qsizetype row)
{
    if (m_filter.matches(m_rows.at(row))) {
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, int(row), int(row));
    m_rows.removeAt(row);
    endRemoveRows();
}

void EventLogModel::insertStored(const TransferRecord &transfer)
{
    if (!m_store)
        return;
    // The store has the outcome already (it announces after the commit); the same query as a page
    // keeps the row's text and the filter's other conditions exactly as the list reads them.
    const EventPageKey key{transfer.pickMs, transfer.eventId};
    const auto rows = m_store->page(m_filter, {key.timeMs, key.id + 1}, 1);
    if (rows.isEmpty() || rows.constFirst().id != transfer.eventId)
        return;
    const auto newer = [&key](const CallCardEvent &event) {
        return event.id < 0 || // waiting to be written: on top
            std::pair(event.time.toMSecsSinceEpoch(), event.id) > std::pair(key.timeMs, key.id);
    };
    qsizetype row = 0;
    while (row < m_rows.size() && newer(m_rows.at(row)))
        ++row;
    if (row == m_rows.size() && !m_atEnd)
        return; // past the rows read so far: the next fetchMore() reads it
    beginInsertRows({}, int(row), int(row));
    m_rows.insert(row, rows.constFirst());
    endInsertRows();
}

} // namespace opc
