#include "jsonlineseventwriter.h"

#include "isotime.h"

#include <QJsonDocument>

#include <algorithm>

namespace opc {
namespace {
constexpr char hex[] = "0123456789abcdef";

bool isControl(char c)
{
    return static_cast<unsigned char>(c) < 0x20;
}

bool isDigit(QByteArrayView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// Whether JSON that Qt's parser accepted is also RFC 8259 JSON, as jq or Python read it. Qt lets
// raw control characters and unknown escapes ("\q") through in strings, and numbers such as "1."
// or ".5"; the relay decoder parses with Qt, so the log can hold them.
bool isStrictJson(QByteArrayView json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (isControl(c))
                return false;
            if (c == '"')
                inString = false;
            else if (c == '\\' && (++i == json.size() || !QByteArrayView("\"\\/bfnrtu").contains(json[i])))
                return false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '.') {
            if (!isDigit(json, i - 1) || !isDigit(json, i + 1))
                return false;
        } else if ((c == 'e' || c == 'E') && isDigit(json, i - 1)) { // not the e of true or false
            const qsizetype next =
                i + 1 < json.size() && (json[i + 1] == '+' || json[i + 1] == '-') ? i + 2 : i + 1;
            if (!isDigit(json, next))
                return false;
        }
    }
    return true;
}
} // namespace

void JsonLinesEventWriter::appendKey(const char *key)
{
    buffer().append(",\"").append(key).append("\":");
}

void JsonLinesEventWriter::appendString(const QString &text)
{
    QByteArray &out = buffer();
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(),
                                    [](char c) { return c == '"' || c == '\\' || isControl(c); });
    if (plain) { // the usual case: copy in one go
        out.append(utf8).append('"');
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (isControl(c)) {
                out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
            } else {
                out.append(c); // UTF-8 passes through unescaped
            }
        }
    }
    out.append('"');
}

void JsonLinesEventWriter::appendPayload(const QByteArray &json)
{
    QByteArray &out = buffer();
    if (!isStrictJson(json)) {
        // Rare: written as Qt read it, which keeps the value but not the spelling.
        const QByteArray array = QJsonDocument::fromJson("[" + json + "]").toJson(QJsonDocument::Compact);
        out.append(array.size() > 2 ? QByteArrayView(array).sliced(1, array.size() - 2)
                                    : QByteArrayView("null"));
        return;
    }
    // As delivered, so numbers and key order are exactly what the portal sent. Strict JSON holds
    // control characters only as whitespace between tokens; a space keeps the value on one line.
    const qsizetype start = out.size();
    out.append(json);
    for (qsizetype i = start; i < out.size(); ++i) {
        if (isControl(out.at(i)))
            out[i] = ' ';
    }
}

void JsonLinesEventWriter::write(const CallCardEvent &event)
{
    QByteArray &out = buffer();
    out.append("{\"time\":\"");
    appendIsoUtcMs(out, event.time.toMSecsSinceEpoch());
    out.append('"');
    appendKey("event");
    out.append('"').append(eventNameUtf8(event.type)).append('"'); // ASCII names, nothing to escape
    appendKey("payload");
    if (event.payloadJson.isEmpty()) {
        out.append("null");
    } else {
        appendPayload(event.payloadJson);
    }
    appendKey("callId");
    appendString(event.callId);
    appendKey("portal");
    appendString(event.portalHost);
    if (event.isTransfer()) {
        appendKey("phoneNumber");
        appendString(event.phoneNumber);
        appendKey("target");
        appendString(event.target.value());
        appendKey("targetKind");
        out.append('"').append(kindNameUtf8(event.target.kind())).append('"');
        if (!event.targetName.isEmpty()) {
            appendKey("targetName");
            appendString(event.targetName);
        }
        if (event.outcome != TransferOutcome::None) {
            appendKey("outcome");
            appendString(TransferOutcomes::name(event.outcome));
            if (event.outcomeAfterMs >= 0) {
                appendKey("outcomeAfterMs");
                out.append(QByteArray::number(event.outcomeAfterMs));
            }
        }
    }
    out.append("}\n");
    flushIfFull();
}

} // namespace opc
