#include "callcardbridge.h"

#include "bridgechannelobject.h"
#include "protocol/logging.h"
#include "protocol/payloadvalidator.h"
#include "protocol/relaydecoder.h"

#include <QJsonObject>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScriptCollection>

using namespace Qt::StringLiterals;

namespace opc {

CallCardBridge::CallCardBridge(QObject *parent)
    : QObject(parent)
    , m_channel(new QWebChannel(this))
    , m_channelObject(new BridgeChannelObject(this))
    , m_health(new BridgeHealth(this))
{
    m_channelObject->setParent(this);
    m_channel->registerObject(u"opcBridge"_s, m_channelObject);
    m_clock.start();
}

CallCardBridge::~CallCardBridge() = default;

void CallCardBridge::install(QWebEnginePage *page, const BridgeConfig &config,
                             const BridgeScripts::Secrets &secrets)
{
    m_config = config;
    m_page = page;
    m_frames = WorkerFrameDirectory(config.budget);
    m_merger = BroadcastMerger();
    m_health->reset();

    QWebEngineScriptCollection &scripts = page->scripts();
    for (const char *name : {BridgeScripts::workerScriptName, BridgeScripts::topScriptName}) {
        const auto found = scripts.find(QLatin1StringView(name));
        for (const auto &script : found)
            scripts.remove(script);
    }
    scripts.insert(BridgeScripts::create(config, secrets));
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    qCInfo(lcBridge) << "bridge installed for portal" << config.portal.toString()
                     << (config.preferredHandler.isEmpty() ? u"(any telephony app)"_s
                                                           : config.preferredHandler.toString());
}

QStringList CallCardBridge::boundCallbackIds() const
{
    return m_frames.callbackIds();
}

bool CallCardBridge::pageIsOnPortal() const
{
    return m_page && m_config.portal.contains(m_page->url());
}

void CallCardBridge::refuse(const QString &reason, const QString &detail)
{
    // Counted and summarised by BridgeHealth; the detail is kept only as the latest example, so a
    // flood never writes one log line per message, not even with --verbose.
    m_health->noteRefused(reason, 1, detail);
}

void CallCardBridge::acceptRelay(const QString &message)
{
    // The top script is inert off the portal; a relay from elsewhere means a page got at it.
    if (!pageIsOnPortal())
        return refuse(u"relay-off-portal"_s);
    const auto decoded = RelayDecoder::decode(message.toUtf8());
    if (!decoded.relay)
        return refuse(u"relay-malformed"_s, decoded.error);
    const Relay &relay = *decoded.relay;
    switch (relay.kind) {
    case Relay::Kind::Refused:
        for (auto it = relay.refusals.begin(); it != relay.refusals.end(); ++it)
            m_health->noteRefused(it.key(), it.value());
        break;
    case Relay::Kind::Frame:
        onFrame(relay);
        break;
    case Relay::Kind::Bound:
        onBound(relay);
        break;
    case Relay::Kind::Gone:
        onGone(relay);
        break;
    case Relay::Kind::Event:
        onEvent(relay);
        break;
    }
}

void CallCardBridge::onFrame(const Relay &relay)
{
    bool accepted = false;
    const QString replaced = m_frames.attach(relay.frame, &accepted);
    if (!accepted)
        return refuse(u"too-many-frames"_s);
    if (!replaced.isEmpty())
        m_merger.removeListener(replaced);
    qCInfo(lcBridge) << "worker frame" << relay.frame.index << "of" << relay.frame.handler.toString()
                     << "attached, APP_SID" << relay.frame.appSid;
    publishFrames();
    emit workerFrameConfirmed(relay.frame.appSid);
}

void CallCardBridge::onBound(const Relay &relay)
{
    auto *frame = m_frames.current(relay.frame);
    if (!frame || !frame->callbacks.isEmpty())
        return refuse(u"bind-from-unknown-document"_s);
    frame->callbacks = relay.callbacks;
    m_merger.addListener(WorkerFrameDirectory::listenerKey(relay.frame));
    qCInfo(lcBridge) << "listening in worker frame" << relay.frame.index << "of"
                     << relay.frame.handler.toString() << "(" << relay.callbacks.size() << "events bound)";
    publishFrames();
    emit workerFrameBound(relay.frame.appSid);
}

void CallCardBridge::onGone(const Relay &relay)
{
    const QString key = m_frames.retire(relay.frame);
    if (key.isEmpty())
        return;
    m_merger.removeListener(key);
    qCInfo(lcBridge) << "worker frame" << relay.frame.index << "of" << relay.frame.handler.toString()
                     << "left:" << relay.reason;
    publishFrames();
}

void CallCardBridge::onEvent(const Relay &relay)
{
    auto *frame = m_frames.current(relay.frame);
    if (!frame)
        return refuse(u"event-from-unknown-document"_s);
    const qint64 now = m_clock.elapsed();
    if (!frame->messages.allow(now))
        return refuse(u"event-rate"_s);
    if (!frame->bytes.allow(now, double(relay.message.size())))
        return refuse(u"event-bytes"_s);
    if (relay.sequence <= frame->lastSequence)
        return refuse(u"event-replayed"_s);
    frame->lastSequence = relay.sequence;

    // "<callback id>:<tail>", or a bare "<callback id>" for a no-data event (§9).
    const qsizetype colon = relay.message.indexOf(u':');
    const QString callbackId = colon < 0 ? relay.message : relay.message.left(colon);
    const auto type = frame->callbacks.constFind(callbackId);
    if (type == frame->callbacks.constEnd())
        return refuse(u"unknown-callback"_s);
    const QByteArray tail = colon < 0 ? QByteArray() : relay.message.mid(colon + 1).toUtf8();
    const auto checked = PayloadValidator::check(*type, tail);
    if (!checked.isValid()) {
        const bool echo = PayloadValidator::containsCredentialKey(checked.payload) ||
            checked.problem.contains(u"credential"_s);
        const QString reason = echo            ? u"credential-in-payload"_s
            : !callcard::carriesPayload(*type) ? u"command-reply-as-event"_s
                                               : u"payload-invalid"_s;
        return refuse(reason, callcard::shortName(*type) + u": "_s + checked.problem);
    }

    const QByteArray fingerprint = callcard::fullName(*type).toUtf8() + '\n' + checked.json;
    if (!m_merger.admit(WorkerFrameDirectory::listenerKey(relay.frame), fingerprint, now)) {
        m_health->noteDuplicate();
        return;
    }

    CallCardEvent event;
    event.type = *type;
    event.time = QDateTime::currentDateTimeUtc();
    event.payloadJson = checked.json;
    event.portalHost = m_config.portal.authority();
    if (event.isTransfer()) {
        const QJsonObject object = checked.payload.toObject();
        event.phoneNumber = object.value(u"phoneNumber"_s).toString();
        event.target =
            TransferTarget::classify(object.value(u"target"_s), object.value(u"type"_s).toString());
    }
    m_grouper.assign(event);
    ++frame->events;
    frame->lastEvent = event.time;
    m_health->noteEvent(event.time);
    publishFrames();
    qCDebug(lcBridge) << "event" << event.eventName() << "call" << event.callId;
    emit eventReceived(event);
}

void CallCardBridge::publishFrames()
{
    m_health->setFrames(m_frames.snapshot(m_config.preferredHandler));
}

} // namespace opc
