#include "events/callcardstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

class TestCallCardState : public QObject
{
    Q_OBJECT

    static CallCardEvent event(CallCardEventType type, const QByteArray &payload = {})
    {
        CallCardEvent e;
        e.type = type;
        e.payloadJson = payload;
        return e;
    }

private slots:
    void initializedOpensCloseEndsIt()
    {
        CallCardState card;
        QSignalSpy changed(&card, &CallCardState::openChanged);
        QVERIFY(!card.isOpen());
        card.record(
            event(CallCardEventType::Initialized, R"({"CALL_ID":"ext.42","CALL_STATE":"connected"})"));
        QVERIFY(card.isOpen());
        QCOMPARE(card.callId(), u"ext.42"_s);
        card.record(event(CallCardEventType::MuteButtonClick, "true"));
        card.record(event(CallCardEventType::TransferButtonClick, R"({"phoneNumber":"+1","target":12})"));
        QVERIFY(card.isOpen());
        QCOMPARE(changed.size(), 1); // only the transitions
        card.record(event(CallCardEventType::CloseButtonClick));
        QVERIFY(!card.isOpen());
        QVERIFY(card.callId().isEmpty());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
    }

    void hangupAndSkipEndTheCard_data()
    {
        QTest::addColumn<CallCardEventType>("ending");
        QTest::newRow("hangup") << CallCardEventType::HangupButtonClick;
        QTest::newRow("skip") << CallCardEventType::SkipButtonClick;
        QTest::newRow("close") << CallCardEventType::CloseButtonClick;
    }

    void hangupAndSkipEndTheCard()
    {
        QFETCH(CallCardEventType, ending);
        CallCardState card;
        card.record(event(CallCardEventType::Initialized, R"({"CALL_ID":"a"})"));
        card.record(event(ending));
        QVERIFY(!card.isOpen());
    }

    // A card that speaks is there, even when its `initialized` was missed (or after a hangup the
    // operator still rates the call).
    void anyOtherEventShowsAnOpenCard()
    {
        CallCardState card;
        card.record(event(CallCardEventType::HangupButtonClick));
        QVERIFY(!card.isOpen());
        card.record(event(CallCardEventType::QualityMeterClick, "\"4\""));
        QVERIFY(card.isOpen());
        QVERIFY(card.callId().isEmpty());
    }

    void aNewPageHasNoCard()
    {
        CallCardState card;
        QSignalSpy changed(&card, &CallCardState::openChanged);
        card.record(event(CallCardEventType::Initialized, R"({"CALL_ID":"b"})"));
        card.reset();
        QVERIFY(!card.isOpen());
        QVERIFY(card.callId().isEmpty());
        card.reset();
        QCOMPARE(changed.size(), 2);
    }

    // A navigation that was refused or stopped leaves the card; one that replaced the document
    // ends it, unless the new document's card already spoke.
    void onlyAReplacedDocumentEndsTheCard()
    {
        CallCardState card;
        card.record(event(CallCardEventType::Initialized, R"({"CALL_ID":"c"})"));
        card.documentLoading(); // e.g. a link that then opened in the system browser
        QVERIFY(card.isOpen());
        card.documentLoading();
        card.documentReplaced();
        QVERIFY(!card.isOpen());

        card.record(event(CallCardEventType::Initialized, R"({"CALL_ID":"d"})"));
        card.documentLoading();
        card.record(event(CallCardEventType::Initialized, R"({"CALL_ID":"e"})")); // the new page's card
        card.documentReplaced();
        QVERIFY(card.isOpen());
        QCOMPARE(card.callId(), u"e"_s);
        card.documentReplaced(); // no load pending: nothing changes
        QVERIFY(card.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestCallCardState)
#include "tst_callcardstate.moc"
