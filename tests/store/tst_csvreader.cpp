#include "store/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

// The reader the export tests and the export fuzzer compare against: it must give back every
// character a writer put into a field.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsQuotedFieldsAndLineEnds()
    {
        bool ok = false;
        const auto records = CsvReader::parse("a,\"b,\"\"c\"\"\r\nd\",\r\ne;f\n", &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0), (QStringList{u"a"_s, u"b,\"c\"\r\nd"_s, QString()}));
        QCOMPARE(records.at(1), QStringList{u"e;f"_s});
    }

    void keepsAByteOrderMarkThatStartsAField()
    {
        // U+FEFF inside the data (a pasted number, say) is text; only a file's leading BOM is not,
        // and the callers strip that before parsing.
        bool ok = false;
        const auto records = CsvReader::parse("\xEF\xBB\xBF+1900,x\xEF\xBB\xBFy\n", &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).at(0), QString(QChar(0xFEFF)) + u"+1900"_s);
        QCOMPARE(records.at(0).at(1), u"x"_s + QChar(0xFEFF) + u"y"_s);
    }

    void endsAFieldWithAnIncompleteSequenceAsAReplacement()
    {
        // Each field is decoded on its own: a truncated UTF-8 sequence at its end is U+FFFD, not
        // held back (and lost) waiting for bytes that belong to no field.
        bool ok = false;
        const auto records = CsvReader::parse("a\xde,b\n", &ok);
        QVERIFY(ok);
        QCOMPARE(records.at(0).at(0), u"a"_s + QChar(QChar::ReplacementCharacter));
        QCOMPARE(records.at(0).at(1), u"b"_s);
    }

    void refusesAStrayQuote()
    {
        bool ok = true;
        QVERIFY(CsvReader::parse("ab\"c\n", &ok).isEmpty() || !ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
