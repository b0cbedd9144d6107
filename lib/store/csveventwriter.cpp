#include "csveventwriter.h"

#include "isotime.h"

using namespace Qt::StringLiterals;

namespace opc {

QStringList CsvEventWriter::columns()
{
    return {u"time"_s, u"event"_s, u"payload"_s, u"callId"_s, u"portal"_s, u"phoneNumber"_s, u"target"_s,
            u"targetKind"_s, u"targetName"_s,
            // Since schema 5, at the end so that readers of the nine columns before keep working.
            u"transferOutcome"_s, u"transferOutcomeAfterMs"_s};
}

void CsvEventWriter::writeHeader()
{
    buffer().append(columns().join(u',').toUtf8()).append("\r\n");
}

void CsvEventWriter::appendField(const QByteArray &utf8, bool last)
{
    QByteArray &out = buffer();
    const bool quote = !utf8.isEmpty() &&
        (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') ||
         utf8.front() == ' ' || utf8.back() == ' ');
    if (quote) {
        out.append('"');
        for (const char c : utf8) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    } else {
        out.append(utf8);
    }
    out.append(last ? QByteArrayView("\r\n") : QByteArrayView(","));
}

void CsvEventWriter::write(const CallCardEvent &event)
{
    QByteArray &out = buffer();
    appendIsoUtcMs(out, event.time.toMSecsSinceEpoch());
    out.append(',');
    appendField(eventNameUtf8(event.type));
    appendField(event.payloadJson);
    appendField(event.callId.toUtf8());
    appendField(event.portalHost.toUtf8());
    if (event.isTransfer()) {
        appendField(event.phoneNumber.toUtf8());
        appendField(event.target.value().toUtf8());
        appendField(kindNameUtf8(event.target.kind()));
        appendField(event.targetName.toUtf8());
        appendField(TransferOutcomes::name(event.outcome).toUtf8());
        appendField(event.outcomeAfterMs < 0 ? QByteArray() : QByteArray::number(event.outcomeAfterMs), true);
    } else {
        out.append(",,,,,\r\n");
    }
    flushIfFull();
}

} // namespace opc
