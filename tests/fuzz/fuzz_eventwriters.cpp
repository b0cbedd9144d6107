// The CSV and JSON Lines export writers (lib/store). Events are built from the input with every
// field under the fuzzer's control, written to memory, and read back: CSV through CsvReader, each
// JSON Lines line as strict RFC 8259 JSON and through QJsonDocument. A broken round trip aborts, so libFuzzer
// keeps the input.
#include "protocol/transferoutcome.h"
#include "store/csveventwriter.h"
#include "store/csvreader.h"
#include "store/jsonlineseventwriter.h"
#include "strictjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using opc::CallCardEvent;
using opc::TransferTarget;

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_eventwriters: %s\n", what);
        std::abort();
    }
}

// A text field is UTF-8, or, after a leading NUL, raw UTF-16LE (lone surrogates, as a portal's
// "\ud800" gives).
QString text(const QByteArray &field)
{
    if (!field.startsWith('\0'))
        return QString::fromUtf8(field);
    QString result;
    for (qsizetype i = 1; i + 1 < field.size(); i += 2)
        result.append(QChar(char16_t(uint8_t(field[i]) | uint8_t(field[i + 1]) << 8)));
    return result;
}

// What a reader gets back: the writers store text as UTF-8 (lone surrogates become U+FFFD); a
// leading U+FEFF is text like any other.
QString exported(const QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    return decoder(text.toUtf8());
}

// The payload parsed the way the relay decoder accepts it; nullopt when it would be rejected.
std::optional<QJsonValue> parsedPayload(const QByteArray &json)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

// Fields separated by 0x1F: event short name (or any byte: type by its value), time in ms since the
// epoch (any 64-bit value: a damaged log can hold one), payload bytes, callId, portal, phoneNumber,
// target, target kind name, targetName. Missing fields are empty.
CallCardEvent parseEvent(const QByteArray &record)
{
    QList<QByteArray> fields = record.split('\x1f');
    fields.resize(11);
    CallCardEvent event;
    const auto type = opc::callcard::fromShortName(QString::fromUtf8(fields[0]));
    const int index = fields[0].isEmpty() ? 0 : uint8_t(fields[0][0]) % opc::callcard::eventCount;
    event.type = type.value_or(opc::callcard::allEventTypes()[index]);
    event.time = QDateTime::fromMSecsSinceEpoch(fields[1].toLongLong(), Qt::UTC);
    event.payloadJson = fields[2];
    event.callId = text(fields[3]);
    event.portalHost = text(fields[4]);
    event.phoneNumber = text(fields[5]);
    event.target = TransferTarget(TransferTarget::kindFromName(text(fields[7])), text(fields[6]));
    event.targetName = text(fields[8]);
    // The transfer's outcome (#12): a name from the store's vocabulary, and the time to it.
    event.outcome = opc::TransferOutcomes::fromName(text(fields[9]));
    event.outcomeAfterMs = fields[10].isEmpty() ? -1 : fields[10].toLongLong();
    return event;
}

// Inside four-digit years the time must be Qt's own ISO spelling.
void checkTime(const QString &written, const QDateTime &time)
{
    if (time.isValid() && time.date().year() >= 1 && time.date().year() <= 9999)
        require(written == time.toString(Qt::ISODateWithMs), "time is not ISO 8601 UTC with milliseconds");
}

void checkCsv(const QList<CallCardEvent> &events)
{
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    opc::CsvEventWriter writer(&device);
    writer.writeHeader();
    for (const CallCardEvent &event : events)
        writer.write(event);
    require(writer.finish(), "CSV writer failed on a QBuffer");

    bool ok = false;
    const QList<QStringList> records = opc::CsvReader::parse(device.data(), &ok);
    require(ok, "CSV does not parse back");
    require(records.size() == events.size() + 1, "CSV has another number of records than events");
    require(records.front() == opc::CsvEventWriter::columns(), "CSV header changed");
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CallCardEvent &event = events.at(i);
        const QStringList &record = records.at(i + 1);
        require(record.size() == opc::CsvEventWriter::columns().size(), "CSV record has a wrong field count");
        checkTime(record.at(0), event.time);
        QStringList expected{event.eventName(), QString::fromUtf8(event.payloadJson), exported(event.callId),
                             exported(event.portalHost)};
        if (event.isTransfer()) {
            expected << exported(event.phoneNumber) << exported(event.target.value())
                     << TransferTarget::kindName(event.target.kind()) << exported(event.targetName)
                     << opc::TransferOutcomes::name(event.outcome)
                     << (event.outcomeAfterMs < 0 ? QString() : QString::number(event.outcomeAfterMs));
        } else {
            expected << QString() << QString() << QString() << QString() << QString() << QString();
        }
        require(record.mid(1) == expected, "CSV fields do not round-trip");
    }
}

void checkJsonLines(QList<CallCardEvent> events)
{
    // The log holds only payloads the decoder accepted; anything else is written as "no payload".
    QList<QJsonValue> payloads;
    for (CallCardEvent &event : events) {
        const auto parsed = parsedPayload(event.payloadJson);
        if (!parsed)
            event.payloadJson.clear();
        payloads.append(parsed.value_or(QJsonValue(QJsonValue::Null)));
    }
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    opc::JsonLinesEventWriter writer(&device);
    for (const CallCardEvent &event : events)
        writer.write(event);
    require(writer.finish(), "JSON Lines writer failed on a QBuffer");

    const QList<QByteArray> lines = device.data().split('\n');
    require(lines.size() == events.size() + 1 && lines.back().isEmpty(), "not one line per event");
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CallCardEvent &event = events.at(i);
        require(StrictJson::isValid(lines.at(i)), "JSON Lines line is not RFC 8259 JSON");
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        require(error.error == QJsonParseError::NoError && doc.isObject(), "JSON Lines line does not parse");
        const QJsonObject object = doc.object();
        checkTime(object.value(u"time"_s).toString(), event.time);
        require(object.value(u"event"_s).toString() == event.eventName(), "event name changed");
        require(object.value(u"payload"_s) == payloads.at(i), "payload value changed");
        require(object.value(u"callId"_s).toString() == exported(event.callId), "callId changed");
        require(object.value(u"portal"_s).toString() == exported(event.portalHost), "portal changed");
        require(object.contains(u"target"_s) == event.isTransfer(), "transfer keys on the wrong events");
        if (!event.isTransfer())
            continue;
        require(object.value(u"phoneNumber"_s).toString() == exported(event.phoneNumber),
                "phoneNumber changed");
        require(object.value(u"target"_s).toString() == exported(event.target.value()), "target changed");
        require(object.value(u"targetKind"_s).toString() == TransferTarget::kindName(event.target.kind()),
                "targetKind changed");
        require(object.value(u"targetName"_s).toString() == exported(event.targetName), "targetName changed");
    }
}

} // namespace

// Input: up to 16 events separated by 0x1E, see parseEvent().
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<CallCardEvent> events;
    for (const QByteArray &record : input.split('\x1e').mid(0, 16))
        events.append(parseEvent(record));
    checkCsv(events);
    checkJsonLines(events);
    return 0;
}
