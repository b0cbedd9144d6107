#include "callcardbridge.h"

#include "bridgechannelobject.h"
#include "bridgescripts.h"
#include "protocol/logging.h"
#include "protocol/urlauthority.h"

#include <QRandomGenerator>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScriptCollection>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toHex());
}

} // namespace

CallCardBridge::CallCardBridge(QObject *parent)
    : QObject(parent)
    , m_channel(new QWebChannel(this))
    , m_channelObject(new BridgeChannelObject(this))
{
    m_channelObject->setParent(this);
    m_channel->registerObject(u"opcBridge"_s, m_channelObject);
    m_clock.start();
}

CallCardBridge::~CallCardBridge() = default;

void CallCardBridge::install(QWebEnginePage *page, const BridgeConfig &config)
{
    m_config = config;
    m_decoder = RelayDecoder(config.portalHost, config.handlerOrigin);
    m_page = page;

    QWebEngineScriptCollection &scripts = page->scripts();
    for (const char *name : {BridgeScripts::workerScriptName, BridgeScripts::topScriptName}) {
        const auto found = scripts.find(QLatin1StringView(name));
        for (const auto &script : found)
            scripts.remove(script);
    }
    // A fresh token per installation: a page that saw an old one (relays are visible to the
    // top page's own scripts) cannot reuse it after the portal changes.
    scripts.insert(BridgeScripts::create(config, randomHex(32), randomHex(16)));
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    qCInfo(lcBridge) << "bridge installed for portal" << config.portalHost
                     << (config.handlerOrigin.isEmpty() ? u"(first worker frame)"_s : config.handlerOrigin);
}

bool CallCardBridge::pageIsOnPortal() const
{
    return m_page && !m_config.portalHost.isEmpty() && urlAuthority(m_page->url()) == m_config.portalHost;
}

void CallCardBridge::reject(const QString &reason)
{
    qCWarning(lcBridge) << "relay rejected:" << reason;
    emit relayRejected(reason);
}

void CallCardBridge::acceptRelay(const QString &message)
{
    const qint64 now = m_clock.elapsed();
    if (!m_limiter.allow(now)) {
        // Report a flood at most once a second, not once per message.
        if (m_lastFloodReportMs < 0 || now - m_lastFloodReportMs >= 1000) {
            m_lastFloodReportMs = now;
            reject(u"relay rate limit exceeded; %1 message(s) dropped"_s.arg(m_limiter.takeRefusedCount()));
        }
        return;
    }
    if (!pageIsOnPortal())
        return reject(u"relay from a page that is not the portal"_s);

    const QByteArray bytes = message.toUtf8();
    const auto outcome = m_decoder.decode(bytes, QDateTime::currentDateTimeUtc());
    using Kind = RelayDecoder::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Rejected:
        reject(outcome.reason);
        break;
    case Kind::FrameConfirmed:
        qCInfo(lcBridge) << "worker frame confirmed, APP_SID" << outcome.appSid;
        emit workerFrameConfirmed(outcome.appSid);
        break;
    case Kind::EventsBound:
        qCInfo(lcBridge) << "bound all call card events in frame" << outcome.appSid;
        emit workerFrameBound(outcome.appSid);
        break;
    case Kind::Event: {
        CallCardEvent event = outcome.event;
        m_grouper.assign(event);
        qCDebug(lcBridge) << "event" << event.eventName() << "call" << event.callId;
        emit eventReceived(event);
        break;
    }
    }
}

} // namespace opc
