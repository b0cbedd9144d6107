#include "csvreader.h"

#include <QStringDecoder>

namespace opc {

namespace {

// Every byte of a field as written: QString::fromUtf8 would drop a U+FEFF that starts a field.
QString decodeField(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    return decoder(utf8);
}

} // namespace

QList<QStringList> CsvReader::parse(const QByteArray &text, bool *ok, char separator)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote was seen
    bool valid = true;
    const auto endField = [&] {
        record.append(decodeField(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(record);
        record.clear();
    };

    for (qsizetype i = 0; i < text.size() && valid; ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c != '"') {
                field.append(c);
            } else if (i + 1 < text.size() && text.at(i + 1) == '"') {
                field.append('"');
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
            continue;
        }
        if (c == separator) {
            endField();
            continue;
        }
        switch (c) {
        case '"':
            if (!field.isEmpty() || wasQuoted)
                valid = false;
            else
                quoted = true;
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
            endRecord();
            break;
        case '\n':
            endRecord();
            break;
        default:
            if (wasQuoted)
                valid = false;
            else
                field.append(c);
        }
    }
    if (quoted)
        valid = false;
    // A last record without a line end still counts.
    if (valid && (!field.isEmpty() || !record.isEmpty() || wasQuoted))
        endRecord();
    if (ok)
        *ok = valid;
    return valid ? records : QList<QStringList>();
}

} // namespace opc
