#include "relaydecoder.h"

#include "payloadvalidator.h"
#include "workerframename.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace opc {
namespace {

RelayDecoder::Outcome rejected(QString reason, QString appSid = {})
{
    RelayDecoder::Outcome outcome;
    outcome.kind = RelayDecoder::Outcome::Kind::Rejected;
    outcome.reason = std::move(reason);
    outcome.appSid = std::move(appSid);
    return outcome;
}

// Parses any JSON value, scalars included; QJsonDocument alone only takes objects and arrays.
std::optional<QJsonValue> parseJsonValue(const QByteArray &text)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

bool isCallbackId(const QString &id)
{
    // b24jssdk uses UUIDs, BX24.js 32 chars of [0-9a-z]; the console's own ids are similar.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{6,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

RelayDecoder::RelayDecoder(QString portalHost, QString handlerOrigin)
    : m_portalHost(portalHost.toLower())
    , m_handlerOrigin(std::move(handlerOrigin))
{
}

void RelayDecoder::setPortalHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower != m_portalHost) {
        m_portalHost = lower;
        m_frames.clear();
    }
}

RelayDecoder::Outcome RelayDecoder::decode(const QByteArray &relay, const QDateTime &receivedAt)
{
    if (relay.size() > maxRelayBytes)
        return rejected(QStringLiteral("relay of %1 bytes exceeds the %2-byte limit")
                            .arg(relay.size())
                            .arg(maxRelayBytes));
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(relay, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return rejected(QStringLiteral("relay is not a JSON object"));
    const QJsonObject object = doc.object();

    const auto frame = WorkerFrameName::parse(object.value(QStringLiteral("frame")).toString());
    if (!frame)
        return rejected(QStringLiteral("frame name is not <host>|<0|1>|<APP_SID>"));
    if (m_portalHost.isEmpty() || frame->domain != m_portalHost)
        return rejected(QStringLiteral("frame belongs to portal %1, not %2").arg(frame->domain, m_portalHost),
                        frame->appSid);
    const QString origin = object.value(QStringLiteral("origin")).toString();
    if (!origin.startsWith(u"http://") && !origin.startsWith(u"https://"))
        return rejected(QStringLiteral("frame origin is not http(s)"), frame->appSid);
    if (!m_handlerOrigin.isEmpty() && origin != m_handlerOrigin)
        return rejected(QStringLiteral("frame origin %1 is not the configured handler").arg(origin),
                        frame->appSid);

    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == u"hello")
        return decodeHello(object, frame->appSid, origin);
    if (kind == u"bound")
        return decodeBound(object, frame->appSid, origin);
    if (kind == u"event")
        return decodeEvent(object, frame->appSid, origin, receivedAt);
    return rejected(QStringLiteral("unknown relay kind"), frame->appSid);
}

RelayDecoder::Outcome RelayDecoder::decodeHello(const QJsonObject &relay, const QString &appSid,
                                                const QString &origin)
{
    const QJsonObject init = relay.value(QStringLiteral("init")).toObject();
    for (const char *secret : {"AUTH_ID", "REFRESH_ID", "AUTH_EXPIRES", "APPLICATION_TOKEN"}) {
        if (init.contains(QLatin1StringView(secret)))
            return rejected(QStringLiteral("hello carries auth fields"), appSid);
    }
    if (init.value(QStringLiteral("PLACEMENT")).toString() != u"PAGE_BACKGROUND_WORKER")
        return rejected(QStringLiteral("frame is not a PAGE_BACKGROUND_WORKER placement"), appSid);
    // A reload gives the frame a new APP_SID; the old session's callbacks die with it.
    m_frames.insert(appSid, FrameSession{origin, {}});
    Outcome outcome;
    outcome.kind = Outcome::Kind::FrameConfirmed;
    outcome.appSid = appSid;
    return outcome;
}

RelayDecoder::Outcome RelayDecoder::decodeBound(const QJsonObject &relay, const QString &appSid,
                                                const QString &origin)
{
    auto session = m_frames.find(appSid);
    if (session == m_frames.end() || session->origin != origin)
        return rejected(QStringLiteral("bind from an unconfirmed frame (wrong APP_SID)"), appSid);
    const QJsonObject callbacks = relay.value(QStringLiteral("callbacks")).toObject();
    if (callbacks.isEmpty() || callbacks.size() > callcard::eventCount)
        return rejected(QStringLiteral("bind lists no or too many callbacks"), appSid);
    QHash<QString, CallCardEventType> bound;
    for (auto it = callbacks.begin(); it != callbacks.end(); ++it) {
        const auto type = callcard::fromFullName(it.value().toString());
        if (!isCallbackId(it.key()) || !type)
            return rejected(QStringLiteral("bind has an invalid callback id or event name"), appSid);
        bound.insert(it.key(), *type);
    }
    session->callbacks.insert(bound);
    Outcome outcome;
    outcome.kind = Outcome::Kind::EventsBound;
    outcome.appSid = appSid;
    return outcome;
}

RelayDecoder::Outcome RelayDecoder::decodeEvent(const QJsonObject &relay, const QString &appSid,
                                                const QString &origin, const QDateTime &receivedAt)
{
    const auto session = m_frames.constFind(appSid);
    if (session == m_frames.constEnd() || session->origin != origin)
        return rejected(QStringLiteral("event for an unknown APP_SID"), appSid);
    const QJsonValue data = relay.value(QStringLiteral("data"));
    if (!data.isString())
        return rejected(QStringLiteral("portal message is not a string"), appSid);
    const QString message = data.toString();
    const qsizetype colon = message.indexOf(u':');
    if (colon < 0)
        return rejected(QStringLiteral("portal message has no ':' separator"), appSid);
    const QString callbackId = message.left(colon);
    const auto type = session->callbacks.constFind(callbackId);
    if (type == session->callbacks.constEnd())
        return rejected(QStringLiteral("unknown callback id"), appSid);

    const QByteArray tail = message.mid(colon + 1).toUtf8();
    const bool present = !tail.trimmed().isEmpty();
    QJsonValue payload(QJsonValue::Null);
    if (present) {
        const auto parsed = parseJsonValue(tail);
        if (!parsed)
            return rejected(QStringLiteral("%1: payload is not valid JSON").arg(callcard::shortName(*type)),
                            appSid);
        payload = *parsed;
    }
    const QString problem = PayloadValidator::validate(*type, present, payload);
    if (!problem.isEmpty())
        return rejected(QStringLiteral("%1: %2").arg(callcard::shortName(*type), problem), appSid);

    Outcome outcome;
    outcome.kind = Outcome::Kind::Event;
    outcome.appSid = appSid;
    CallCardEvent &event = outcome.event;
    event.type = *type;
    event.time = receivedAt.toUTC();
    event.payloadJson = present && callcard::carriesPayload(*type) ? tail.trimmed() : QByteArray();
    event.portalHost = m_portalHost;
    if (event.isTransfer()) {
        const QJsonObject object = payload.toObject();
        event.phoneNumber = object.value(QStringLiteral("phoneNumber")).toString();
        event.target = TransferTarget::classify(object.value(QStringLiteral("target")),
                                                object.value(QStringLiteral("type")).toString());
    }
    return outcome;
}

} // namespace opc
