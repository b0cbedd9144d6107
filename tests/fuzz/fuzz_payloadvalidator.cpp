// Payload validation (lib/protocol/payloadvalidator.h). Input: the first byte picks the event type,
// the rest is the wire tail after "<callback id>:". Kept thin on purpose (the validator's signature
// may change): the tail is prepared the way RelayDecoder::decodeEvent does it, then validated.
#include "protocol/payloadvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto type = opc::callcard::allEventTypes()[data[0] % opc::callcard::eventCount];
    // The tail reaches the decoder as part of a JSON string, i.e. as valid UTF-8.
    const QByteArray tail =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).toUtf8();
    const bool present = !tail.trimmed().isEmpty();
    QJsonValue payload(QJsonValue::Null);
    if (present) {
        QJsonParseError error{};
        const auto doc = QJsonDocument::fromJson("[" + tail + "]", &error);
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
            return 0; // the decoder rejects it before validation
        payload = doc.array().at(0);
    }
    (void)opc::PayloadValidator::validate(type, present, payload);
    return 0;
}
