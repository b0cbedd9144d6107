#pragma once

#include <QIdentityProxyModel>

namespace opc {

// Presents EventLogModel rows the way operators read them: translated event labels, the transfer
// target spelled out ("Employee #12 · Ivan Petrov"), a short detail for other events, and
// transfers in bold so they stand out.
class EventTableProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit EventTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace opc
