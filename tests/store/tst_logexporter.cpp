#include "store/csveventwriter.h"
#include "store/csvreader.h"
#include "store/eventstore.h"
#include "store/excelcsveventwriter.h"
#include "store/exportjob.h"
#include "store/jsonlineseventwriter.h"
#include "store/logexporter.h"
#include "storetestsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::createLogAtVersion;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

namespace {

// Events whose text fields hold everything CSV and JSON must escape: quotes, commas, CR/LF, tabs,
// control characters, Cyrillic and other non-ASCII text.
QList<CallCardEvent> trickyEvents()
{
    const QDateTime t = baseTime().addMSecs(123);
    auto named =
        makeTransfer(t, u"+7 (916) 123-45-67"_s, {Kind::User, u"12"_s}, u"Иванов, \"Вася\"\nстарший"_s,
                     "{\"phoneNumber\":\"+7 (916) 123-45-67\",\"target\":12}");
    named.callId = u"externalCall.\"q\",1"_s;
    auto phone = makeTransfer(t.addSecs(1), u"８９１６"_s, {Kind::Phone, u"+49 30, 123"_s}, {},
                              "{\"phoneNumber\":\"８９１６\",\n \"target\":\"+49 30, 123\"}");
    auto queue = makeTransfer(t.addSecs(2), u" leading and trailing "_s, {Kind::Queue, u"3"_s},
                              u"Очередь\r\n№1\tтаб"_s);
    auto unknown = makeTransfer(t.addSecs(3), u"+1"_s, {Kind::Unknown, u"sales team"_s}, u"\u0001ctl"_s);
    auto comment = makeEvent(CallCardEventType::AddCommentButtonClick, t.addSecs(4),
                             "{\"comment\":\"line1\\nline2, \\\"quoted\\\" Ёж\"}");
    comment.portalHost = u"портал.рф:8443"_s;
    auto hangup = makeEvent(CallCardEventType::HangupButtonClick, t.addSecs(5));
    hangup.callId.clear();
    return {named, phone, queue, unknown, comment, hangup};
}

QByteArray exportAll(const QString &dataDir, LogExporter::Format format, const EventFilter &filter = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    LogExporter exporter(EventStore::databasePath(dataDir));
    const auto result = exporter.run(buffer, format, filter);
    if (!result.ok)
        qWarning() << result.error;
    return result.ok ? buffer.data() : QByteArray("failed");
}

} // namespace

class TestLogExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rawFormatsAreUnchanged();
    void csvRoundTrip();
    void jsonLinesRoundTrip();
    void jsonLinesAreStrictJson_data();
    void jsonLinesAreStrictJson();
    void exportsTheFilter();
    void excelCsvNamesEmployeesFromTheDirectoryCache();
    void exportsWhileTheConsoleWrites();
    void cancels();
    void jobWritesFileAtomically();
    void jobCancelLeavesNoFile();
    void csvReaderRejectsBrokenQuotes();
    void readsOlderLayoutsItNeedNotMigrate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    QList<CallCardEvent> m_events;
};

void TestLogExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir->path()).isOpen());
    m_events = trickyEvents();
    for (auto &event : m_events)
        QVERIFY(m_store->append(event));
}

void TestLogExporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// The raw formats are what scripts and --export-log users parse: the bytes of a fixed log must stay
// what they were when the spreadsheet format was added (digests of that release's output).
void TestLogExporter::rawFormatsAreUnchanged()
{
    const auto digest = [](const QByteArray &bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    };
    // An opened card carries the client number in its payload only; the raw formats keep it there.
    auto opened = makeEvent(CallCardEventType::Initialized, baseTime().addSecs(30),
                            "{\"CALL_ID\":\"externalCall.1\",\"PHONE_NUMBER\":\"+79001234567\"}");
    QVERIFY(m_store->append(opened));
    // Schema 5 appended the transfer outcome (two CSV columns at the end, two JSON keys after the
    // others, docs/calls.md): without them every byte is what it was.
    QByteArray csv = exportAll(m_dir->path(), LogExporter::Format::Csv);
    QVERIFY(csv.startsWith(
        "time,event,payload,callId,portal,phoneNumber,target,targetKind,targetName,transferOutcome,"));
    csv.replace(",transferOutcome,transferOutcomeAfterMs\r\n", "\r\n");
    csv = QString::fromUtf8(csv)
              .replace(QRegularExpression(u",(pending|completed|cancelled|superseded|unknown|),\\d*\r\n"_s),
                       u"\r\n"_s)
              .toUtf8();
    QCOMPARE(digest(csv), QByteArray("a2c7fd8fe3cae442df39e82533102dcf3d823e337e707b708d67f256c606eb2a"));
    QByteArray jsonl = exportAll(m_dir->path(), LogExporter::Format::JsonLines);
    QVERIFY(jsonl.contains(",\"outcome\":\""));
    jsonl =
        QString::fromUtf8(jsonl)
            .replace(QRegularExpression(u",\"outcome\":\"[a-z]+\"(,\"outcomeAfterMs\":\\d+)?"_s), QString())
            .toUtf8();
    QCOMPARE(digest(jsonl), QByteArray("7ff10bdee40450a7da01b65d3a57c1c0493baf70948d3cebdef1c829b24a3fd4"));
}

void TestLogExporter::csvRoundTrip()
{
    const QByteArray csv = exportAll(m_dir->path(), LogExporter::Format::Csv);
    QVERIFY(csv.endsWith("\r\n"));
    bool ok = false;
    const auto records = CsvReader::parse(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), m_events.size() + 1);
    QCOMPARE(records.at(0), CsvEventWriter::columns());
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const CallCardEvent &event = m_events.at(i);
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.size(), CsvEventWriter::columns().size());
        QCOMPARE(QDateTime::fromString(r.at(0), Qt::ISODateWithMs), event.time);
        QVERIFY(r.at(0).endsWith(u".123Z"_s));
        QCOMPARE(r.at(1), event.eventName());
        QCOMPARE(r.at(2).toUtf8(), event.payloadJson); // byte for byte, newline included
        QCOMPARE(r.at(3), event.callId);
        QCOMPARE(r.at(4), event.portalHost);
        QCOMPARE(r.at(5), event.phoneNumber);
        QCOMPARE(r.at(6), event.target.value());
        QCOMPARE(r.at(7), event.isTransfer() ? TransferTarget::kindName(event.target.kind()) : QString());
        QCOMPARE(r.at(8), event.targetName);
    }
}

void TestLogExporter::jsonLinesRoundTrip()
{
    const QByteArray jsonl = exportAll(m_dir->path(), LogExporter::Format::JsonLines);
    QVERIFY(jsonl.endsWith('\n'));
    const QList<QByteArray> lines = jsonl.chopped(1).split('\n');
    QCOMPARE(lines.size(), m_events.size());
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const CallCardEvent &event = m_events.at(i);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u" in "_s + QString::fromUtf8(lines.at(i))));
        const QJsonObject o = doc.object();
        QStringList keys{u"time"_s, u"event"_s, u"payload"_s, u"callId"_s, u"portal"_s};
        if (event.isTransfer())
            keys += QStringList{u"phoneNumber"_s, u"target"_s, u"targetKind"_s};
        if (!event.targetName.isEmpty())
            keys += u"targetName"_s;
        if (event.isTransfer()) { // schema 5: each transfer of a call has an outcome
            keys += u"outcome"_s;
            QVERIFY(TransferOutcomes::fromName(o.value(u"outcome"_s).toString()) != TransferOutcome::None);
            if (o.contains(u"outcomeAfterMs"_s))
                keys += u"outcomeAfterMs"_s;
        }
        keys.sort();
        QCOMPARE(o.keys(), keys);
        QCOMPARE(o.value(u"time"_s).toString(), event.time.toString(Qt::ISODateWithMs));
        QCOMPARE(o.value(u"event"_s).toString(), event.eventName());
        QCOMPARE(o.value(u"payload"_s), event.payload()); // the delivered value itself, not a string
        QCOMPARE(o.value(u"callId"_s).toString(), event.callId);
        QCOMPARE(o.value(u"portal"_s).toString(), event.portalHost);
        if (event.isTransfer()) {
            QCOMPARE(o.value(u"phoneNumber"_s).toString(), event.phoneNumber);
            QCOMPARE(o.value(u"target"_s).toString(), event.target.value());
            QCOMPARE(o.value(u"targetKind"_s).toString(), TransferTarget::kindName(event.target.kind()));
            QCOMPARE(o.value(u"targetName"_s).toString(), event.targetName);
        }
    }
    QVERIFY(lines.constLast().contains("\"payload\":null"));
}

void TestLogExporter::jsonLinesAreStrictJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("strict: kept as delivered, line breaks become spaces")
        << QByteArray("{\"z\":1.50,\r\n\t\"a\":\"x\\ny\"}") << QByteArray("{\"z\":1.50,   \"a\":\"x\\ny\"}");
    QTest::newRow("raw control characters in a string")
        << QByteArray("{\"comment\":\"tab\there\r\nbell\x07\",\n\"n\":1}")
        << QByteArray(R"({"comment":"tab\there\r\nbell\u0007","n":1})");
    QTest::newRow("unknown escapes") << QByteArray(R"("\q\'")") << QByteArray(R"("q'")");
    QTest::newRow("numbers without digits around the point")
        << QByteArray("[1.,.5,-.5,1.e2]") << QByteArray("[1,0.5,-0.5,100]");
}

void TestLogExporter::jsonLinesAreStrictJson()
{
    // Qt's JSON parser, and so the relay decoder, accepts more than RFC 8259 (found by
    // fuzz_eventwriters); the export must still be JSON that jq or Python read, with the same value.
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, written);
    const auto event = makeEvent(CallCardEventType::AddCommentButtonClick, baseTime(), payload);
    QVERIFY(!event.payload().isNull());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonLinesEventWriter writer(&buffer);
    writer.write(event);
    QVERIFY(writer.finish());
    const QByteArray line = buffer.data().chopped(1);
    QVERIFY(std::none_of(line.cbegin(), line.cend(), [](char c) { return uchar(c) < 0x20; }));
    QVERIFY2(line.contains(QByteArray("\"payload\":" + written + ",\"callId\"")), line.constData());
    QCOMPARE(QJsonDocument::fromJson(line).object().value(u"payload"_s), event.payload());
}

void TestLogExporter::exportsTheFilter()
{
    EventFilter filter;
    filter.transfersOnly = true;
    filter.until = m_events.at(2).time;
    const auto records = CsvReader::parse(exportAll(m_dir->path(), LogExporter::Format::Csv, filter));
    QCOMPARE(records.size(), 1 + 3);
    QCOMPARE(records.at(3).at(5), m_events.at(2).phoneNumber);
}

// The spreadsheet CSV reads names and extensions from the user directory's cache in the same file.
void TestLogExporter::excelCsvNamesEmployeesFromTheDirectoryCache()
{
    QVERIFY(
        QSqlQuery(m_store->database())
            .exec(
                u"INSERT INTO user_cache (portal, id, record, fetched_at) VALUES ('example.bitrix24.ru', 12,"
                " '{\"ID\":\"12\",\"NAME\":\"Анна\",\"LAST_NAME\":\"Смирнова\",\"UF_PHONE_INNER\":112}',"
                " 1795000000)"_s));
    const QByteArray bytes = exportAll(m_dir->path(), LogExporter::Format::ExcelCsv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const auto records =
        CsvReader::parse(bytes.mid(3), &ok, ExcelCsvEventWriter::separator(QLocale()).toLatin1());
    QVERIFY(ok);
    QCOMPARE(records.size(), 1 + m_events.size());
    QCOMPARE(records.at(0), ExcelCsvEventWriter::headers());
    const QStringList &named = records.at(1); // the transfer to user 12
    QCOMPARE(named.at(ExcelCsvEventWriter::TargetNameColumn), u"Анна Смирнова"_s);
    QCOMPARE(named.at(ExcelCsvEventWriter::ExtensionColumn), u"112"_s);
    QCOMPARE(records.at(2).at(ExcelCsvEventWriter::ExtensionColumn), QString()); // a phone target
}

void TestLogExporter::exportsWhileTheConsoleWrites()
{
    // The store keeps its writer connection and WAL open, as a running console does.
    auto late = makeEvent(CallCardEventType::SkipButtonClick, baseTime().addSecs(60));
    QVERIFY(m_store->append(late));
    QVERIFY(QFile::exists(EventStore::databasePath(m_dir->path()) + u"-wal"_s));
    const auto lines = exportAll(m_dir->path(), LogExporter::Format::JsonLines).split('\n');
    QCOMPARE(lines.size(), m_events.size() + 2); // + late + the empty piece after the last newline
    QVERIFY(lines.at(lines.size() - 2).contains("skipButtonClick"));
    auto after = makeEvent(CallCardEventType::SkipButtonClick, baseTime().addSecs(61));
    QVERIFY(m_store->append(after)); // the exporter's reader did not lock the writer out
}

void TestLogExporter::cancels()
{
    QVERIFY(m_store->database().transaction());
    for (int i = 0; i < 100; ++i) {
        auto event = makeEvent(CallCardEventType::MuteButtonClick, baseTime().addSecs(100 + i), "{}");
        QVERIFY(m_store->append(event));
    }
    QVERIFY(m_store->database().commit());
    LogExporter exporter(EventStore::databasePath(m_dir->path()));
    exporter.setChunkSize(10);
    QList<qint64> reported;
    exporter.setProgressCallback([&](qint64 done, qint64 total) {
        reported.append(done);
        QCOMPARE(total, 106);
        if (done >= 30)
            exporter.cancel();
    });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = exporter.run(buffer, LogExporter::Format::Csv);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.rows, 30);
    QCOMPARE(reported, (QList<qint64>{10, 20, 30}));
}

void TestLogExporter::jobWritesFileAtomically()
{
    const QString target = m_dir->filePath(u"export.jsonl"_s);
    ExportJob job(EventStore::databasePath(m_dir->path()), target, LogExporter::Format::JsonLines);
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(3).toLongLong(), m_events.size());
    QVERIFY(!progress.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), m_events.size());
}

void TestLogExporter::jobCancelLeavesNoFile()
{
    QVERIFY(m_store->database().transaction()); // one sync instead of 2,000
    for (int i = 0; i < 2000; ++i) {
        auto event = makeEvent(CallCardEventType::MuteButtonClick, baseTime().addSecs(100 + i), "{}");
        QVERIFY(m_store->append(event));
    }
    QVERIFY(m_store->database().commit());
    const QString target = m_dir->filePath(u"export.csv"_s);
    ExportJob job(EventStore::databasePath(m_dir->path()), target, LogExporter::Format::Csv);
    job.setChunkSize(100);
    // The user's cancel, made to land deterministically while the export runs: cancel() is thread-safe.
    connect(&job, &ExportJob::progress, &job, &ExportJob::cancel, Qt::DirectConnection);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!QFile::exists(target));
}

void TestLogExporter::csvReaderRejectsBrokenQuotes()
{
    bool ok = true;
    QVERIFY(CsvReader::parse("a,\"b\nc", &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(CsvReader::parse("a,\"b\"x\r\n", &ok).isEmpty());
    QVERIFY(!ok);
    QCOMPARE(CsvReader::parse("a,\"b\"\"c\",\r\n,\n", &ok),
             (QList<QStringList>{{u"a"_s, u"b\"c"_s, QString()}, {QString(), QString()}}));
    QVERIFY(ok);
}

// --export-log must work on a log no console of this version has opened yet: a version-2 file has the
// same events table, and the exporter only reads.
void TestLogExporter::readsOlderLayoutsItNeedNotMigrate()
{
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    QVERIFY(createLogAtVersion(
        path, 2,
        {u"INSERT INTO events (time_ms, event, payload, phone_number, target, target_kind)"
         " VALUES (1795000000000, 'BackgroundCallCard::transferButtonClick', '{}', '+7916', '5', 'user')"_s}));
    const QByteArray csv = exportAll(dir.path(), LogExporter::Format::Csv);
    QVERIFY2(csv.contains(",+7916,5,user,"), csv.constData());
    EventFilter filter; // searched the way that file's index allows
    filter.text = u"+7916"_s;
    QVERIFY(exportAll(dir.path(), LogExporter::Format::Csv, filter).contains(",+7916,5,user,"));

    QVERIFY(opc::test::runSql(path, {u"PRAGMA user_version = 1"_s}));
    QCOMPARE(exportAll(dir.path(), LogExporter::Format::Csv), QByteArray("failed"));
}

QTEST_GUILESS_MAIN(TestLogExporter)
#include "tst_logexporter.moc"
