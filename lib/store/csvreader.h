#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace opc {

// Reads RFC 4180 CSV (UTF-8; quoted fields may hold commas, doubled quotes and line breaks; CRLF or
// LF line ends). Used to check exports round-trip.
class CsvReader
{
public:
    // All records of text, or an empty list with *ok false if a quoted field is not closed or a
    // quote appears where RFC 4180 does not allow one. separator: ',' or, for spreadsheet CSV in
    // some locales, ';'.
    static QList<QStringList> parse(const QByteArray &text, bool *ok = nullptr, char separator = ',');
};

} // namespace opc
