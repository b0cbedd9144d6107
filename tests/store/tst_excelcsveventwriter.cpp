#include "store/csvreader.h"
#include "store/excelcsveventwriter.h"
#include "storetestsupport.h"

#include "protocol/eventpresentation.h"

#include <QBuffer>
#include <QTest>
#include <QTranslator>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;
using W = ExcelCsvEventWriter;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

QByteArray write(const QList<CallCardEvent> &events, const QLocale &locale,
                 const CachedEmployees &employees = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExcelCsvEventWriter writer(&buffer, locale, employees);
    writer.writeHeader();
    for (const auto &event : events)
        writer.write(event);
    return writer.finish() ? buffer.data() : QByteArray();
}

QList<QStringList> parse(const QByteArray &bytes, char separator)
{
    bool ok = false;
    const auto records = CsvReader::parse(bytes.mid(bom.size()), &ok, separator);
    return ok ? records : QList<QStringList>{};
}

// Translates every string of the writer's and the presentation's contexts, as a .qm would.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        const QByteArray c(context);
        if (c != "opc::ExcelCsvEventWriter" && c != "EventPresentation")
            return {};
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

// One call: the card opened, a transfer to an employee, a transfer to a phone, hang up.
QList<CallCardEvent> call()
{
    const QDateTime t = baseTime();
    auto opened = makeEvent(
        CallCardEventType::Initialized, t,
        "{\"CALL_ID\":\"externalCall.1\",\"PHONE_NUMBER\":\"+79001234567\",\"CALL_DIRECTION\":\"incoming\"}");
    auto employee = makeTransfer(t.addSecs(30), u"+79001234567"_s, {Kind::User, u"12"_s},
                                 u"Анна Смирнова, Руководитель отдела продаж, ext. 112"_s);
    auto phone = makeTransfer(t.addSecs(60), u"+7 (900) 123-45-67"_s, {Kind::Phone, u"+49 30; 999"_s});
    auto comment = makeEvent(CallCardEventType::AddCommentButtonClick, t.addSecs(90),
                             "\"перезвонить; \\\"срочно\\\"\\nзавтра\"");
    auto hangup = makeEvent(CallCardEventType::HangupButtonClick, t.addSecs(120));
    return {opened, employee, phone, comment, hangup};
}

} // namespace

// The spreadsheet CSV: what Excel opens as a table with a double click, in the operator's language and
// the separator of their locale.
class TestExcelCsvEventWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // CMake runs this test with TZ=<+05>-5: local time is five hours ahead of the log's UTC.
        QCOMPARE(baseTime().toLocalTime().time().hour(), 14);
    }

    void separatorFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<char>("separator");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << ';';
        QTest::newRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia) << ';';
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << ',';
    }

    void separatorFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(char, separator);
        QCOMPARE(W::separator(locale), QChar::fromLatin1(separator));
        const QByteArray bytes = write(call(), locale);
        QVERIFY(bytes.startsWith(bom));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(
            bytes.contains(QByteArray(W::headers().join(QChar::fromLatin1(separator)).toUtf8() + "\r\n")));
        const auto records = parse(bytes, separator);
        QCOMPARE(records.size(), 1 + call().size());
        for (const QStringList &record : records)
            QCOMPARE(record.size(), int(W::ColumnCount));
        QCOMPARE(records.at(0), W::headers());
        // The other separator is data: the phone target keeps its ';' or ',' inside one cell.
        QCOMPARE(records.at(3).at(W::TargetColumn), u"Phone number +49 30; 999"_s);
    }

    void oneColumnPerField()
    {
        CachedEmployees employees;
        employees.insert(u"example.bitrix24.ru"_s, 12, {u"Анна Смирнова"_s, u"112"_s});
        const auto events = call();
        const auto records =
            parse(write(events, QLocale(QLocale::English, QLocale::UnitedStates), employees), ',');
        QCOMPARE(records.size(), 1 + events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QStringList &r = records.at(i + 1);
            QCOMPARE(r.at(W::TimeColumn), events.at(i).time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
            QCOMPARE(r.at(W::EventColumn), EventPresentation::eventLabel(events.at(i).type));
            QCOMPARE(r.at(W::OperatorColumn), QString()); // the log does not know who was signed in
            QCOMPARE(r.at(W::OutcomeColumn), QString()); // no row carries an outcome yet
            QCOMPARE(r.at(W::CallColumn), u"CALL.42"_s);
        }
        QCOMPARE(records.at(1).at(W::TimeColumn), u"2026-11-24 14:00:00"_s); // 09:00 UTC, local
        // The opened card: its number, from the payload, as a text cell.
        QCOMPARE(records.at(1).at(W::ClientNumberColumn), u"=\"+79001234567\""_s);
        QCOMPARE(records.at(1).at(W::DetailsColumn), u"Call from +79001234567"_s);
        // The employee: name and extension from the directory's cache, apart.
        const QStringList &employee = records.at(2);
        QCOMPARE(employee.at(W::TargetColumn), u"Employee #12"_s);
        QCOMPARE(employee.at(W::TargetNameColumn), u"Анна Смирнова"_s);
        QCOMPARE(employee.at(W::ExtensionColumn), u"112"_s);
        QCOMPARE(employee.at(W::DetailsColumn), QString());
        // Not in the cache: the name as the panel showed it, no extension.
        const QStringList &phone = records.at(3);
        // A leading '+' would make Excel evaluate "+7 (900) 123-45-67" as a formula.
        QCOMPARE(phone.at(W::ClientNumberColumn), u"=\"+7 (900) 123-45-67\""_s);
        QCOMPARE(phone.at(W::TargetNameColumn), QString());
        QCOMPARE(phone.at(W::ExtensionColumn), QString());
        QCOMPARE(records.at(4).at(W::DetailsColumn), u"перезвонить; \"срочно\"\nзавтра"_s);
        QCOMPARE(records.at(5).at(W::ClientNumberColumn), QString());

        const auto uncached = parse(write(events, QLocale(QLocale::English, QLocale::UnitedStates)), ',');
        QCOMPARE(uncached.at(2).at(W::TargetNameColumn),
                 u"Анна Смирнова, Руководитель отдела продаж, ext. 112"_s);
        QCOMPARE(uncached.at(2).at(W::ExtensionColumn), QString());
    }

    void headersAreTranslated()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QStringList headers = W::headers();
        const QByteArray bytes = write(call(), QLocale(QLocale::German, QLocale::Germany));
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(headers.size(), int(W::ColumnCount));
        for (const QString &header : headers)
            QVERIFY2(header.startsWith(u"«"_s) && header.endsWith(u"»"_s), qPrintable(header));
        QCOMPARE(headers.at(W::TimeColumn), u"«Time»"_s);
        QCOMPARE(headers.at(W::ExtensionColumn), u"«Extension»"_s);
        const auto records = parse(bytes, ';');
        QCOMPARE(records.at(0), headers);
        QCOMPARE(records.at(2).at(W::EventColumn), u"«Transfer»"_s); // labels too
        QCOMPARE(W::headers().at(W::TimeColumn), u"Time"_s);
    }

    // Cells Excel would run or turn into numbers are written as ="text".
    void textExcelWouldMangle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plus") << u"+79001234567"_s << u"=\"+79001234567\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"=\"=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("minus") << u"-1"_s << u"=\"-1\""_s;
        QTest::newRow("at") << u"@SUM(1)"_s << u"=\"@SUM(1)\""_s;
        QTest::newRow("leading zero") << u"0049301234"_s << u"=\"0049301234\""_s;
        QTest::newRow("twelve digits") << u"790012345678"_s << u"=\"790012345678\""_s;
        QTest::newRow("short number stays a number") << u"112"_s << u"112"_s;
        QTest::newRow("written number stays") << u"8 (900) 123"_s << u"8 (900) 123"_s;
        QTest::newRow("name") << u"Иван"_s << u"Иван"_s;
    }

    void textExcelWouldMangle()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        auto event = makeTransfer(baseTime(), QString(), {Kind::User, u"12"_s}, text);
        const auto records = parse(write({event}, QLocale(QLocale::English, QLocale::UnitedStates)), ',');
        QCOMPARE(records.at(1).at(W::TargetNameColumn), cell);
    }
};

QTEST_GUILESS_MAIN(TestExcelCsvEventWriter)
#include "tst_excelcsveventwriter.moc"
