#include "excelcsveventwriter.h"

#include "protocol/clientnumber.h"
#include "protocol/eventpresentation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// Excel runs a cell that starts with = + - @ (or tab/CR) as a formula, and reads a long digit string
// as a number: a '+' or a leading zero is dropped and 12+ digits turn into 7.9E+11.
bool needsTextFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (QStringView(u"=+-@\t\r").contains(text.front()))
        return true;
    const bool allDigits =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return allDigits && (text.front() == u'0' || text.size() >= 12);
}

} // namespace

ExcelCsvEventWriter::ExcelCsvEventWriter(QIODevice *device, const QLocale &locale, CachedEmployees employees)
    : EventWriter(device)
    , m_separator(separator(locale).toLatin1())
    , m_employees(std::move(employees))
{
}

QChar ExcelCsvEventWriter::separator(const QLocale &locale)
{
    // Excel takes the list separator from the regional settings, which is ';' wherever the decimal
    // separator is ',' (a ',' list separator would split every decimal number).
    return locale.decimalPoint() == u","_s ? u';' : u',';
}

QStringList ExcelCsvEventWriter::headers()
{
    using P = EventPresentation;
    return {P::columnHeader(P::TimeColumn),
            P::columnHeader(P::EventColumn),
            tr("Operator"),
            P::columnHeader(P::ClientNumberColumn),
            P::columnHeader(P::TargetColumn),
            tr("Target name"),
            tr("Extension"),
            tr("Outcome"),
            tr("Details"),
            P::columnHeader(P::CallIdColumn)};
}

QByteArray ExcelCsvEventWriter::cell(const QString &text, char separator)
{
    QString value = text;
    if (needsTextFormula(value))
        value = u"=\""_s + QString(value).replace(u'"', u"\"\""_s) + u'"';
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(separator) || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

void ExcelCsvEventWriter::appendCell(const QString &text, bool last)
{
    QByteArray &out = buffer();
    out.append(cell(text, m_separator));
    if (last)
        out.append("\r\n");
    else
        out.append(m_separator);
}

void ExcelCsvEventWriter::writeHeader()
{
    buffer().append("\xEF\xBB\xBF"); // UTF-8 BOM
    const QStringList names = headers();
    for (qsizetype i = 0; i < names.size(); ++i)
        appendCell(names.at(i), i == names.size() - 1);
}

void ExcelCsvEventWriter::write(const CallCardEvent &event)
{
    QString target;
    QString targetName;
    QString extension;
    if (event.isTransfer()) {
        target = EventPresentation::targetLabel(event.target);
        targetName = event.targetName; // as the panel showed it ("Name, position, ext. 105")
        if (const auto employee = m_employees.find(event)) {
            if (!employee->name.isEmpty())
                targetName = employee->name;
            extension = employee->extension;
        }
    }
    appendCell(EventPresentation::localTime(event));
    appendCell(EventPresentation::eventLabel(event.type));
    // The operator: the log does not record who was signed in when an event arrived (events carry no
    // user, and the console's sign-in is not stored with them), and the account signed in while
    // exporting may not be the one that took the call, so the column stays empty rather than guess.
    appendCell({});
    appendCell(ClientNumber::of(event));
    appendCell(target);
    appendCell(targetName);
    appendCell(extension);
    // A transfer's outcome and the time from the pick to it ("Completed after 0:12").
    appendCell(EventPresentation::outcomeText(event));
    appendCell(event.isTransfer() ? QString() : EventPresentation::detail(event));
    appendCell(event.callId, true);
    flushIfFull();
}

} // namespace opc
