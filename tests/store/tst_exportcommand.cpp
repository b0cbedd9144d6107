#include "store/csvreader.h"
#include "store/eventstore.h"
#include "store/exportcommand.h"
#include "storetestsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runDriver(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"<+05>-5"_s); // dates are local days: five hours east of UTC
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

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsCsvToAFile();
    void exportsJsonLinesToStdout();
    void exportsTheSpreadsheetCsvInTheSystemLocale();
    void appliesDateRange_data();
    void appliesDateRange();
    void appliesOutcome_data();
    void appliesOutcome();
    void exportsWhileAConsoleHoldsTheLog();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void parsesTimes();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestExportCommand::initTestCase()
{
    m_data = m_dir.filePath(u"data"_s);
    EventStore store;
    QVERIFY(store.open(m_data).isOpen());
    // One event per day from 2026-11-24 09:00 UTC, the last just before midnight.
    for (int day = 0; day < 3; ++day) {
        auto event = makeTransfer(baseTime().addDays(day), u"+7916000000"_s + QString::number(day),
                                  {Kind::User, u"12"_s}, u"Иван, \"Ваня\""_s);
        QVERIFY(store.append(event));
    }
    auto late = makeEvent(CallCardEventType::HangupButtonClick,
                          QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(store.append(late));
}

void TestExportCommand::exportsCsvToAFile()
{
    const QString file = m_dir.filePath(u"out.csv"_s);
    const Run run = runDriver({u"--data-dir"_s, m_data, u"--export-log"_s, file, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    bool ok = false;
    const auto records = CsvReader::parse(out.readAll(), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(1).at(0), u"2026-11-24T09:00:00.000Z"_s);
    QCOMPARE(records.at(1).at(5), u"+79160000000"_s);
    QCOMPARE(records.at(1).at(8), u"Иван, \"Ваня\""_s);
    QCOMPARE(records.at(4).at(1), u"BackgroundCallCard::hangupButtonClick"_s);
}

void TestExportCommand::exportsJsonLinesToStdout()
{
    const Run run =
        runDriver({u"--data-dir"_s, m_data, u"--export-log"_s, u"-"_s, u"--format"_s, u"jsonl"_s});
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"targetName"_s).toString(), u"Иван, \"Ваня\""_s);
    QCOMPARE(first.value(u"payload"_s).toObject().value(u"target"_s).toString(), u"12"_s);
    QVERIFY(run.err.isEmpty());
}

void TestExportCommand::exportsTheSpreadsheetCsvInTheSystemLocale()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s); // Qt's system locale: ';' separates
    environment.insert(u"TZ"_s, u"<+05>-5"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPC_EXPORT_DRIVER),
                  {u"--data-dir"_s, m_data, u"--export-log"_s, u"-"_s, u"--format"_s, u"excel"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(out.startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const auto records = CsvReader::parse(out.mid(3), &ok, ';');
    QVERIFY(ok);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(1).at(0), u"2026-11-24 14:00:00"_s); // local time
    QCOMPARE(records.at(1).at(3), u"=\"+79160000000\""_s);
}

void TestExportCommand::appliesDateRange_data()
{
    QTest::addColumn<QStringList>("range");
    QTest::addColumn<int>("rows");
    QTest::newRow("since day") << QStringList{u"--since"_s, u"2026-11-25"_s} << 3;
    QTest::newRow("until day is inclusive") << QStringList{u"--until"_s, u"2026-11-25"_s} << 2;
    // 2026-11-26 23:59:59.999 UTC is 04:59 on the 27th in UTC+5: not part of the local 26th.
    QTest::newRow("one whole local day")
        << QStringList{u"--since"_s, u"2026-11-26"_s, u"--until"_s, u"2026-11-26"_s} << 1;
    QTest::newRow("the next local day") << QStringList{u"--since"_s, u"2026-11-27"_s} << 1;
    QTest::newRow("date-time with offset") << QStringList{u"--since"_s, u"2026-11-25T11:00:00+03:00"_s,
                                                          u"--until"_s, u"2026-11-26T09:00:00.000Z"_s}
                                           << 2;
    // 13:59:59 local is 08:59:59 UTC: just before the first event at 09:00 UTC.
    QTest::newRow("date-time without offset is local")
        << QStringList{u"--until"_s, u"2026-11-24T13:59:59"_s} << 0;
    QTest::newRow("date-time with Z is UTC") << QStringList{u"--until"_s, u"2026-11-24T09:00:00Z"_s} << 1;
}

void TestExportCommand::appliesDateRange()
{
    QFETCH(QStringList, range);
    QFETCH(int, rows);
    const Run run = runDriver(
        QStringList{u"--data-dir"_s, m_data, u"--export-log"_s, u"-"_s, u"--format"_s, u"jsonl"_s} + range);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), rows);
}

void TestExportCommand::appliesOutcome_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("exported"); // the transfers' outcomes, oldest first
    // The log's one call: each day's pick supersedes the one before; the hangup after the last one
    // ends the call before it was completed or cancelled.
    QTest::newRow("superseded") << u"superseded"_s << QStringList{u"superseded"_s, u"superseded"_s};
    QTest::newRow("unknown") << u"unknown"_s << QStringList{u"unknown"_s};
    QTest::newRow("pending") << u"pending"_s << QStringList{};
    QTest::newRow("completed") << u"completed"_s << QStringList{};
    QTest::newRow("as typed") << u" Unknown"_s << QStringList{u"unknown"_s};
    QTest::newRow("any") << u"any"_s
                         << QStringList{u"superseded"_s, u"superseded"_s, u"unknown"_s, QString()};
}

void TestExportCommand::appliesOutcome()
{
    QFETCH(QString, outcome);
    QFETCH(QStringList, exported);
    const Run run = runDriver({u"--data-dir"_s, m_data, u"--export-log"_s, u"-"_s, u"--format"_s, u"jsonl"_s,
                               u"--outcome"_s, outcome});
    QCOMPARE(run.exitCode, 0);
    QStringList outcomes;
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.isEmpty())
            outcomes.append(QJsonDocument::fromJson(line).object().value(u"outcome"_s).toString());
    }
    QCOMPARE(outcomes, exported);
}

void TestExportCommand::exportsWhileAConsoleHoldsTheLog()
{
    // A "running console": the store holds the writer connection and has uncheckpointed WAL frames.
    QTemporaryDir dir;
    EventStore store;
    QVERIFY(store.open(dir.path()).isOpen());
    auto event = makeEvent(CallCardEventType::AnswerButtonClick, baseTime());
    QVERIFY(store.append(event));
    const Run run =
        runDriver({u"--data-dir"_s, dir.path(), u"--export-log"_s, u"-"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(CsvReader::parse(run.out).size(), 2);
    auto next = makeEvent(CallCardEventType::HangupButtonClick, baseTime().addSecs(1));
    QVERIFY(store.append(next));
}

void TestExportCommand::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = u"-"_s;
    QTest::newRow("bad format") << QStringList{u"--export-log"_s, out, u"--format"_s, u"xml"_s};
    QTest::newRow("bad since") << QStringList{u"--export-log"_s, out,          u"--format"_s,
                                              u"csv"_s,          u"--since"_s, u"yesterday"_s};
    QTest::newRow("bad until") << QStringList{u"--export-log"_s, out,          u"--format"_s,
                                              u"csv"_s,          u"--until"_s, u"2026-13-01"_s};
    QTest::newRow("since after until")
        << QStringList{u"--export-log"_s, out, u"--since"_s, u"2026-11-26"_s, u"--until"_s, u"2026-11-25"_s};
    QTest::newRow("unwritable path") << QStringList{u"--export-log"_s, u"/proc/x/y"_s, u"--format"_s,
                                                    u"csv"_s};
    QTest::newRow("missing directory") << QStringList{u"--export-log"_s, u"/nonexistent-dir/out.csv"_s};
    QTest::newRow("empty file name") << QStringList{u"--export-log"_s, QString()};
    QTest::newRow("unknown outcome") << QStringList{u"--export-log"_s, out, u"--outcome"_s, u"done"_s};
}

void TestExportCommand::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    const Run run = runDriver(QStringList{u"--data-dir"_s, m_data} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1); // one line that says what is wrong
    QVERIFY(run.err.startsWith("operator-console: "));
}

void TestExportCommand::parsesTimes()
{
    QCOMPARE(*ExportCommand::parseTime(u"2026-11-24"_s, false),
             QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::LocalTime).toUTC());
    QCOMPARE(*ExportCommand::parseTime(u"2026-11-24"_s, true),
             QDateTime(QDate(2026, 11, 24), QTime(23, 59, 59, 999), Qt::LocalTime).toUTC());
    QCOMPARE(*ExportCommand::parseTime(u"2026-11-24T12:00:00"_s, false),
             QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::LocalTime).toUTC());
    QCOMPARE(*ExportCommand::parseTime(u"2026-11-24T12:00:00+02:00"_s, true),
             QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    QVERIFY(!ExportCommand::parseTime(u"24.11.2026"_s, false));
    QVERIFY(!ExportCommand::parseTime(QString(), false));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
