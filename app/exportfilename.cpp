#include "exportfilename.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

QString ExportFileName::extension(LogExporter::Format format)
{
    return format == LogExporter::Format::JsonLines ? u"jsonl"_s : u"csv"_s;
}

ExportFileName::Check ExportFileName::check(const QString &path, LogExporter::Format chosen)
{
    const QString suffix = suffixOf(path);
    if (suffix.isEmpty())
        return {chosen, {}};
    if (suffix == u"jsonl")
        return {LogExporter::Format::JsonLines, {}};
    if (suffix == u"csv")
        return {chosen == LogExporter::Format::JsonLines ? LogExporter::Format::Csv : chosen, {}};
    if (suffix == u"xlsx" || suffix == u"xls")
        return {std::nullopt,
                tr("Excel workbooks (.%1) cannot be written. Choose the Excel format: it writes a .csv file "
                   "that Excel opens as a table.")
                    .arg(suffix)};
    return {std::nullopt,
            tr("A .%1 file does not match any export format; name the file .csv (CSV or Excel) or "
               ".jsonl (JSON Lines).")
                .arg(suffix)};
}

QString ExportFileName::withExtension(const QString &path, LogExporter::Format format)
{
    return suffixOf(path).isEmpty() ? path + u'.' + extension(format) : path;
}

} // namespace opc
