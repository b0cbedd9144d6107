#pragma once

#include "store/eventfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace opc {

class DateRangeFilter;
class EventDetailsView;
class EventLogModel;
class EventTableProxy;

// The side panel: the event log newest first (a lazy model over the store), a filter box that
// queries the store, a date range, "transfers only", the transfers' outcome, and the selected
// event's details. Tab walks them in that order; in the filter, Esc clears it and Down moves into
// the results.
class EventPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventPanel(EventLogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    EventDetailsView *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    DateRangeFilter *dateFilter() const { return m_dates; }
    QCheckBox *transfersOnlyBox() const { return m_transfersOnly; }
    // Any outcome, or transfers with one outcome (the Calls tab's choices).
    QComboBox *outcomeFilter() const { return m_outcome; }
    QLabel *countLabel() const { return m_count; }
    EventFilter currentFilter() const;
    // The panel's widgets in Tab order: filter, dates, "transfers only", outcome, list, details.
    QList<QWidget *> focusChain() const;

    void focusFilter();
    // Into the results: the current row, or the first one.
    void focusResults();
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
    void addFilterKeys();
    void setTabOrder();

    EventLogModel *m_model;
    EventTableProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QCheckBox *m_transfersOnly;
    QComboBox *m_outcome;
    DateRangeFilter *m_dates;
    QTreeView *m_view;
    QLabel *m_count;
    EventDetailsView *m_details;
    QTabWidget *m_tabs = nullptr;
    QTimer m_filterDelay;
};

} // namespace opc
