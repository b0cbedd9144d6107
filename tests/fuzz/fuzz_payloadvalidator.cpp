// Payload validation (lib/protocol/payloadvalidator.h). Input: the first byte picks the event type,
// the rest is the wire tail after "<callback id>:", as the bridge hands it over (valid UTF-8, since
// it crossed the web channel inside a JSON string). An accepted payload must not carry a credential.
#include "protocol/payloadvalidator.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto type = opc::callcard::allEventTypes()[data[0] % opc::callcard::eventCount];
    const QByteArray tail =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).toUtf8();
    const auto result = opc::PayloadValidator::check(type, tail);
    if (result.isValid() && opc::PayloadValidator::containsCredentialKey(result.payload))
        std::abort(); // a credential-like key got through
    return 0;
}
