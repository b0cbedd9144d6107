#include "eventrecorder.h"

#include "protocol/logging.h"
#include "store/eventstore.h"

namespace opc {

EventRecorder::EventRecorder(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void EventRecorder::record(CallCardEvent event)
{
    const bool stored = m_store && m_store->append(event);
    if (!stored)
        qCWarning(lcStore) << "event" << event.eventName() << "kept in memory until the log is writable";
    emit recorded(event, stored);
    if (event.isTransfer())
        emit transferRecorded(event);
}

} // namespace opc
