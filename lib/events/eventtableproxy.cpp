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
    const QString color = TransferOutcomes::colorName(outcome);
    if (color.isEmpty())
        return {};
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
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
            // Only a decided outcome: a pending transfer's row says enough.
            const bool decided = event.isTransfer() && event.outcome != TransferOutcome::Pending;
            const QIcon icon = decided ? outcomeIcon(event.outcome) : QIcon();
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
