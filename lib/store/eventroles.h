#pragma once

#include <Qt>

namespace opc {

// Item data roles of EventLogModel beyond Qt::DisplayRole.
enum EventLogRole : int {
    EventRole = Qt::UserRole + 1, // QVariant::fromValue(opc::CallCardEvent)
    IsTransferRole, // bool
    EventIdRole, // qint64: row id in the store; negative while the event waits to be written
    IsPendingRole, // bool: shown but not yet written (the log is read-only or the disk is full)
};

} // namespace opc
