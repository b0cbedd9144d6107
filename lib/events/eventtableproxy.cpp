#include "eventtableproxy.h"

#include "protocol/callcardevent.h"
#include "protocol/eventpresentation.h"
#include "protocol/transferoutcome.h"
#include "store/eventroles.h"

#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace opc {

namespace {

// A transfer's outcome as a small mark before the target's name: the name leads and is never cut
// off for it; the words are in the row's tooltip and the details.
QIcon outcomeIcon(TransferOutcome outcome)
{
    QColor color;
    switch (outcome) {
    case TransferOutcome::Completed:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case TransferOutcome::Cancelled:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case TransferOutcome::Superseded:
        color = QColor(0x75, 0x75, 0x75);
        break;
    case TransferOutcome::Unknown:
        color = QColor(0xf9, 0xa8, 0x25);
        break;
    default:
        return {};
    }
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

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
    case Qt::DecorationRole:
        if (index.column() == EventPresentation::TargetDetailColumn) {
            const auto event = QIdentityProxyModel::data(index, EventRole).value<CallCardEvent>();
            const QIcon icon = event.isTransfer() ? outcomeIcon(event.outcome) : QIcon();
            if (!icon.isNull())
                return icon;
        }
        return QIdentityProxyModel::data(index, role);
    case Qt::ForegroundRole:
        if (QIdentityProxyModel::data(index, IsPendingRole).toBool())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace opc
