#include "calltestsequences.h"
#include "store/eventstore.h"
#include "store/logexporter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::CallSequence;
using Type = CallCardEventType;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real executable, in UTC so the day's hours are the log's.
Run runDriver(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"UTC"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPC_EXPORT_DRIVER), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

// `operator-console --report DATE` on a data folder's log and on a JSON Lines export, no window.
class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
        EventStore store;
        QVERIFY(store.open(m_data).isOpen());
        CallSequence sequence;
        sequence.open(u"cli.1"_s)
            .transfer(12)
            .wait(15)
            .add(Type::CompleteTransferButtonClick)
            .then(Type::HangupButtonClick);
        sequence.wait(3600)
            .open(u"cli.2"_s)
            .transfer(14)
            .then(Type::CancelTransferButtonClick)
            .then(Type::CloseButtonClick);
        for (CallCardEvent event : sequence.events())
            QVERIFY(store.append(event));
    }

    void reportsTheLogAsCsvAndHtml()
    {
        Run run =
            runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-24"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.startsWith("date,2026-11-24\r\ncalls,2\r\n"));
        QVERIFY(run.out.contains("total,2,1,1,0,0,0,50.0,15000\r\n"));
        QVERIFY(run.out.contains("\r\n9,1,1,0,0,0,0,100.0,15000\r\n"));
        QVERIFY(run.out.contains("\r\n10,1,0,1,0,0,0,0.0,\r\n"));
        run = runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-24"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("<svg"));
        QVERIFY(run.out.contains("Employee #14"));
        // Another day: nothing happened.
        run = runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-25"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("calls,0\r\n"));
    }

    void reportsAJsonLinesExport()
    {
        const QString export_ = m_dir.filePath(u"day.jsonl"_s);
        QFile file(export_);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(LogExporter(EventStore::databasePath(m_data)).run(file, LogExporter::Format::JsonLines).ok);
        file.close();
        const Run fromLog =
            runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-24"_s, u"--format"_s, u"csv"_s});
        const Run fromFile = runDriver({u"--data-dir"_s, m_dir.filePath(u"nowhere"_s), u"--report"_s,
                                        u"2026-11-24"_s, u"--format"_s, u"csv"_s, u"--log"_s, export_});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.out, fromLog.out);
    }

    void rejectsBadArguments()
    {
        QCOMPARE(runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"24.11.2026"_s}).exitCode, 2);
        QCOMPARE(runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-24x"_s}).exitCode, 2);
        QCOMPARE(runDriver({u"--data-dir"_s, m_data, u"--report"_s, u"2026-11-24"_s, u"--format"_s, u"pdf"_s})
                     .exitCode,
                 2);
        const Run missing =
            runDriver({u"--report"_s, u"2026-11-24"_s, u"--log"_s, m_dir.filePath(u"no.jsonl"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_data;
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
