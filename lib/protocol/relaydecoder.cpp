#include "relaydecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

RelayDecoder::Result refused(const QString &error)
{
    return {std::nullopt, error};
}

bool isHex32(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{32}$"_s);
    return pattern.match(text).hasMatch();
}

// The console's ids are its secret marker plus 24 hex digits; the marker itself is not known here,
// only that ids are short, hex and colon-free (a colon would split the portal's reply).
bool isCallbackId(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{16,96}$"_s);
    return pattern.match(id).hasMatch();
}

std::optional<WorkerFrameRef> frameOf(const QJsonObject &object, QString *error)
{
    WorkerFrameRef frame;
    frame.appSid = object.value(u"sid"_s).toString();
    frame.document = object.value(u"doc"_s).toString();
    const auto handler = WebOrigin::parse(object.value(u"handler"_s).toString());
    const QJsonValue index = object.value(u"index"_s);
    if (!isHex32(frame.appSid) || !isHex32(frame.document)) {
        *error = u"frame id or document id malformed"_s;
        return std::nullopt;
    }
    if (!handler.isValid() || handler.origin.isEmpty()) {
        *error = u"frame handler origin malformed"_s;
        return std::nullopt;
    }
    if (!index.isDouble() || index.toInt(-1) < 0 || index.toInt(-1) > 1000) {
        *error = u"frame index malformed"_s;
        return std::nullopt;
    }
    frame.handler = handler.origin;
    frame.index = index.toInt();
    return frame;
}

} // namespace

RelayDecoder::Result RelayDecoder::decode(const QByteArray &bytes)
{
    if (bytes.size() > maxRelayBytes)
        return refused(u"relay of %1 bytes exceeds the %2-byte limit"_s.arg(bytes.size()).arg(maxRelayBytes));
    QJsonParseError parseError{};
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refused(u"relay is not a JSON object"_s);
    const QJsonObject object = doc.object();
    const QString kind = object.value(u"kind"_s).toString();

    Relay relay;
    if (kind == u"refused") {
        relay.kind = Relay::Kind::Refused;
        const QJsonObject counts = object.value(u"counts"_s).toObject();
        if (counts.isEmpty() || counts.size() > 32)
            return refused(u"refusal summary malformed"_s);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            static const QRegularExpression reason(u"^[a-z-]{1,40}$"_s);
            const int count = it.value().toInt(-1);
            if (!reason.match(it.key()).hasMatch() || count <= 0)
                return refused(u"refusal summary malformed"_s);
            relay.refusals.insert(it.key(), count);
        }
        return {relay, {}};
    }

    QString error;
    const auto frame = frameOf(object, &error);
    if (!frame)
        return refused(error);
    relay.frame = *frame;

    if (kind == u"frame") {
        relay.kind = Relay::Kind::Frame;
    } else if (kind == u"gone") {
        relay.kind = Relay::Kind::Gone;
        relay.reason = object.value(u"why"_s).toString().left(40);
    } else if (kind == u"bound") {
        relay.kind = Relay::Kind::Bound;
        const QJsonObject callbacks = object.value(u"callbacks"_s).toObject();
        if (callbacks.isEmpty() || callbacks.size() > callcard::eventCount)
            return refused(u"bind lists no or too many callbacks"_s);
        for (auto it = callbacks.begin(); it != callbacks.end(); ++it) {
            const auto type = callcard::fromFullName(it.value().toString());
            if (!isCallbackId(it.key()) || !type)
                return refused(u"bind has an invalid callback id or event name"_s);
            relay.callbacks.insert(it.key(), *type);
        }
    } else if (kind == u"event") {
        relay.kind = Relay::Kind::Event;
        const QJsonValue sequence = object.value(u"seq"_s);
        const QJsonValue message = object.value(u"data"_s);
        if (!sequence.isDouble() || sequence.toDouble() < 1 || sequence.toDouble() > 1e12)
            return refused(u"event sequence malformed"_s);
        if (!message.isString())
            return refused(u"portal message is not a string"_s);
        relay.sequence = static_cast<qint64>(sequence.toDouble());
        relay.message = message.toString();
    } else {
        return refused(u"unknown relay kind"_s);
    }
    return {relay, {}};
}

} // namespace opc
