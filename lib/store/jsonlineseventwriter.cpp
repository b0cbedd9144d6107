#include "jsonlineseventwriter.h"

#include "isotime.h"

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
    for (const char c : text.toUtf8()) {
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
    appendString(event.eventName());
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
        appendString(TransferTarget::kindName(event.target.kind()));
        if (!event.targetName.isEmpty()) {
            appendKey("targetName");
            appendString(event.targetName);
        }
    }
    out.append("}\n");
    flushIfFull();
}

} // namespace opc
