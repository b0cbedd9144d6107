#pragma once

#include "callquery.h"
#include "callrecord.h"
#include "protocol/callcardevent.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QList>
#include <QPointer>

namespace opc {

class EventStore;

// The calls view: one row per call, newest first, read lazily in pages like EventLogModel; a call
// expands into its timeline (every event, with the time since the call began), read when it is
// first expanded (fetchMore on the call's index). Follows the store: new calls appear on top, open
// calls and transfer outcomes update in place.
class CallsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        ClientNumberColumn,
        CrmColumn,
        DurationColumn,
        TransfersColumn,
        OutcomeColumn,
        EndColumn,
        ColumnCount
    };
    enum Role {
        CallRole = Qt::UserRole + 40, // QVariant::fromValue(opc::CallRecord), on a call's row
        TimelineEventRole, // QVariant::fromValue(opc::CallCardEvent), on a timeline row
        IsCallRole, // bool
    };

    explicit CallsModel(EventStore *store, QObject *parent = nullptr);

    CallFilter filter() const { return m_filter; }
    void setFilter(const CallFilter &filter);
    void refresh();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    CallRecord callAt(int row) const { return m_rows.at(row).call; }
    // Row of the call (portal, CALL_ID) among those read, or -1.
    int rowOf(const QString &portal, const QString &callId) const;

    // Text of a call's column and of a timeline row ("+0:12  Transfer → Employee #12 — Completed").
    static QString callText(const CallRecord &call, int column);
    static QString timelineText(const CallRecord &call, const CallCardEvent &event);
    static QString columnHeader(int column);
    static QString endLabel(const CallRecord &call);
    static QString crmLabel(const QString &type, qint64 id);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        CallRecord call;
        QList<CallCardEvent> timeline;
        bool timelineRead = false;
    };
    void onCallChanged(const CallRecord &call);
    void onEventAdded(const CallCardEvent &event);
    void onTransferChanged(const TransferRecord &transfer);

    QPointer<EventStore> m_store;
    CallFilter m_filter;
    QList<Row> m_rows;
    CallPageKey m_nextKey;
    bool m_atEnd = false;
    bool m_resetting = false;
    int m_pageSize = 200;
};

} // namespace opc
