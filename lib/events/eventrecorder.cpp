#include "eventrecorder.h"

#include "protocol/logging.h"
#include "store/eventlogmodel.h"
#include "store/eventstore.h"

namespace opc {

EventRecorder::EventRecorder(EventStore *store, EventLogModel *model, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
{
}

void EventRecorder::record(CallCardEvent event)
{
    const bool stored = m_store && m_store->append(event);
    if (!stored)
        qCWarning(lcStore) << "event" << event.eventName() << "kept in memory until the log is writable";
    if (m_model)
        m_model->prepend(event);
    emit recorded(event, stored);
    if (event.isTransfer())
        emit transferRecorded(event);
}

} // namespace opc
