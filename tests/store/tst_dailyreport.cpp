#include "calltestsequences.h"
#include "store/csvreader.h"
#include "store/dailyreport.h"
#include "store/eventfilter.h"
#include "store/eventstore.h"
#include "store/logexporter.h"
#include "store/reportwriter.h"
#include "storetestsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

namespace {

const QDate kDay(2026, 11, 24);
const QTimeZone kUtc(0);

// One day at the desk: three calls at 09:00, 09:30 and 14:00 UTC with six transfers, and a call the
// day after. Targets 12 (completed after 10 s and 30 s, then cancelled), 14 (superseded, then
// completed after 20 s) and 15 (the card closed first).
QList<CallCardEvent> day()
{
    CallSequence s;
    s.open(u"r.1"_s)
        .transfer(12)
        .wait(10)
        .add(Type::CompleteTransferButtonClick)
        .then(Type::HangupButtonClick);
    s.wait(30 * 60).open(u"r.2"_s).transfer(14).wait(4).transfer(14).wait(20).add(
        Type::CompleteTransferButtonClick);
    s.then(Type::CloseButtonClick);
    s.wait(4 * 3600 + 30 * 60).open(u"r.3"_s).transfer(12).wait(30).add(Type::CompleteTransferButtonClick);
    s.transfer(12).wait(5).add(Type::CancelTransferButtonClick).transfer(15).then(Type::CloseButtonClick);
    s.wait(86400).open(u"r.4"_s).transfer(12);
    return s.events();
}

} // namespace

class TestDailyReport : public QObject
{
    Q_OBJECT

private slots:
    void countsTheDay()
    {
        const DailyReport report = DailyReport::fromEvents(day(), kDay, kUtc);
        QCOMPARE(report.calls, 3);
        QCOMPARE(report.total.transfers, 6);
        QCOMPARE(report.total.completed, 3);
        QCOMPARE(report.total.cancelled, 1);
        QCOMPARE(report.total.superseded, 1);
        QCOMPARE(report.total.unknown, 1);
        QCOMPARE(report.total.pending, 0);
        // 3 completed out of 5 that came to an end; the superseded pick is left out.
        QCOMPARE(report.total.completionRate(), 60.0);
        QCOMPARE(report.total.medianCompleteMs(), 20000); // 10 s, 20 s, 30 s
        QCOMPARE(report.perTarget.size(), 3);
        QCOMPARE(report.perTarget.at(0).target, u"Employee #12"_s);
        QCOMPARE(report.perTarget.at(0).counts.transfers, 3);
        QCOMPARE(report.perTarget.at(0).counts.completed, 2);
        QCOMPARE(report.perTarget.at(0).counts.medianCompleteMs(), 20000); // 10 s and 30 s
        QCOMPARE(report.perTarget.at(1).target, u"Employee #14"_s);
        QCOMPARE(report.perTarget.at(1).counts.superseded, 1);
        QCOMPARE(report.perTarget.at(2).counts.unknown, 1);
        QCOMPARE(report.perHour[9].transfers, 3);
        QCOMPARE(report.perHour[14].transfers, 3);
        QCOMPARE(report.perHour[10].transfers, 0);
        // In a zone three hours east the same picks fall at 12:00 and 17:00.
        const DailyReport east = DailyReport::fromEvents(day(), kDay, QTimeZone(3 * 3600));
        QCOMPARE(east.perHour[12].transfers, 3);
        QCOMPARE(east.perHour[17].transfers, 3);
    }

    // The same day from the log's tables and from a JSON Lines export of it (a supervisor's copy).
    void theLogAndItsExportGiveTheSameReport()
    {
        QTemporaryDir dir;
        {
            EventStore store;
            QVERIFY(store.open(dir.path()).isOpen());
            for (CallCardEvent event : day())
                QVERIFY(store.append(event));
            QString error;
            const DailyReport fromLog =
                DailyReport::fromDatabase(store.database(), EventSchema::currentVersion, kDay, kUtc, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(ReportWriter::csv(fromLog),
                     ReportWriter::csv(DailyReport::fromEvents(day(), kDay, kUtc)));
        }
        QBuffer jsonl;
        jsonl.open(QIODevice::ReadWrite);
        QVERIFY(
            LogExporter(EventStore::databasePath(dir.path())).run(jsonl, LogExporter::Format::JsonLines).ok);
        jsonl.seek(0);
        QString error;
        const DailyReport fromExport = DailyReport::fromJsonLines(jsonl, kDay, kUtc, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ReportWriter::csv(fromExport),
                 ReportWriter::csv(DailyReport::fromEvents(day(), kDay, kUtc)));

        // A "Transfers only" export lacks the events that decided each transfer: the outcomes it
        // carries count, so the transfers and their outcomes are the log's.
        QBuffer transfersOnly;
        transfersOnly.open(QIODevice::ReadWrite);
        EventFilter onlyTransfers;
        onlyTransfers.transfersOnly = true;
        QVERIFY(LogExporter(EventStore::databasePath(dir.path()))
                    .run(transfersOnly, LogExporter::Format::JsonLines, onlyTransfers)
                    .ok);
        transfersOnly.seek(0);
        const DailyReport fromTransfers = DailyReport::fromJsonLines(transfersOnly, kDay, kUtc, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DailyReport expected = DailyReport::fromEvents(day(), kDay, kUtc);
        QCOMPARE(fromTransfers.total.transfers, expected.total.transfers);
        QCOMPARE(fromTransfers.total.completed, expected.total.completed);
        QCOMPARE(fromTransfers.total.cancelled, expected.total.cancelled);
        QCOMPARE(fromTransfers.total.superseded, expected.total.superseded);
        QCOMPARE(fromTransfers.total.medianCompleteMs(), expected.total.medianCompleteMs());

        QBuffer broken;
        broken.setData("{\"time\":\"2026-11-24T09:00:00.000Z\",\"event\":\"nope\"}\n");
        broken.open(QIODevice::ReadOnly);
        DailyReport::fromJsonLines(broken, kDay, kUtc, &error);
        QVERIFY(!error.isEmpty());
    }

    void writesHtmlAndCsv()
    {
        const DailyReport report = DailyReport::fromEvents(day(), kDay, kUtc);
        const QString html = ReportWriter::html(report);
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(html.contains(u"Employee #12"_s));
        QVERIFY(html.contains(u"60 %"_s));
        QVERIFY(ReportWriter::html(report, u"chart:hours"_s).contains(u"<img src=\"chart:hours\""_s));
        const QList<QByteArray> lines = ReportWriter::csv(report).split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("date,2026-11-24"));
        QCOMPARE(lines.at(1).trimmed(), QByteArray("calls,3"));
        QVERIFY(lines.contains("total,6,3,1,1,1,0,60.0,20000\r"));
        QVERIFY(lines.contains("Employee #12,3,2,1,0,0,0,66.7,20000\r"));
        QVERIFY(lines.contains("9,3,2,0,1,0,0,100.0,15000\r"));
    }

    // Target names come from the portal and the CSV goes to spreadsheets: no formula runs, and a
    // line break stays inside its cell.
    void csvCellsAreSafeForSpreadsheets()
    {
        DailyReport report = DailyReport::fromEvents(day(), kDay, kUtc);
        QVERIFY(!report.perTarget.isEmpty());
        report.perTarget[0].target = u"=HYPERLINK(\"http://evil.example\",\"x\")"_s;
        report.perTarget.append(report.perTarget.first());
        report.perTarget[1].target = u"Anna\rSmirnova, sales"_s;
        const QByteArray csv = ReportWriter::csv(report);
        QVERIFY(
            csv.contains("\"=\"\"=HYPERLINK(\"\"\"\"http://evil.example\"\"\"\",\"\"\"\"x\"\"\"\")\"\"\","));
        QVERIFY(csv.contains("\"Anna\rSmirnova, sales\","));
        bool ok = false;
        const auto records = CsvReader::parse(csv, &ok);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestDailyReport)
#include "tst_dailyreport.moc"
