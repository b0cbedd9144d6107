#pragma once

#include "store/logexporter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace opc {

// What the file name typed in File > Export says about the format: its extension decides, and one
// the console cannot write is explained instead of silently producing a mismatched file.
class ExportFileName
{
    Q_DECLARE_TR_FUNCTIONS(opc::ExportDialog)

public:
    struct Check
    {
        std::optional<LogExporter::Format> format; // what to write; empty when problem is set
        QString problem; // user-visible, translated
    };

    // "csv" for both CSV formats, "jsonl" for JSON Lines.
    static QString extension(LogExporter::Format format);
    // .jsonl: JSON Lines. .csv: the chosen CSV format, raw CSV if JSON Lines was chosen. No extension:
    // the chosen format (withExtension adds it). Anything else (.xlsx, .txt): a problem.
    static Check check(const QString &path, LogExporter::Format chosen);
    // path with the format's extension appended when it has none.
    static QString withExtension(const QString &path, LogExporter::Format format);
};

} // namespace opc
