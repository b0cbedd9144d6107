#include "protocol/clientnumber.h"

#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using Kind = TransferTarget::Kind;

namespace {

CallCardEvent cardEvent(CallCardEventType type, const QByteArray &payload = {})
{
    CallCardEvent e;
    e.type = type;
    e.time = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    e.payloadJson = payload;
    return e;
}

CallCardEvent transfer(const QString &phone, Kind kind, const QString &target)
{
    CallCardEvent e = cardEvent(CallCardEventType::TransferButtonClick);
    e.phoneNumber = phone;
    e.target = TransferTarget(kind, target);
    return e;
}

} // namespace

// Numbers are searched by their digits: what a row shows, what the log indexes, and which typed text
// counts as a number.
class TestClientNumber : public QObject
{
    Q_OBJECT

private slots:
    void digitsOnly()
    {
        QCOMPARE(ClientNumber::digits(u"+7 (900) 123-45-67"), u"79001234567"_s);
        QCOMPARE(ClientNumber::digits(u"８９１６"), u"8916"_s); // full-width digits, as some portals send
        QCOMPARE(ClientNumber::digits(u"٧٩٠٠"), u"7900"_s); // Arabic-Indic
        QCOMPARE(ClientNumber::digits(u"unknown"), QString());
    }

    void searchDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("as shown") << u"+79001234567"_s << u"79001234567"_s;
        QTest::newRow("brackets and dashes") << u"+7 (900) 123-45-67"_s << u"79001234567"_s;
        QTest::newRow("spaces") << u"900 123"_s << u"900123"_s;
        QTest::newRow("no-break space and en dash") << u"900\u00a0123–45"_s << u"90012345"_s;
        QTest::newRow("dots and slash") << u"030/123.45"_s << u"03012345"_s;
        QTest::newRow("three digits") << u"123"_s << u"123"_s;
        QTest::newRow("two digits are not a number") << u"+7 9"_s << QString();
        QTest::newRow("letters are not a number") << u"ext 123"_s << QString();
        QTest::newRow("a name") << u"Иван"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void searchDigits()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QCOMPARE(ClientNumber::searchDigits(text), digits);
    }

    void ofEachKindOfRow()
    {
        QCOMPARE(ClientNumber::of(transfer(u"+7 900 123"_s, Kind::User, u"12"_s)), u"+7 900 123"_s);
        QCOMPARE(ClientNumber::of(cardEvent(CallCardEventType::Initialized,
                                            R"({"CALL_ID":"c","PHONE_NUMBER":"+79001234567"})")),
                 u"+79001234567"_s);
        QCOMPARE(ClientNumber::of(cardEvent(CallCardEventType::Initialized, R"({"CALL_ID":"c"})")),
                 QString());
        // Other rows show no client number, whatever their payload holds.
        QCOMPARE(ClientNumber::of(cardEvent(CallCardEventType::EntityChanged, R"({"PHONE_NUMBER":"+7900"})")),
                 QString());
        QCOMPARE(ClientNumber::of(cardEvent(CallCardEventType::DialpadButtonClick, R"("5")")), QString());
    }

    void indexedDigits()
    {
        QCOMPARE(ClientNumber::indexedDigits(transfer(u"+7 (900) 123-45-67"_s, Kind::User, u"12"_s)),
                 u"79001234567"_s); // a user id is not a number to search for
        QCOMPARE(ClientNumber::indexedDigits(transfer(u"+7 900"_s, Kind::Phone, u"+49 30 999"_s)),
                 u"7900 4930999"_s);
        QCOMPARE(ClientNumber::indexedDigits(transfer(QString(), Kind::Phone, u"+49 30 999"_s)),
                 u"4930999"_s);
        QCOMPARE(ClientNumber::indexedDigits(transfer(QString(), Kind::Queue, u"3"_s)), QString());
        QCOMPARE(ClientNumber::indexedDigits(
                     cardEvent(CallCardEventType::Initialized, R"({"PHONE_NUMBER":"8 (900) 123-45-67"})")),
                 u"89001234567"_s);
        QCOMPARE(ClientNumber::indexedDigits(cardEvent(CallCardEventType::HangupButtonClick)), QString());
    }
};

QTEST_GUILESS_MAIN(TestClientNumber)
#include "tst_clientnumber.moc"
