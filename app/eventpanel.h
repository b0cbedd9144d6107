#pragma once

#include "store/eventfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace opc {

class EventDetailsView;
class EventLogModel;
class EventTableProxy;

// The side panel: the event log newest first (a lazy model over the store), a filter box that
// queries the store, a date range, "transfers only", and the selected event's details.
class EventPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventPanel(EventLogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    EventDetailsView *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    EventFilter currentFilter() const;

    void focusFilter();
    // Puts the calls view in a tab beside the events list.
    void addCallsView(QWidget *calls);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void filterApplied(const opc::EventFilter &filter);
    void currentEventChanged(const opc::CallCardEvent &event);

private:
    void applyFilter();
    void onCurrentChanged(const QModelIndex &current);
    void updateCount();

    EventLogModel *m_model;
    EventTableProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QCheckBox *m_transfersOnly;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QTreeView *m_view;
    QLabel *m_count;
    EventDetailsView *m_details;
    QTabWidget *m_tabs = nullptr;
    QTimer m_filterDelay;
};

} // namespace opc
