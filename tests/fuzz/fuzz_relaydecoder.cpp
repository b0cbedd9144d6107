// Relay decoding: every byte the top-frame script relays is untrusted (lib/protocol/relaydecoder.h).
// Each input line is one relay; an event relay's message is then split and validated the way
// CallCardBridge does it, for every event type.
#include "protocol/payloadvalidator.h"
#include "protocol/relaydecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : input.split('\n')) {
        const auto result = opc::RelayDecoder::decode(line);
        if (!result.relay || result.relay->kind != opc::Relay::Kind::Event)
            continue;
        const QString &message = result.relay->message;
        const qsizetype colon = message.indexOf(u':');
        const QByteArray tail = colon < 0 ? QByteArray() : message.mid(colon + 1).toUtf8();
        for (const auto type : opc::callcard::allEventTypes())
            (void)opc::PayloadValidator::check(type, tail);
    }
    return 0;
}
