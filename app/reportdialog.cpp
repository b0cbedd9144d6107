#include "reportdialog.h"

#include "reportchart.h"
#include "store/dailyreport.h"
#include "store/eventschema.h"
#include "store/eventstore.h"
#include "store/reportwriter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

const QUrl kChart(u"chart:hours"_s);

} // namespace

ReportDialog::ReportDialog(EventStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Report"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_browser->setObjectName(u"reportView"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *csvButton = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::askPdf);
    connect(csvButton, &QPushButton::clicked, this, &ReportDialog::askCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportDialog::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_date);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 720);
    refresh();
}

void ReportDialog::setDate(QDate date)
{
    m_date->setDate(date);
    refresh();
}

QDate ReportDialog::date() const
{
    return m_date->date();
}

void ReportDialog::refresh()
{
    QString error;
    const DailyReport report = m_store && m_store->isOpen()
        ? DailyReport::fromDatabase(m_store->database(), EventSchema::currentVersion, m_date->date(),
                                    QTimeZone::systemTimeZone(), &error)
        : DailyReport();
    QTextDocument *document = m_browser->document();
    document->addResource(QTextDocument::ImageResource, kChart, ReportChart::render(report, QSize(720, 220)));
    m_browser->setHtml(ReportWriter::html(report, kChart.toString()));
    m_csv = ReportWriter::csv(report);
    if (!error.isEmpty())
        m_browser->append(tr("The log could not be read: %1").arg(error));
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_browser->document()->print(&printer);
}

bool ReportDialog::savePdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    m_browser->document()->print(&printer);
    return QFileInfo::exists(path);
}

bool ReportDialog::saveCsv(const QString &path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(m_csv) == m_csv.size() && file.commit();
}

void ReportDialog::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"), u"report-%1.pdf"_s.arg(m_date->date().toString(Qt::ISODate)),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !savePdf(path))
        QMessageBox::warning(this, tr("Report"), tr("Could not write %1.").arg(path));
}

void ReportDialog::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as CSV"), u"report-%1.csv"_s.arg(m_date->date().toString(Qt::ISODate)),
        tr("CSV (*.csv)"));
    if (!path.isEmpty() && !saveCsv(path))
        QMessageBox::warning(this, tr("Report"), tr("Could not write %1.").arg(path));
}

} // namespace opc
