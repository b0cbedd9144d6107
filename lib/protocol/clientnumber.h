#pragma once

#include "callcardevent.h"

#include <QString>
#include <QStringView>

namespace opc {

// The client's phone number as the log shows and searches it. Operators type a number the way they
// read it ("+7 (900) 123-45-67", "79001234567", "900 123"), so numbers are compared by their digits.
class ClientNumber
{
public:
    // A search needs this many digits before it is treated as a number (fewer match nearly anything).
    static constexpr int minSearchDigits = 3;

    // The number a row shows: sent with a transfer, or carried by the opened card's payload.
    static QString of(const CallCardEvent &event);
    // Every decimal digit of text, as ASCII: "+7 (900) 123-45-67" -> "79001234567".
    static QString digits(QStringView text);
    // The digits to look for when text reads as a phone number or a piece of one: digits, spaces and
    // + ( ) - . / only, with at least minSearchDigits digits. Empty when it does not.
    static QString searchDigits(QStringView text);
    // What the log indexes for number searches: the client number's digits and, for a transfer to a
    // phone number, the target's, separated by a space so that no digit search matches across both.
    // Empty when the event carries no number.
    static QString indexedDigits(const CallCardEvent &event);
};

} // namespace opc
