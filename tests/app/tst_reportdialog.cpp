#include "../store/calltestsequences.h"
#include "reportdialog.h"
#include "store/dailyreport.h"
#include "store/eventstore.h"
#include "store/reportwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

// View → Report on a real log (TZ=UTC): the day's figures, the chart, a PDF and a CSV.
class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsPrintsAndSavesTheDay()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        CallSequence sequence;
        sequence.open(u"d.1"_s).transfer(12).wait(20).add(Type::CompleteTransferButtonClick);
        sequence.then(Type::CloseButtonClick)
            .wait(60)
            .open(u"d.2"_s)
            .transfer(14)
            .then(Type::CloseButtonClick);
        for (CallCardEvent event : sequence.events())
            QVERIFY(store.append(event));

        ReportDialog dialog(&store);
        dialog.setDate(QDate(2026, 11, 24));
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.contains(u"Employee #12"_s), qPrintable(text));
        QVERIFY(text.contains(u"Employee #14"_s));
        QVERIFY(text.contains(u"50 %"_s)); // one completed, one unknown
        QVERIFY(text.contains(u"0:20"_s));
        const QImage chart = dialog.browser()
                                 ->document()
                                 ->resource(QTextDocument::ImageResource, QUrl(u"chart:hours"_s))
                                 .value<QImage>();
        QVERIFY(!chart.isNull());

        QTemporaryDir out;
        const QString pdf = out.filePath(u"day.pdf"_s);
        QVERIFY(dialog.savePdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString csv = out.filePath(u"day.csv"_s);
        QVERIFY(dialog.saveCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(),
                 ReportWriter::csv(DailyReport::fromEvents(sequence.events(), QDate(2026, 11, 24),
                                                           QTimeZone::systemTimeZone())));
        dialog.setDate(QDate(2026, 11, 25));
        QVERIFY(!dialog.browser()->toPlainText().contains(u"Employee #12"_s));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
