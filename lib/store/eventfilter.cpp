#include "eventfilter.h"

#include "protocol/clientnumber.h"
#include "protocol/eventpresentation.h"

namespace opc {

bool EventFilter::matches(const CallCardEvent &event) const
{
    const qint64 ms = event.time.toMSecsSinceEpoch();
    if (since.isValid() && ms < since.toMSecsSinceEpoch())
        return false;
    if (until.isValid() && ms > until.toMSecsSinceEpoch())
        return false;
    if (transfersOnly && !event.isTransfer())
        return false;
    if (outcome != TransferOutcome::None) {
        const TransferOutcome has =
            event.outcome == TransferOutcome::None ? TransferOutcome::Pending : event.outcome;
        if (!event.isTransfer() || has != outcome)
            return false;
    }
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    const auto has = [&needle](const QString &haystack) {
        return haystack.contains(needle, Qt::CaseInsensitive);
    };
    if (has(event.eventName()) || has(EventPresentation::eventLabel(event.type)))
        return true;
    if (event.isTransfer() && (has(event.phoneNumber) || has(event.target.value()) || has(event.targetName)))
        return true;
    const QString digits = ClientNumber::searchDigits(needle);
    return !digits.isEmpty() && ClientNumber::indexedDigits(event).contains(digits);
}

QStringList EventFilter::eventNamesContaining(const QString &text)
{
    QStringList names;
    const QString needle = text.trimmed();
    for (const auto type : callcard::allEventTypes()) {
        const QString name = callcard::fullName(type);
        if (name.contains(needle, Qt::CaseInsensitive) ||
            EventPresentation::eventLabel(type).contains(needle, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace opc
