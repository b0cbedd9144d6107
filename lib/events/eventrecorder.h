#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QPointer>

namespace opc {

class EventLogModel;
class EventStore;

// The path of every accepted event: committed to the log first, then shown in the panel, then
// announced. Because the commit comes first, a row the operator has seen survives a crash; when
// the log cannot be written the store queues the event and the panel still shows it.
class EventRecorder : public QObject
{
    Q_OBJECT

public:
    EventRecorder(EventStore *store, EventLogModel *model, QObject *parent = nullptr);

    void record(CallCardEvent event);

signals:
    void recorded(const opc::CallCardEvent &event, bool stored);
    void transferRecorded(const opc::CallCardEvent &event);

private:
    QPointer<EventStore> m_store;
    QPointer<EventLogModel> m_model;
};

} // namespace opc
