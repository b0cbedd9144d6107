#pragma once

#include "bridgeconfig.h"
#include "bridgehealth.h"
#include "bridgescripts.h"
#include "protocol/broadcastmerger.h"
#include "protocol/callcardevent.h"
#include "protocol/callgrouper.h"
#include "workerframedirectory.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWebChannel;
class QWebEnginePage;

namespace opc {

class BridgeChannelObject;
struct Relay;

// Carries BackgroundCallCard events from the portal's worker frames to C++: installs the injected
// scripts and the web channel on a page, and turns the top-frame script's relays into typed,
// validated events, each broadcast once however many frames relay it. Everything that arrives is
// untrusted: page, frame document, callback id, size, rate and payload are checked, and whatever
// fails is counted in health() (summarised in the log) and never becomes an event.
class CallCardBridge : public QObject
{
    Q_OBJECT

public:
    explicit CallCardBridge(QObject *parent = nullptr);
    ~CallCardBridge() override;

    // Installs the scripts and the channel on `page`; call again after the config changes and
    // before reloading a page whose renderer crashed (Qt 6.4 may bring the next renderer up without
    // the user scripts otherwise). New secrets each time (tests may pass their own).
    void install(QWebEnginePage *page, const BridgeConfig &config,
                 const BridgeScripts::Secrets &secrets = BridgeScripts::Secrets::generate());
    BridgeConfig config() const { return m_config; }
    BridgeHealth *health() const { return m_health; }

    // Called by the channel object with the top frame's relay.
    void acceptRelay(const QString &message);

    // The callback ids the console's script bound in the listening frames' current documents. For
    // tests that play an attacker who somehow learnt them; nothing in the product reads them.
    QStringList boundCallbackIds() const;

signals:
    void eventReceived(const opc::CallCardEvent &event);
    void workerFrameConfirmed(const QString &appSid);
    void workerFrameBound(const QString &appSid);

private:
    bool pageIsOnPortal() const;
    void refuse(const QString &reason, const QString &detail = {});
    void onFrame(const Relay &relay);
    void onBound(const Relay &relay);
    void onGone(const Relay &relay);
    void onEvent(const Relay &relay);
    void publishFrames();

    BridgeConfig m_config;
    QPointer<QWebEnginePage> m_page;
    QWebChannel *m_channel;
    BridgeChannelObject *m_channelObject;
    BridgeHealth *m_health;
    WorkerFrameDirectory m_frames;
    BroadcastMerger m_merger;
    CallGrouper m_grouper;
    QElapsedTimer m_clock;
};

} // namespace opc
