#include "eventtableproxy.h"

#include "store/eventroles.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace opc {

EventTableProxy::EventTableProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant EventTableProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::FontRole:
        if (QIdentityProxyModel::data(index, IsTransferRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (QIdentityProxyModel::data(index, IsPendingRole).toBool())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace opc
