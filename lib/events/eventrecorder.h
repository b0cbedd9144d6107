#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QPointer>

namespace opc {

class EventStore;

// The path of every accepted event: submitted to the log, then announced. The store commits the
// events of one turn of the event loop together and only then tells its listeners (the panel's
// model among them), so a row the operator has seen survives a crash; when the log cannot be
// written the store queues the event and the panel still shows it.
class EventRecorder : public QObject
{
    Q_OBJECT

public:
    explicit EventRecorder(EventStore *store, QObject *parent = nullptr);

    void record(CallCardEvent event);

signals:
    // `stored`: committed to the file; false while it waits in the store's queue.
    void recorded(const opc::CallCardEvent &event, bool stored);
    void transferRecorded(const opc::CallCardEvent &event);

private:
    void announce(const CallCardEvent &event, bool stored);

    QPointer<EventStore> m_store;
};

} // namespace opc
