#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace opc {

// What followed a transfer pick (transferButtonClick), inferred from the call card's later events
// only (docs/calls.md): complete → Completed, cancel → Cancelled, another pick → Superseded, the
// call ending first (close, hangup, skip, another card, console closed) → Unknown. Pending while
// none of these has happened yet.
enum class TransferOutcome { None, Pending, Completed, Cancelled, Superseded, Unknown };

class TransferOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(TransferOutcomes)

public:
    // Stable names for the store and exports: "", pending, completed, cancelled, superseded, unknown.
    static QString name(TransferOutcome outcome);
    static TransferOutcome fromName(QStringView name);
    // Translated: "Completed", "Cancelled (returned to the operator)", …
    static QString label(TransferOutcome outcome);
    // The one colour of an outcome wherever it is drawn (the panel's mark, the report's charts), as
    // "#rrggbb": green completed; red cancelled or unknown (it did not reach the target); grey
    // superseded or pending. Empty for None.
    static QString colorName(TransferOutcome outcome);
    // "0:12", "1:02:03": a duration in milliseconds for people.
    static QString duration(qint64 ms);
};

} // namespace opc
