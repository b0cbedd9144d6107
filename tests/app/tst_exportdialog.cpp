#include "exportdialog.h"
#include "protocol/eventpresentation.h"
#include "store/csveventwriter.h"
#include "store/csvreader.h"
#include "store/eventrow.h"
#include "store/eventstore.h"
#include "store/excelcsveventwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

using namespace opc;
using Kind = TransferTarget::Kind;

namespace {

constexpr int kEvents = 3000;

QDateTime baseTime()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(123);
}

// The nth event of the log: every field CSV and JSON must escape (quotes, commas, CR/LF, tabs),
// Cyrillic and full-width text, transfers of every target kind and events without payload.
CallCardEvent makeEvent(int n)
{
    CallCardEvent event;
    event.time = baseTime().addSecs(n);
    event.callId = u"externalCall.%1"_s.arg(n / 8);
    event.portalHost = u"example.bitrix24.ru"_s;
    switch (n % 5) {
    case 0:
        event.type = CallCardEventType::TransferButtonClick;
        event.phoneNumber = u"+7 (916) 123-45-67"_s;
        event.target = TransferTarget(Kind::User, u"12"_s);
        event.targetName = u"Иванов, \"Вася\"\nстарший"_s;
        event.payloadJson = "{\"phoneNumber\":\"+7 (916) 123-45-67\",\"target\":12}";
        break;
    case 1:
        event.type = CallCardEventType::TransferButtonClick;
        event.phoneNumber = u"８９１６"_s;
        event.target = TransferTarget(Kind::Phone, u"+49 30, 123"_s);
        event.payloadJson = "{\"phoneNumber\":\"８９１６\",\n \"target\":\"+49 30, 123\"}";
        event.callId = u"externalCall.\"q\",%1"_s.arg(n);
        break;
    case 2:
        event.type = CallCardEventType::AddCommentButtonClick;
        event.payloadJson = "\"перезвонить, \\\"срочно\\\"\\nзавтра #" + QByteArray::number(n) + '"';
        event.portalHost = u"портал.рф:8443"_s;
        break;
    case 3:
        event.type = CallCardEventType::TransferButtonClick;
        event.phoneNumber = u" leading and trailing "_s;
        event.target = TransferTarget(Kind::Queue, u"3"_s);
        event.targetName = u"Очередь\r\n№1\tтаб"_s;
        event.payloadJson = "{\"type\":\"queue\",\"target\":3}";
        break;
    default:
        event.type = CallCardEventType::HangupButtonClick;
        event.callId.clear();
    }
    return event;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suggestsADatedFileInDocuments();
    void offersTheFilterOnlyWhenSet();
    void exportsCsv();
    void exportsJsonLines();
    void exportsExcelCsv();
    void typedExtensionPicksTheFormat();
    void opensTheExportedFileOrItsFolder();
    void exportsTheCurrentFilter();
    void cancelLeavesTheFileUntouched();
    void reportsAnError();

private:
    QString databasePath() const { return EventStore::databasePath(m_dir->path()); }
    std::optional<QByteArray> exportFile(const QString &name, LogExporter::Format format,
                                         const EventFilter &filter, bool currentFilterOnly,
                                         qint64 expectedRows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    QList<CallCardEvent> m_events;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>();
    QVERIFY(m_store->open(m_dir->path()).isOpen());
    m_events.clear();
    QVERIFY(m_store->database().transaction()); // one sync instead of thousands
    for (int n = 0; n < kEvents; ++n) {
        CallCardEvent event = makeEvent(n);
        QVERIFY(m_store->append(event));
        m_events.append(event);
    }
    QVERIFY(m_store->database().commit());
}

void TestExportDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// Runs an export through the dialog and returns the file it wrote.
std::optional<QByteArray> TestExportDialog::exportFile(const QString &name, LogExporter::Format format,
                                                       const EventFilter &filter, bool currentFilterOnly,
                                                       qint64 expectedRows)
{
    ExportDialog dialog(databasePath(), filter);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    const QString path = m_dir->filePath(name);
    dialog.startExport(path, format, currentFilterOnly);
    if (!dialog.isRunning() || !finished.wait(30000) || !finished.at(0).at(0).toBool()) {
        qWarning() << "export failed:" << dialog.statusText();
        return std::nullopt;
    }
    if (finished.at(0).at(3).toLongLong() != expectedRows ||
        !dialog.statusText().contains(QString::number(expectedRows))) {
        qWarning() << "unexpected result:" << finished.at(0) << dialog.statusText();
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

void TestExportDialog::suggestsADatedFileInDocuments()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDate day(2026, 3, 9);
    QCOMPARE(ExportDialog::suggestedFilePath(LogExporter::Format::Csv, day),
             QDir(documents).filePath(u"operator-console-events-2026-03-09.csv"_s));
    QCOMPARE(ExportDialog::suggestedFilePath(LogExporter::Format::JsonLines, day),
             QDir(documents).filePath(u"operator-console-events-2026-03-09.jsonl"_s));

    ExportDialog dialog(databasePath(), {});
    QCOMPARE(dialog.filePath(), ExportDialog::suggestedFilePath(LogExporter::Format::Csv));
    QCOMPARE(dialog.format(), LogExporter::Format::Csv);
    // Choosing JSON Lines follows with the extension.
    dialog.findChild<QRadioButton *>(u"exportJsonLines"_s)->setChecked(true);
    QCOMPARE(dialog.format(), LogExporter::Format::JsonLines);
    QCOMPARE(dialog.filePath(), ExportDialog::suggestedFilePath(LogExporter::Format::JsonLines));
    // Excel is a CSV file too.
    dialog.findChild<QRadioButton *>(u"exportExcel"_s)->setChecked(true);
    QCOMPARE(dialog.format(), LogExporter::Format::ExcelCsv);
    QCOMPARE(dialog.filePath(), ExportDialog::suggestedFilePath(LogExporter::Format::Csv));
}

void TestExportDialog::offersTheFilterOnlyWhenSet()
{
    ExportDialog unfiltered(databasePath(), {});
    QVERIFY(!unfiltered.findChild<QRadioButton *>(u"exportFiltered"_s)->isEnabled());
    QVERIFY(!unfiltered.currentFilterOnly());

    EventFilter filter;
    filter.transfersOnly = true;
    ExportDialog filtered(databasePath(), filter);
    QVERIFY(filtered.findChild<QRadioButton *>(u"exportFiltered"_s)->isEnabled());
    QVERIFY(filtered.currentFilterOnly()); // what the panel shows is the likely intent
}

void TestExportDialog::exportsCsv()
{
    const auto bytes = exportFile(u"events.csv"_s, LogExporter::Format::Csv, {}, false, kEvents);
    QVERIFY(bytes);
    bool ok = false;
    const QList<QStringList> records = CsvReader::parse(*bytes, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), kEvents + 1);
    QCOMPARE(records.at(0), CsvEventWriter::columns());
    for (int i = 0; i < kEvents; ++i) {
        const CallCardEvent &event = m_events.at(i);
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.size(), CsvEventWriter::columns().size());
        QCOMPARE(QDateTime::fromString(r.at(0), Qt::ISODateWithMs), event.time);
        QCOMPARE(r.at(1), event.eventName());
        QCOMPARE(r.at(2).toUtf8(), event.payloadJson); // byte for byte, line break included
        QCOMPARE(r.at(3), event.callId);
        QCOMPARE(r.at(4), event.portalHost);
        QCOMPARE(r.at(5), event.phoneNumber);
        QCOMPARE(r.at(6), event.target.value());
        QCOMPARE(r.at(7), event.isTransfer() ? TransferTarget::kindName(event.target.kind()) : QString());
        QCOMPARE(r.at(8), event.targetName);
    }
}

void TestExportDialog::exportsJsonLines()
{
    const auto bytes = exportFile(u"events.jsonl"_s, LogExporter::Format::JsonLines, {}, false, kEvents);
    QVERIFY(bytes);
    QVERIFY(bytes->endsWith('\n'));
    const QList<QByteArray> lines = bytes->chopped(1).split('\n');
    QCOMPARE(lines.size(), kEvents);
    for (int i = 0; i < kEvents; ++i) {
        const CallCardEvent &event = m_events.at(i);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
        QCOMPARE(o.value(u"time"_s).toString(), event.time.toString(Qt::ISODateWithMs));
        QCOMPARE(o.value(u"event"_s).toString(), event.eventName());
        QCOMPARE(o.value(u"payload"_s), event.payload()); // the delivered value, not a string of it
        QCOMPARE(o.value(u"callId"_s).toString(), event.callId);
        QCOMPARE(o.value(u"portal"_s).toString(), event.portalHost);
        QCOMPARE(o.value(u"phoneNumber"_s).toString(), event.phoneNumber);
        QCOMPARE(o.value(u"target"_s).toString(), event.target.value());
        QCOMPARE(o.value(u"targetName"_s).toString(), event.targetName);
        if (event.isTransfer())
            QCOMPARE(o.value(u"targetKind"_s).toString(), TransferTarget::kindName(event.target.kind()));
    }
}

void TestExportDialog::exportsExcelCsv()
{
    const auto bytes = exportFile(u"events.csv"_s, LogExporter::Format::ExcelCsv, {}, false, kEvents);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const auto records =
        CsvReader::parse(bytes->mid(3), &ok, ExcelCsvEventWriter::separator(QLocale()).toLatin1());
    QVERIFY(ok);
    QCOMPARE(records.size(), kEvents + 1);
    QCOMPARE(records.at(0), ExcelCsvEventWriter::headers());
    for (int i = 0; i < kEvents; ++i) {
        QCOMPARE(records.at(i + 1).size(), int(ExcelCsvEventWriter::ColumnCount));
        QCOMPARE(records.at(i + 1).at(ExcelCsvEventWriter::TimeColumn),
                 EventPresentation::localTime(m_events.at(i)));
    }
}

// The extension typed into the file name decides the format, or the dialog says why it cannot.
void TestExportDialog::typedExtensionPicksTheFormat()
{
    ExportDialog dialog(databasePath(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(u"exportFile"_s);
    auto *status = dialog.findChild<QLabel *>(u"exportStatus"_s);
    const auto type = [&](const QString &name) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QDir::toNativeSeparators(m_dir->filePath(name)));
    };

    type(u"events.jsonl"_s);
    QCOMPARE(dialog.format(), LogExporter::Format::JsonLines);
    QVERIFY(!status->isVisible());
    type(u"events.csv"_s);
    QCOMPARE(dialog.format(), LogExporter::Format::Csv);
    dialog.findChild<QRadioButton *>(u"exportExcel"_s)->setChecked(true);
    type(u"report.CSV"_s);
    QCOMPARE(dialog.format(), LogExporter::Format::ExcelCsv); // .csv keeps the chosen CSV format
    QCOMPARE(dialog.filePath(), m_dir->filePath(u"report.CSV"_s));

    for (const QString &name : {u"events.xlsx"_s, u"events.txt"_s}) {
        type(name);
        QVERIFY(status->isVisible());
        QVERIFY2(dialog.statusText().contains(QFileInfo(name).suffix()), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.format(), LogExporter::Format::ExcelCsv);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton); // refused: nothing starts
        QVERIFY(!dialog.isRunning());
        QVERIFY(!QFile::exists(m_dir->filePath(name)));
    }

    // A name without an extension gets the format's.
    type(u"plain"_s);
    QVERIFY(!status->isVisible());
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).toBool());
    QFile written(m_dir->filePath(u"plain.csv"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("\xEF\xBB\xBF")); // Excel, as chosen
}

void TestExportDialog::opensTheExportedFileOrItsFolder()
{
    ExportDialog dialog(databasePath(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QList<QUrl> opened;
    bool openerWorks = true;
    dialog.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return openerWorks;
    });
    QVERIFY(!dialog.openButton()->isVisible());
    QVERIFY(!dialog.showInFolderButton()->isVisible());
    QVERIFY(!dialog.cancelButton()->isVisible());

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    const QString path = m_dir->filePath(u"opened.jsonl"_s);
    dialog.startExport(path, LogExporter::Format::JsonLines, false);
    QVERIFY(!dialog.openButton()->isVisible()); // nothing to open while it runs
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(dialog.openButton()->isVisible());
    QVERIFY(dialog.showInFolderButton()->isVisible());

    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.showInFolderButton(), Qt::LeftButton);
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(m_dir->path())}));

    openerWorks = false; // no application for the file: the dialog says so
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(QDir::toNativeSeparators(path)), qPrintable(dialog.statusText()));

    // A failed export offers nothing to open.
    dialog.startExport(m_dir->filePath(u"no/such/folder/x.csv"_s), LogExporter::Format::Csv, false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(!dialog.openButton()->isVisible());
    QVERIFY(!dialog.showInFolderButton()->isVisible());
}

void TestExportDialog::exportsTheCurrentFilter()
{
    EventFilter filter;
    filter.transfersOnly = true;
    filter.text = u"+49 30"_s; // the phone-number targets: every fifth event
    const qint64 matching = m_store->count(filter);
    QCOMPARE(matching, kEvents / 5);

    const auto filtered = exportFile(u"filtered.csv"_s, LogExporter::Format::Csv, filter, true, matching);
    QVERIFY(filtered);
    const QList<QStringList> records = CsvReader::parse(*filtered);
    QCOMPARE(records.size(), matching + 1);
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(6), u"+49 30, 123"_s);
        QCOMPARE(records.at(i).at(5), u"８９１６"_s);
    }
    // "The whole log" ignores the panel's filter.
    QVERIFY(exportFile(u"all.csv"_s, LogExporter::Format::Csv, filter, false, kEvents));
}

void TestExportDialog::cancelLeavesTheFileUntouched()
{
    // 200,000 more rows, inserted as the benchmark does: one transaction, one prepared statement.
    constexpr int kLarge = 200'000;
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(EventRow::insertStatement()));
    for (int n = kEvents; n < kEvents + kLarge; ++n) {
        EventRow::bindInsert(insert, makeEvent(n));
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());

    const QString target = m_dir->filePath(u"previous.csv"_s);
    const QByteArray previous = "the previous export, which must survive\r\n";
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    ExportDialog dialog(databasePath(), {});
    dialog.setChunkSize(50);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy progress(&dialog, &ExportDialog::progress);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);

    // Escape (reject) while running cancels the export and keeps the dialog open for the result.
    dialog.startExport(target, LogExporter::Format::Csv, false);
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(progress.wait(30000));
    dialog.reject();
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.at(0).at(0).toBool(), false); // ok
    QCOMPARE(finished.at(0).at(1).toBool(), true); // cancelled
    QVERIFY(finished.at(0).at(3).toLongLong() < kEvents + kLarge);
    QVERIFY2(dialog.statusText().contains(u"cancelled"), qPrintable(dialog.statusText()));

    // The Cancel button does the same.
    progress.clear();
    dialog.startExport(target, LogExporter::Format::JsonLines, false);
    QVERIFY(progress.wait(30000));
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(1).toBool(), true);
    QVERIFY(finished.at(1).at(3).toLongLong() < kEvents + kLarge);
    QVERIFY(dialog.statusText().contains(u"cancelled"));
    QVERIFY(!dialog.cancelButton()->isVisible());
    QVERIFY(dialog.exportButton()->isEnabled());

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    // No temporary file of the QSaveFile is left behind either.
    QCOMPARE(QDir(m_dir->path()).entryList({u"previous*"_s}, QDir::Files), QStringList{u"previous.csv"_s});
}

void TestExportDialog::reportsAnError()
{
    ExportDialog dialog(databasePath(), {});
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport(m_dir->filePath(u"no/such/folder/events.csv"_s), LogExporter::Format::Csv, false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    const QString error = finished.at(0).at(2).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(dialog.statusText().contains(error), qPrintable(dialog.statusText()));
    QVERIFY(dialog.exportButton()->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
