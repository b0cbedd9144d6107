#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QString>

namespace opc {

// Whether the portal's call card is open, as far as the events the bridge delivered tell: a card
// opens with `initialized` and is gone after a close, a hangup (the call is over: nothing a reload
// could cut off) or a skipped incoming call. Any other event shows that a card is there. Reloading
// or leaving the page ends the console's part in an open card (bitrix24-protocol.md §10.4), so the
// view asks before it does that.
class CallCardState : public QObject
{
    Q_OBJECT

public:
    explicit CallCardState(QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    // CALL_ID of the open card; empty when none is open or its `initialized` was not seen.
    QString callId() const { return m_callId; }

    // Every event the bridge delivered, in order.
    void record(const opc::CallCardEvent &event);
    // The page that showed the card is gone (a crashed renderer, a fresh page): no card is open.
    void reset();
    // The main frame started loading a new document; the load may still be refused or stopped.
    void documentLoading();
    // That document replaced the old one (loaded, or failed into an error page): the old card is
    // gone, unless the new document already delivered events of its own.
    void documentReplaced();

signals:
    void openChanged(bool open);

private:
    void setOpen(bool open);

    bool m_open = false;
    QString m_callId;
    int m_eventsSinceLoading = -1; // -1: no document loading
};

} // namespace opc
