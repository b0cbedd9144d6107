#include "store/isotime.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace opc;

namespace {
QString spelled(qint64 ms)
{
    QByteArray out;
    appendIsoUtcMs(out, ms);
    return QString::fromLatin1(out);
}
} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void matchesQtInFourDigitYears_data();
    void matchesQtInFourDigitYears();
    void extremeValuesAreLeftToQt();
};

void TestIsoTime::matchesQtInFourDigitYears_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("one ms before the epoch") << qint64(-1);
    QTest::newRow("one day and one ms before") << qint64(-86'400'001);
    QTest::newRow("2023") << qint64(1'700'000'000'123);
    QTest::newRow("first ms of year 1") << qint64(-62'135'596'800'000);
    QTest::newRow("last ms of year 9999") << qint64(253'402'300'799'999);
}

void TestIsoTime::matchesQtInFourDigitYears()
{
    QFETCH(qint64, ms);
    // Twice: the second call takes the cached date of the first.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(spelled(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

void TestIsoTime::extremeValuesAreLeftToQt()
{
    // A damaged log can hold any 64-bit time; negating the smallest one overflowed (UBSan in the asan
    // preset, found by tests/fuzz/fuzz_eventwriters).
    for (const qint64 ms : {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min() + 1,
                            std::numeric_limits<qint64>::max()}) {
        QCOMPARE(spelled(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
