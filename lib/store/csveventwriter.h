#pragma once

#include "eventwriter.h"

#include <QStringList>

namespace opc {

// RFC 4180 CSV: a header line, CRLF line ends, and fields holding a comma, quote, CR or LF (or
// edge spaces) quoted with inner quotes doubled. UTF-8 without BOM. Columns: see columns().
class CsvEventWriter : public EventWriter
{
public:
    using EventWriter::EventWriter;

    static QStringList columns();

    void writeHeader() override;
    void write(const CallCardEvent &event) override;

private:
    void appendField(const QByteArray &utf8, bool last = false);
};

} // namespace opc
