#include "eventrecorder.h"

#include "protocol/logging.h"
#include "store/eventstore.h"

namespace opc {

EventRecorder::EventRecorder(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (store)
        connect(store, &EventStore::eventRecorded, this, &EventRecorder::announce);
}

void EventRecorder::record(CallCardEvent event)
{
    if (m_store)
        m_store->submit(std::move(event)); // announced from the store's group commit
    else
        announce(event, false);
}

void EventRecorder::announce(const CallCardEvent &event, bool stored)
{
    if (!stored)
        qCWarning(lcStore) << "event" << event.eventName() << "kept in memory until the log is writable";
    emit recorded(event, stored);
    if (event.isTransfer())
        emit transferRecorded(event);
}

} // namespace opc
