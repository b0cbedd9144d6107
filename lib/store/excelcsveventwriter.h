#pragma once

#include "cachedemployees.h"
#include "eventwriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace opc {

// CSV for a supervisor who double-clicks it: what Excel opens as a table without an import dialog.
// UTF-8 with a BOM (else Excel reads it in the ANSI code page), the separator Excel expects for the
// locale (';' where the decimal point is a comma), CRLF line ends, local times, translated headers
// and labels, one column per field. Cells Excel would run as a formula or read as a number that loses
// its '+' or leading zero are written as text formulas (="+7900…"), which also defuses formula
// injection from portal data. The raw CsvEventWriter stays what scripts parse.
class ExcelCsvEventWriter : public EventWriter
{
    Q_DECLARE_TR_FUNCTIONS(opc::ExcelCsvEventWriter)

public:
    enum Column {
        TimeColumn,
        EventColumn,
        OperatorColumn,
        ClientNumberColumn,
        TargetColumn,
        TargetNameColumn,
        ExtensionColumn,
        OutcomeColumn,
        DetailsColumn,
        CallColumn,
        ColumnCount
    };

    ExcelCsvEventWriter(QIODevice *device, const QLocale &locale = QLocale(), CachedEmployees employees = {});

    // ';' for locales that write decimals with a comma (de_DE, ru_RU), ',' otherwise (en_US).
    static QChar separator(const QLocale &locale);
    // Translated, in column order.
    static QStringList headers();
    // One cell as a spreadsheet reads it: text that would start a formula or lose leading zeros is
    // written as ="…", and the cell is quoted when it holds the separator, a quote or a line break.
    static QByteArray cell(const QString &text, char separator);

    void writeHeader() override;
    void write(const CallCardEvent &event) override;

private:
    void appendCell(const QString &text, bool last = false);

    char m_separator;
    CachedEmployees m_employees;
};

} // namespace opc
