#include "reportwriter.h"

#include "excelcsveventwriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString cell(const QString &text, bool header = false)
{
    const char *tag = header ? "th" : "td";
    return u"<%1>%2</%1>"_s.arg(QLatin1StringView(tag), text.toHtmlEscaped());
}

// A row's first cell names it (a target, an hour) and reads from the left.
// Spelled out inline: QTextDocument knows no :first-child, and a cell's own style replaces the
// sheet's border and padding there.
QString nameCell(const QString &text, bool header = false)
{
    const char *tag = header ? "th" : "td";
    return u"<%1 style=\"text-align:left;border:1px solid #999;padding:2px 6px\">%2</%1>"_s.arg(
        QLatin1StringView(tag), text.toHtmlEscaped());
}

QString countsCells(const DailyReport::Counts &counts)
{
    return cell(QString::number(counts.transfers)) + cell(QString::number(counts.completed)) +
        cell(QString::number(counts.cancelled)) + cell(QString::number(counts.superseded)) +
        cell(QString::number(counts.unknown)) + cell(ReportWriter::rateText(counts.completionRate())) +
        cell(ReportWriter::durationText(counts.medianCompleteMs()));
}

QString countsHeader(const QString &first)
{
    return u"<tr>"_s + nameCell(first, true) + cell(ReportWriter::tr("Transfers"), true) +
        cell(ReportWriter::tr("Completed"), true) + cell(ReportWriter::tr("Cancelled"), true) +
        cell(ReportWriter::tr("Superseded"), true) + cell(ReportWriter::tr("Unknown"), true) +
        cell(ReportWriter::tr("Completion rate"), true) +
        cell(ReportWriter::tr("Median time to complete"), true) + u"</tr>"_s;
}

// Stacked bars per hour: completed (green), cancelled or unknown (red), the rest (grey).
QString svgChart(const DailyReport &report)
{
    int most = 1;
    for (const auto &hour : report.perHour)
        most = qMax(most, hour.transfers);
    const int barWidth = 24, height = 160, left = 30, bottom = 20;
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">"_s
                      .arg(left + 24 * barWidth + 10)
                      .arg(height + bottom);
    svg += u"<text x=\"0\" y=\"12\" font-size=\"10\">%1</text>"_s.arg(most);
    for (int h = 0; h < 24; ++h) {
        const auto &counts = report.perHour[h];
        const int x = left + h * barWidth;
        int y = height;
        const auto bar = [&](int value, TransferOutcome outcome) {
            const int size = value * (height - 10) / most;
            y -= size;
            if (size > 0)
                svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>"_s.arg(x)
                           .arg(y)
                           .arg(barWidth - 4)
                           .arg(size)
                           .arg(TransferOutcomes::colorName(outcome));
        };
        bar(counts.completed, TransferOutcome::Completed);
        bar(counts.cancelled + counts.unknown, TransferOutcome::Cancelled);
        bar(counts.superseded + counts.pending, TransferOutcome::Superseded);
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"9\">%3</text>"_s.arg(x).arg(height + 14).arg(h);
    }
    return svg + u"</svg>"_s;
}

// The report's CSV is for spreadsheets too, and target names come from the portal: the same cell
// rules as the Excel export (no formula injection, line breaks quoted).
QByteArray csvField(const QString &text)
{
    return ExcelCsvEventWriter::cell(text, ',');
}

QByteArray csvCounts(const QString &first, const DailyReport::Counts &counts)
{
    const qint64 median = counts.medianCompleteMs();
    const double rate = counts.completionRate();
    return csvField(first) + ',' + QByteArray::number(counts.transfers) + ',' +
        QByteArray::number(counts.completed) + ',' + QByteArray::number(counts.cancelled) + ',' +
        QByteArray::number(counts.superseded) + ',' + QByteArray::number(counts.unknown) + ',' +
        QByteArray::number(counts.pending) + ',' +
        (rate < 0 ? QByteArray() : QByteArray::number(rate, 'f', 1)) + ',' +
        (median < 0 ? QByteArray() : QByteArray::number(median)) + "\r\n";
}

} // namespace

QString ReportWriter::rateText(double rate)
{
    return rate < 0 ? u"—"_s : QString(QLocale().toString(rate, 'f', 0) + u" %"_s);
}

QString ReportWriter::durationText(qint64 ms)
{
    return ms < 0 ? u"—"_s : TransferOutcomes::duration(ms);
}

QString ReportWriter::title(const DailyReport &report)
{
    return tr("Calls and transfers on %1").arg(report.date.toString(Qt::ISODate));
}

QString ReportWriter::html(const DailyReport &report, const QString &chartImage)
{
    QString html = u"<html><head><meta charset=\"utf-8\"><title>%1</title>"
                   "<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 6px;"
                   "text-align:right}</style></head><body>"_s.arg(title(report).toHtmlEscaped());
    html += u"<h1>"_s + title(report).toHtmlEscaped() + u"</h1>"_s;
    html += u"<p>"_s +
        tr("%n call(s), %1 transfer(s); completion rate %2; median time to complete %3.", nullptr,
           report.calls)
            .arg(report.total.transfers)
            .arg(rateText(report.total.completionRate()), durationText(report.total.medianCompleteMs()))
            .toHtmlEscaped() +
        u"</p>"_s;
    html += u"<p>"_s +
        tr("Completion rate: completed out of the transfers that came to an end (completed, cancelled or "
           "unknown); a transfer superseded by another pick is left out.")
            .toHtmlEscaped() +
        u"</p>"_s;
    html += u"<h2>"_s + tr("Transfers per hour").toHtmlEscaped() + u"</h2>"_s;
    // A paragraph of its own: QTextDocument puts an image that follows a heading into the heading's
    // block, whose line then takes the image's height above and below the heading's text.
    html += u"<p class=\"chart\">"_s +
        (chartImage.isEmpty() ? svgChart(report)
                              : u"<img src=\"%1\" alt=\"\">"_s.arg(chartImage.toHtmlEscaped())) +
        u"</p>"_s;
    html += u"<p>"_s +
        tr("Green: completed; red: cancelled or unknown; grey: superseded or pending.").toHtmlEscaped() +
        u"</p>"_s;
    html += u"<h2>"_s + tr("Per target").toHtmlEscaped() + u"</h2><table>"_s + countsHeader(tr("Target"));
    for (const auto &row : report.perTarget)
        html += u"<tr>"_s + nameCell(row.target) + countsCells(row.counts) + u"</tr>"_s;
    html += u"<tr>"_s + nameCell(tr("All"), true) + countsCells(report.total) + u"</tr></table>"_s;
    html += u"<h2>"_s + tr("Per hour").toHtmlEscaped() + u"</h2><table>"_s + countsHeader(tr("Hour"));
    for (int h = 0; h < 24; ++h) {
        if (report.perHour[h].transfers > 0)
            html += u"<tr>"_s + nameCell(u"%1:00"_s.arg(h, 2, 10, QChar(u'0'))) +
                countsCells(report.perHour[h]) + u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

QByteArray ReportWriter::csv(const DailyReport &report)
{
    // Machine names in the header, like the raw CSV export; times in ms.
    const QByteArray header =
        ",transfers,completed,cancelled,superseded,unknown,pending,completionRatePercent,"
        "medianCompleteMs\r\n";
    QByteArray out = "date," + report.date.toString(Qt::ISODate).toUtf8() + "\r\ncalls," +
        QByteArray::number(report.calls) + "\r\n\r\nsection" + header;
    out += csvCounts(u"total"_s, report.total);
    out += "\r\ntarget" + header;
    for (const auto &row : report.perTarget)
        out += csvCounts(row.target, row.counts);
    out += "\r\nhour" + header;
    for (int h = 0; h < 24; ++h)
        out += csvCounts(QString::number(h), report.perHour[h]);
    return out;
}

} // namespace opc
