#pragma once

#include <QObject>

namespace opc {

class CallCardBridge;

// The only object published on the web channel. QWebChannel exposes every public slot, signal and
// property of a published object, so this one has exactly one invokable and nothing else; all
// logic stays in CallCardBridge, which the page cannot reach.
class BridgeChannelObject : public QObject
{
    Q_OBJECT

public:
    explicit BridgeChannelObject(CallCardBridge *bridge);

    Q_INVOKABLE void relay(const QString &message);

private:
    CallCardBridge *m_bridge;
};

} // namespace opc
