#include "../store/calltestsequences.h"
#include "reportdialog.h"
#include "store/dailyreport.h"
#include "store/eventstore.h"
#include "store/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
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

    // The chart sits between its heading and its legend with no more than a paragraph's spacing: it
    // once shared the heading's block, whose line took the chart's height above and below the heading.
    void chartSitsSnuglyUnderItsHeading()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.path()).isOpen());
        ReportDialog dialog(&store);
        dialog.resize(820, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTextDocument *document = dialog.browser()->document();
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        const QTextBlock heading = document->find(u"Transfers per hour"_s).block();
        QVERIFY(heading.isValid());
        const QTextBlock chart = heading.next();
        QCOMPARE(chart.text(), QString(QChar::ObjectReplacementCharacter)); // the image alone
        const QImage image =
            document->resource(QTextDocument::ImageResource, QUrl(u"chart:hours"_s)).value<QImage>();
        const QRectF headingRect = layout->blockBoundingRect(heading);
        const QRectF chartRect = layout->blockBoundingRect(chart);
        const qreal line = QFontMetricsF(heading.charFormat().font()).height();
        QVERIFY2(headingRect.height() < 3 * line, qPrintable(QDebug::toString(headingRect)));
        QVERIFY2(chartRect.height() < image.height() + 2 * line, qPrintable(QDebug::toString(chartRect)));
        const QRectF legendRect = layout->blockBoundingRect(chart.next());
        QVERIFY(chart.next().text().startsWith(u"Green"_s));
        QVERIFY(chartRect.top() - headingRect.bottom() < 2 * line);
        QVERIFY(legendRect.top() - chartRect.bottom() < 2 * line);
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
