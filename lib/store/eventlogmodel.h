#pragma once

#include "callrecord.h"
#include "eventfilter.h"
#include "eventquery.h"
#include "protocol/callcardevent.h"
#include "protocol/eventpresentation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace opc {

class EventStore;

// The side panel's history: newest first, read lazily from the store in pages (keyset on
// (time, id)), so opening and filtering cost one small query however large the log is. The model
// follows its store: each event the store accepts (committed, or queued while the file cannot be
// written) is put on top without a re-query. The row count is what has been read so far; views grow
// it through canFetchMore()/fetchMore() as they scroll. Cell text and headers come from
// EventPresentation.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns are EventPresentation's; the names here keep call sites short.
    enum Column {
        TimeColumn = EventPresentation::TimeColumn,
        EventColumn = EventPresentation::EventColumn,
        ClientNumberColumn = EventPresentation::ClientNumberColumn,
        TargetColumn = EventPresentation::TargetColumn,
        TargetDetailColumn = EventPresentation::TargetDetailColumn,
        CallIdColumn = EventPresentation::CallIdColumn,
        ColumnCount = EventPresentation::ColumnCount
    };

    explicit EventLogModel(EventStore *store, QObject *parent = nullptr);

    EventFilter filter() const { return m_filter; }
    // Re-queries the store with filter (and shows matching events still waiting to be written).
    void setFilter(const EventFilter &filter);
    void refresh();

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    CallCardEvent eventAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Shows an event the store just accepted on top, if it matches the filter.
    void onEventAdded(const CallCardEvent &event);
    void onPendingStored(qint64 pendingId, const CallCardEvent &event);
    void onTargetNameChanged(const QString &target, const QString &name);
    void onTransferChanged(const TransferRecord &transfer);
    // A row whose outcome changed: drops it when the filter no longer shows it.
    void updateRow(qsizetype row);
    // A stored transfer that the filter shows now (its outcome came later): in its place by time, if
    // that place is among the rows read so far (further down, fetchMore() reads it).
    void insertStored(const TransferRecord &transfer);

    QPointer<EventStore> m_store;
    EventFilter m_filter;
    QList<CallCardEvent> m_rows;
    EventPageKey m_nextKey = EventPageKey::newest(); // after the last stored row read
    bool m_atEnd = false;
    bool m_resetting = false;
    int m_pageSize = 200;
};

} // namespace opc
