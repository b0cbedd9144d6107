#include "eventtableproxy.h"

#include "protocol/eventpresentation.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"

#include <QBrush>
#include <QFont>
#include <QJsonObject>
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
    const auto event = QIdentityProxyModel::data(index, EventRole).value<CallCardEvent>();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventLogModel::TimeColumn:
            return event.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs);
        case EventLogModel::EventColumn:
            return EventPresentation::eventLabel(event.type);
        case EventLogModel::ClientNumberColumn:
            // The log keeps the client number of transfers; a card carries it in its payload.
            if (!event.isTransfer() && event.type == CallCardEventType::Initialized)
                return event.payload().toObject().value(u"PHONE_NUMBER"_qs).toString();
            break;
        case EventLogModel::TargetDetailColumn:
            return event.isTransfer() ? EventPresentation::targetSummary(event)
                                      : EventPresentation::detail(event);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return EventPresentation::summary(event);
    case Qt::FontRole:
        if (event.isTransfer()) {
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
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant EventTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case EventLogModel::TimeColumn:
        return tr("Time");
    case EventLogModel::EventColumn:
        return tr("Event");
    case EventLogModel::ClientNumberColumn:
        return tr("Client number");
    case EventLogModel::TargetColumn:
        return tr("Target");
    case EventLogModel::TargetDetailColumn:
        return tr("Who / details");
    case EventLogModel::CallIdColumn:
        return tr("Call");
    default:
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
}

} // namespace opc
