#include "protocol/callgrouper.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

class TestCallGrouper : public QObject
{
    Q_OBJECT

    static CallCardEvent make(CallCardEventType type, QByteArray payload = {})
    {
        CallCardEvent event;
        event.type = type;
        event.payloadJson = std::move(payload);
        return event;
    }

private slots:
    void groupsByInitializedCallId()
    {
        CallGrouper grouper;
        auto before = make(CallCardEventType::MuteButtonClick, "true");
        grouper.assign(before);
        QVERIFY(before.callId.isEmpty());

        auto init = make(CallCardEventType::Initialized, R"({"CALL_ID":"externalCall.1"})");
        grouper.assign(init);
        QCOMPARE(init.callId, u"externalCall.1"_s);
        auto transfer = make(CallCardEventType::TransferButtonClick, R"({"phoneNumber":"+1","target":12})");
        grouper.assign(transfer);
        QCOMPARE(transfer.callId, u"externalCall.1"_s);

        auto close = make(CallCardEventType::CloseButtonClick);
        grouper.assign(close);
        QCOMPARE(close.callId, u"externalCall.1"_s);
        auto after = make(CallCardEventType::HangupButtonClick);
        grouper.assign(after);
        QVERIFY(after.callId.isEmpty());

        auto second = make(CallCardEventType::Initialized, R"({"CALL_ID":"externalCall.2"})");
        grouper.assign(second);
        auto hangup = make(CallCardEventType::HangupButtonClick);
        grouper.assign(hangup);
        QCOMPARE(hangup.callId, u"externalCall.2"_s);
    }
};

QTEST_GUILESS_MAIN(TestCallGrouper)
#include "tst_callgrouper.moc"
