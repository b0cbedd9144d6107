#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace opc {

class CallsModel;
struct CallRecord;

// The panel's Calls tab: one row per call (start, client number, CRM entity, duration, transfers,
// outcome, how it ended) that expands into the call's timeline, with an outcome filter. A call's
// context menu (and a double click on its CRM cell) opens the CRM entity, copies or dials the number.
class CallsView : public QWidget
{
    Q_OBJECT

public:
    explicit CallsView(CallsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    CallsModel *model() const { return m_model; }

signals:
    // The portal's card of a CRM entity (CONTACT, COMPANY, DEAL, LEAD) should open.
    void openCrmEntityRequested(const QString &type, qint64 id);
    // The number should be dialled through the portal's click-to-call.
    void dialRequested(const QString &number);

private:
    void applyFilter();
    void showMenu(const QPoint &pos);
    void onActivated(const QModelIndex &index);
    void spanTimelineRows(const QModelIndex &parent, int first, int last);
    void updateCount();

    CallsModel *m_model;
    QComboBox *m_outcome;
    QTreeView *m_view;
    QLabel *m_count;
};

} // namespace opc
