#include "jsonlineseventwriter.h"

#include "isotime.h"

#include <algorithm>

namespace opc {

void JsonLinesEventWriter::appendKey(const char *key)
{
    buffer().append(",\"").append(key).append("\":");
}

void JsonLinesEventWriter::appendString(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray &out = buffer();
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
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
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
            } else {
                out.append(c); // UTF-8 passes through unescaped
            }
        }
    }
    out.append('"');
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
        // The payload is embedded as delivered, so numbers and key order are exactly what the portal
        // sent. Valid JSON can hold raw line breaks only as whitespace between tokens; a space keeps
        // the value and the one-line-per-event rule.
        const qsizetype start = out.size();
        out.append(event.payloadJson);
        for (qsizetype i = start; i < out.size(); ++i) {
            if (out.at(i) == '\n' || out.at(i) == '\r')
                out[i] = ' ';
        }
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
    }
    out.append("}\n");
    flushIfFull();
}

} // namespace opc
