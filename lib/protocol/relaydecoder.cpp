#include "relaydecoder.h"

#include "payloadvalidator.h"
#include "workerframename.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{6,64}$"_s);
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
        return rejected(
            u"relay of %1 bytes exceeds the %2-byte limit"_s.arg(relay.size()).arg(maxRelayBytes));
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(relay, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return rejected(u"relay is not a JSON object"_s);
    const QJsonObject object = doc.object();

    const auto frame = WorkerFrameName::parse(object.value(u"frame"_s).toString());
    if (!frame)
        return rejected(u"frame name is not <host>|<0|1>|<APP_SID>"_s);
    if (m_portalHost.isEmpty() || frame->domain != m_portalHost)
        return rejected(u"frame belongs to portal %1, not %2"_s.arg(frame->domain, m_portalHost),
                        frame->appSid);
    const QString origin = object.value(u"origin"_s).toString();
    if (!origin.startsWith(u"http://") && !origin.startsWith(u"https://"))
        return rejected(u"frame origin is not http(s)"_s, frame->appSid);
    if (!m_handlerOrigin.isEmpty() && origin != m_handlerOrigin)
        return rejected(u"frame origin %1 is not the configured handler"_s.arg(origin), frame->appSid);

    const QString kind = object.value(u"kind"_s).toString();
    if (kind == u"hello")
        return decodeHello(object, frame->appSid, origin);
    if (kind == u"bound")
        return decodeBound(object, frame->appSid, origin);
    if (kind == u"event")
        return decodeEvent(object, frame->appSid, origin, receivedAt);
    return rejected(u"unknown relay kind"_s, frame->appSid);
}

RelayDecoder::Outcome RelayDecoder::decodeHello(const QJsonObject &relay, const QString &appSid,
                                                const QString &origin)
{
    const QJsonObject init = relay.value(u"init"_s).toObject();
    for (const char *secret : {"AUTH_ID", "REFRESH_ID", "AUTH_EXPIRES", "APPLICATION_TOKEN"}) {
        if (init.contains(QLatin1StringView(secret)))
            return rejected(u"hello carries auth fields"_s, appSid);
    }
    if (init.value(u"PLACEMENT"_s).toString() != u"PAGE_BACKGROUND_WORKER")
        return rejected(u"frame is not a PAGE_BACKGROUND_WORKER placement"_s, appSid);
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
        return rejected(u"bind from an unconfirmed frame (wrong APP_SID)"_s, appSid);
    const QJsonObject callbacks = relay.value(u"callbacks"_s).toObject();
    if (callbacks.isEmpty() || callbacks.size() > callcard::eventCount)
        return rejected(u"bind lists no or too many callbacks"_s, appSid);
    QHash<QString, CallCardEventType> bound;
    for (auto it = callbacks.begin(); it != callbacks.end(); ++it) {
        const auto type = callcard::fromFullName(it.value().toString());
        if (!isCallbackId(it.key()) || !type)
            return rejected(u"bind has an invalid callback id or event name"_s, appSid);
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
        return rejected(u"event for an unknown APP_SID"_s, appSid);
    const QJsonValue data = relay.value(u"data"_s);
    if (!data.isString())
        return rejected(u"portal message is not a string"_s, appSid);
    const QString message = data.toString();
    const qsizetype colon = message.indexOf(u':');
    if (colon < 0)
        return rejected(u"portal message has no ':' separator"_s, appSid);
    const QString callbackId = message.left(colon);
    const auto type = session->callbacks.constFind(callbackId);
    if (type == session->callbacks.constEnd())
        return rejected(u"unknown callback id"_s, appSid);

    const QByteArray tail = message.mid(colon + 1).toUtf8();
    const bool present = !tail.trimmed().isEmpty();
    QJsonValue payload(QJsonValue::Null);
    if (present) {
        const auto parsed = parseJsonValue(tail);
        if (!parsed)
            return rejected(u"%1: payload is not valid JSON"_s.arg(callcard::shortName(*type)), appSid);
        payload = *parsed;
    }
    const QString problem = PayloadValidator::validate(*type, present, payload);
    if (!problem.isEmpty())
        return rejected(u"%1: %2"_s.arg(callcard::shortName(*type), problem), appSid);

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
        event.phoneNumber = object.value(u"phoneNumber"_s).toString();
        event.target =
            TransferTarget::classify(object.value(u"target"_s), object.value(u"type"_s).toString());
    }
    return outcome;
}

} // namespace opc
