#pragma once

#include <QIdentityProxyModel>

namespace opc {

// The event log as the side panel draws it: transfers in bold so they stand out, events still
// waiting to be written in the disabled text colour. Text and headers are the model's (from
// EventPresentation); this proxy only adds the GUI styling the store library cannot depend on.
class EventTableProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit EventTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace opc
