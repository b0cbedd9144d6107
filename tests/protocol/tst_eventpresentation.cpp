#include "protocol/eventpresentation.h"

#include <QSet>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using Kind = TransferTarget::Kind;

namespace {

CallCardEvent cardEvent(CallCardEventType type, const QByteArray &payload = {})
{
    CallCardEvent e;
    e.type = type;
    e.time = QDateTime(QDate(2026, 11, 24), QTime(9, 0, 5, 123), Qt::UTC);
    e.payloadJson = payload;
    e.callId = u"CALL.42"_s;
    return e;
}

CallCardEvent transfer(Kind kind, const QString &target, const QString &name = {})
{
    CallCardEvent e = cardEvent(CallCardEventType::TransferButtonClick);
    e.phoneNumber = u"+19001234567"_s;
    e.target = TransferTarget(kind, target);
    e.targetName = name;
    return e;
}

} // namespace

// The one place events become text: the panel's columns and headers, the details view and the tray
// all read what this class writes (its users assert they use it; this test asserts what it says).
class TestEventPresentation : public QObject
{
    Q_OBJECT

private slots:
    void oneHeaderPerColumn()
    {
        QSet<QString> headers;
        for (int column = 0; column < EventPresentation::ColumnCount; ++column)
            headers.insert(EventPresentation::columnHeader(column));
        QCOMPARE(headers.size(), int(EventPresentation::ColumnCount));
        QVERIFY(!headers.contains(QString()));
        QCOMPARE(EventPresentation::columnHeader(EventPresentation::ClientNumberColumn), u"Client number"_s);
        QCOMPARE(EventPresentation::columnHeader(EventPresentation::TargetDetailColumn), u"Who / details"_s);
        QVERIFY(EventPresentation::columnHeader(EventPresentation::ColumnCount).isEmpty());
    }

    void everyEventHasItsOwnLabel()
    {
        QSet<QString> labels;
        for (const auto type : callcard::allEventTypes()) {
            const QString label = EventPresentation::eventLabel(type);
            QVERIFY(!label.isEmpty());
            QVERIFY2(label != callcard::shortName(type), qPrintable(label)); // words, not wire names
            labels.insert(label);
        }
        QCOMPARE(labels.size(), int(callcard::eventCount));
    }

    void transferCells_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("lead");
        QTest::newRow("employee") << int(Kind::User) << u"12"_s << u"Wei Chen"_s
                                  << u"Employee #12 · Wei Chen"_s << u"Wei Chen"_s;
        QTest::newRow("employee, no name yet")
            << int(Kind::User) << u"12"_s << QString() << u"Employee #12"_s << u"Employee #12"_s;
        QTest::newRow("phone") << int(Kind::Phone) << u"+4930999"_s << QString() << u"Phone number +4930999"_s
                               << u"Phone number +4930999"_s;
        QTest::newRow("queue") << int(Kind::Queue) << u"3"_s << u"Sales"_s << u"Queue 3 · Sales"_s
                               << u"Sales"_s;
        QTest::newRow("unknown") << int(Kind::Unknown) << u"x"_s << QString() << u"Unknown target \"x\""_s
                                 << u"Unknown target \"x\""_s;
    }
    void transferCells()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, name);
        QFETCH(QString, detail);
        QFETCH(QString, lead);
        const CallCardEvent e = transfer(Kind(kind), target, name);
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::TimeColumn),
                 e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::EventColumn), u"Transfer"_s);
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::ClientNumberColumn), u"+19001234567"_s);
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::TargetColumn), target);
        // The row leads with the name; the id stays in the summary (its tooltip) and the details.
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::TargetDetailColumn), lead);
        QCOMPARE(EventPresentation::targetSummary(e), detail);
        QCOMPARE(EventPresentation::cellText(e, EventPresentation::CallIdColumn), u"CALL.42"_s);
        QCOMPARE(EventPresentation::summary(e), u"Transfer: +19001234567 → "_s + detail);
    }

    void otherEventsCells()
    {
        const auto card =
            cardEvent(CallCardEventType::Initialized,
                      R"({"CALL_ID":"CALL.42","PHONE_NUMBER":"+4930123","CALL_DIRECTION":"incoming"})");
        QCOMPARE(EventPresentation::clientNumber(card), u"+4930123"_s); // from the card's payload
        QCOMPARE(EventPresentation::cellText(card, EventPresentation::TargetDetailColumn),
                 u"Call card opened · Call from +4930123"_s);
        QCOMPARE(EventPresentation::summary(card), u"Call card opened: Call from +4930123"_s);

        const auto mute = cardEvent(CallCardEventType::MuteButtonClick, "true");
        QCOMPARE(EventPresentation::cellText(mute, EventPresentation::TargetDetailColumn),
                 u"Mute · Microphone muted"_s);
        QVERIFY(EventPresentation::cellText(mute, EventPresentation::ClientNumberColumn).isEmpty());
        QVERIFY(EventPresentation::cellText(mute, EventPresentation::TargetColumn).isEmpty());

        const auto hangup = cardEvent(CallCardEventType::HangupButtonClick);
        QVERIFY(EventPresentation::detail(hangup).isEmpty());
        QCOMPARE(EventPresentation::summary(hangup), u"Hang up"_s);
        QCOMPARE(EventPresentation::cellText(hangup, EventPresentation::TargetDetailColumn), u"Hang up"_s);
        QCOMPARE(EventPresentation::summary(cardEvent(CallCardEventType::QualityMeterClick, "4")),
                 u"Call quality rated: 4 of 5"_s);
    }

    void transferWithoutANumberSaysSo()
    {
        CallCardEvent e = transfer(Kind::Queue, u"3"_s);
        e.phoneNumber.clear();
        QCOMPARE(EventPresentation::summary(e), u"Transfer: current call → Queue 3"_s);
        QVERIFY(EventPresentation::clientNumber(e).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventPresentation)
#include "tst_eventpresentation.moc"
