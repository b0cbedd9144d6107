#pragma once

#include "bridgeconfig.h"
#include "protocol/callcardevent.h"
#include "protocol/callgrouper.h"
#include "protocol/ratelimiter.h"
#include "protocol/relaydecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWebChannel;
class QWebEnginePage;

namespace opc {

class BridgeChannelObject;

// Carries BackgroundCallCard events from the portal's worker frame to C++: installs the injected
// scripts and the web channel on a page, and turns each relay into a typed, validated event.
// Everything that arrives is untrusted: size, rate, page, frame, callback id and payload are
// checked, and whatever fails is logged with the reason and never emitted as an event.
class CallCardBridge : public QObject
{
    Q_OBJECT

public:
    // A call card fires a few events a second; a bind is 2 relays. The burst leaves ample room for
    // an operator clicking fast (nothing genuine may be dropped) while a flood of thousands is cut.
    static constexpr int burstLimit = 200;
    static constexpr double sustainedPerSecond = 20.0;

    explicit CallCardBridge(QObject *parent = nullptr);
    ~CallCardBridge() override;

    // Installs the scripts and the channel on `page`; call again after the config changes and
    // before reloading a page whose renderer crashed (Qt 6.4 may bring the next renderer up without
    // the user scripts otherwise).
    void install(QWebEnginePage *page, const BridgeConfig &config);
    BridgeConfig config() const { return m_config; }

    // Called by the channel object with the top frame's relay.
    void acceptRelay(const QString &message);

signals:
    void eventReceived(const opc::CallCardEvent &event);
    void relayRejected(const QString &reason);
    void workerFrameConfirmed(const QString &appSid);
    void workerFrameBound(const QString &appSid);

private:
    void reject(const QString &reason);
    bool pageIsOnPortal() const;

    BridgeConfig m_config;
    QPointer<QWebEnginePage> m_page;
    QWebChannel *m_channel;
    BridgeChannelObject *m_channelObject;
    RelayDecoder m_decoder;
    RateLimiter m_limiter{burstLimit, sustainedPerSecond};
    CallGrouper m_grouper;
    QElapsedTimer m_clock;
    qint64 m_lastFloodReportMs = -1;
};

} // namespace opc
