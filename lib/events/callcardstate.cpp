#include "callcardstate.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

CallCardState::CallCardState(QObject *parent)
    : QObject(parent)
{
}

void CallCardState::record(const CallCardEvent &event)
{
    if (m_eventsSinceLoading >= 0)
        ++m_eventsSinceLoading;
    switch (event.type) {
    case CallCardEventType::Initialized:
        m_callId = event.payload().toObject().value(u"CALL_ID"_s).toString();
        setOpen(true);
        break;
    case CallCardEventType::CloseButtonClick:
    case CallCardEventType::HangupButtonClick:
    case CallCardEventType::SkipButtonClick:
        m_callId.clear();
        setOpen(false);
        break;
    default:
        setOpen(true);
        break;
    }
}

void CallCardState::reset()
{
    m_eventsSinceLoading = -1;
    m_callId.clear();
    setOpen(false);
}

void CallCardState::documentLoading()
{
    m_eventsSinceLoading = 0;
}

void CallCardState::documentReplaced()
{
    if (m_eventsSinceLoading == 0)
        reset();
    m_eventsSinceLoading = -1;
}

void CallCardState::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    emit openChanged(open);
}

} // namespace opc
