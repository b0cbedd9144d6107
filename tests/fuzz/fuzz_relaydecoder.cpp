// Relay decoding: every byte a worker frame relays is untrusted (lib/protocol/relaydecoder.h).
// Kept a thin adapter on purpose: RelayDecoder's API is being reworked, so this only feeds bytes to
// the public decode entry point. Each input line is one relay, decoded in order by one decoder, so a
// seed can confirm a frame ("hello"), bind callbacks and then deliver events.
#include "protocol/relaydecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime receivedAt = QDateTime::fromMSecsSinceEpoch(1700000000123LL, Qt::UTC);
    opc::RelayDecoder decoder(u"portal.example.com"_s);
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &relay : input.split('\n')) {
        const auto outcome = decoder.decode(relay, receivedAt);
        (void)outcome.event.prettyPayload(); // what the side panel shows of an accepted event
    }
    return 0;
}
