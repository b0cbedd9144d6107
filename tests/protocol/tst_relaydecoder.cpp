#include "protocol/relaydecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace opc;
using Kind = RelayDecoder::Outcome::Kind;

namespace {

const QString kPortal = u"portal.example.com"_s;
const QString kSid = u"0123456789abcdef0123456789abcdef"_s;
const QString kFrame = kPortal + u"|1|"_s + kSid;
const QString kOrigin = u"https://app.example.net"_s;
const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1700000000123LL, Qt::UTC);

QByteArray relay(QJsonObject object, const QString &frame = kFrame, const QString &origin = kOrigin)
{
    object.insert(u"frame"_s, frame);
    object.insert(u"origin"_s, origin);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray hello(const QString &frame = kFrame)
{
    return relay(
        {{u"kind"_s, u"hello"_s},
         {u"init"_s, QJsonObject{{u"PLACEMENT"_s, u"PAGE_BACKGROUND_WORKER"_s}, {u"LANG"_s, u"en"_s}}}},
        frame);
}

QString callbackFor(CallCardEventType type)
{
    return u"opc-cb-"_s + callcard::shortName(type);
}

QByteArray bindAll()
{
    QJsonObject callbacks;
    for (auto type : callcard::allEventTypes())
        callbacks.insert(callbackFor(type), callcard::fullName(type));
    return relay({{u"kind"_s, u"bound"_s}, {u"callbacks"_s, callbacks}});
}

QByteArray eventRelay(const QJsonValue &data, const QString &frame = kFrame)
{
    return relay({{u"kind"_s, u"event"_s}, {u"data"_s, data}}, frame);
}

QByteArray delivery(CallCardEventType type, const QString &tail)
{
    return eventRelay(QString(callbackFor(type) + u":"_s + tail));
}

} // namespace

class TestRelayDecoder : public QObject
{
    Q_OBJECT

    RelayDecoder m_decoder;

private slots:
    void init()
    {
        m_decoder = RelayDecoder(kPortal);
        QCOMPARE(int(m_decoder.decode(hello(), kNow).kind), int(Kind::FrameConfirmed));
        QCOMPARE(int(m_decoder.decode(bindAll(), kNow).kind), int(Kind::EventsBound));
    }

    void decodesEveryEvent_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("initialized") << int(CallCardEventType::Initialized)
                                     << u"{\"CALL_ID\":\"externalCall.1\",\"PHONE_NUMBER\":\"+1900\"}"_s
                                     << QByteArray(R"({"CALL_ID":"externalCall.1","PHONE_NUMBER":"+1900"})");
        QTest::newRow("comment") << int(CallCardEventType::AddCommentButtonClick) << u"\"a: b, \\\"c\\\"\""_s
                                 << QByteArray("\"a: b, \\\"c\\\"\"");
        QTest::newRow("mute") << int(CallCardEventType::MuteButtonClick) << u"true"_s << QByteArray("true");
        QTest::newRow("hold") << int(CallCardEventType::HoldButtonClick) << u"false"_s << QByteArray("false");
        QTest::newRow("entity")
            << int(CallCardEventType::EntityChanged)
            << u"{\"PHONE_NUMBER\":\"unknown\",\"CRM_ENTITY_TYPE\":\"\",\"CRM_ENTITY_ID\":0}"_s
            << QByteArray(R"({"PHONE_NUMBER":"unknown","CRM_ENTITY_TYPE":"","CRM_ENTITY_ID":0})");
        QTest::newRow("quality") << int(CallCardEventType::QualityMeterClick) << u"\"5\""_s
                                 << QByteArray("\"5\"");
        QTest::newRow("dialpad") << int(CallCardEventType::DialpadButtonClick) << u"\"*\""_s
                                 << QByteArray("\"*\"");
        for (auto type : callcard::allEventTypes()) {
            if (!callcard::carriesPayload(type))
                QTest::newRow(qPrintable(callcard::shortName(type)))
                    << int(type) << QString() << QByteArray();
        }
    }
    void decodesEveryEvent()
    {
        QFETCH(int, type);
        QFETCH(QString, tail);
        QFETCH(QByteArray, stored);
        const auto outcome = m_decoder.decode(delivery(CallCardEventType(type), tail), kNow);
        QCOMPARE(outcome.reason, QString());
        QCOMPARE(int(outcome.kind), int(Kind::Event));
        QCOMPARE(int(outcome.event.type), type);
        QCOMPARE(outcome.event.payloadJson, stored);
        QCOMPARE(outcome.event.portalHost, kPortal);
        QCOMPARE(outcome.event.time, kNow);
        QCOMPARE(outcome.appSid, kSid);
    }

    void decodesTransferShapes_data()
    {
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        using K = TransferTarget::Kind;
        QTest::newRow("number") << u"{\"phoneNumber\":\"+19001234567\",\"target\":12}"_s << u"+19001234567"_s
                                << int(K::User) << u"12"_s;
        QTest::newRow("string id") << u"{\"phoneNumber\":\"+19001234567\",\"target\":\"12\"}"_s
                                   << u"+19001234567"_s << int(K::User) << u"12"_s;
        QTest::newRow("phone") << u"{\"phoneNumber\":\"+19001234567\",\"target\":\"+4930901820\"}"_s
                               << u"+19001234567"_s << int(K::Phone) << u"+4930901820"_s;
        QTest::newRow("type user") << u"{\"type\":\"user\",\"target\":\"12\"}"_s << QString() << int(K::User)
                                   << u"12"_s;
        QTest::newRow("type queue") << u"{\"type\":\"queue\",\"target\":4}"_s << QString() << int(K::Queue)
                                    << u"4"_s;
        QTest::newRow("type pstn") << u"{\"type\":\"pstn\",\"target\":\"+4930\"}"_s << QString()
                                   << int(K::Phone) << u"+4930"_s;
        QTest::newRow("cyrillic and colons") << u"{\"phoneNumber\":\"+7 (495) 1:2\",\"target\":\"Иван\"}"_s
                                             << u"+7 (495) 1:2"_s << int(K::Unknown) << u"Иван"_s;
    }
    void decodesTransferShapes()
    {
        QFETCH(QString, tail);
        QFETCH(QString, phone);
        QFETCH(int, kind);
        QFETCH(QString, target);
        const auto outcome = m_decoder.decode(delivery(CallCardEventType::TransferButtonClick, tail), kNow);
        QCOMPARE(outcome.reason, QString());
        QVERIFY(outcome.event.isTransfer());
        QCOMPARE(outcome.event.phoneNumber, phone);
        QCOMPARE(int(outcome.event.target.kind()), kind);
        QCOMPARE(outcome.event.target.value(), target);
        QCOMPARE(outcome.event.payloadJson, tail.toUtf8());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("relay");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{nope") << u"not a JSON object"_s;
        QTest::newRow("json array") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("non-string message")
            << eventRelay(QJsonObject{{u"event"_s, u"x"_s}}) << u"not a string"_s;
        QTest::newRow("number message") << eventRelay(42) << u"not a string"_s;
        QTest::newRow("no colon") << eventRelay(QJsonValue(callbackFor(CallCardEventType::HangupButtonClick)))
                                  << u"no ':'"_s;
        QTest::newRow("bad json") << delivery(CallCardEventType::TransferButtonClick, u"{\"target\":12"_s)
                                  << u"not valid JSON"_s;
        QTest::newRow("two json values")
            << delivery(CallCardEventType::MuteButtonClick, u"true],[false"_s) << u"not valid JSON"_s;
        QTest::newRow("unknown callback")
            << eventRelay(u"0f0e0d0c-forged:{\"phoneNumber\":\"1\",\"target\":1}"_s)
            << u"unknown callback id"_s;
        QTest::newRow("wrong app sid")
            << eventRelay(QString(callbackFor(CallCardEventType::HangupButtonClick) + u":"_s),
                          kPortal + u"|1|ffffffffffffffffffffffffffffffff"_s)
            << u"unknown APP_SID"_s;
        QTest::newRow("other portal")
            << eventRelay(u"x:"_s, u"evil.example.com|1|"_s + kSid) << u"belongs to portal"_s;
        QTest::newRow("bad frame name") << eventRelay(u"x:"_s, u"hello"_s) << u"frame name"_s;
        QTest::newRow("wrong type in field")
            << delivery(CallCardEventType::TransferButtonClick, u"{\"phoneNumber\":5,\"target\":12}"_s)
            << u"phoneNumber is not a string"_s;
        QTest::newRow("mute as string")
            << delivery(CallCardEventType::MuteButtonClick, u"\"yes\""_s) << u"not a boolean"_s;
        QTest::newRow("unknown kind") << relay({{u"kind"_s, u"exec"_s}}) << u"unknown relay kind"_s;
        const QString big = u"\""_s + QString(70 * 1024, u'a') + u"\""_s;
        QTest::newRow("oversized") << delivery(CallCardEventType::AddCommentButtonClick, big) << u"exceeds"_s;
        QTest::newRow("other origin")
            << relay({{u"kind"_s, u"event"_s}, {u"data"_s, u"x:"_s}}, kFrame, u"https://evil.example.org"_s)
            << u"unknown APP_SID"_s;
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, relay);
        QFETCH(QString, reason);
        const auto outcome = m_decoder.decode(relay, kNow);
        QCOMPARE(int(outcome.kind), int(Kind::Rejected));
        QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));
    }

    void rejectsHelloWithTokens()
    {
        const auto withToken = relay(
            {{u"kind"_s, u"hello"_s},
             {u"init"_s,
              QJsonObject{{u"PLACEMENT"_s, u"PAGE_BACKGROUND_WORKER"_s}, {u"AUTH_ID"_s, u"secret"_s}}}});
        QCOMPARE(int(m_decoder.decode(withToken, kNow).kind), int(Kind::Rejected));
        const auto otherPlacement =
            relay({{u"kind"_s, u"hello"_s}, {u"init"_s, QJsonObject{{u"PLACEMENT"_s, u"CALL_CARD"_s}}}});
        QCOMPARE(int(m_decoder.decode(otherPlacement, kNow).kind), int(Kind::Rejected));
    }

    void rejectsBindsBeforeHelloOrWithUnknownEvents()
    {
        RelayDecoder fresh(kPortal);
        QCOMPARE(int(fresh.decode(bindAll(), kNow).kind), int(Kind::Rejected));
        QCOMPARE(int(fresh.decode(hello(), kNow).kind), int(Kind::FrameConfirmed));
        const auto bogus =
            relay({{u"kind"_s, u"bound"_s},
                   {u"callbacks"_s, QJsonObject{{u"abcdef12"_s, u"BackgroundCallCard::format"_s}}}});
        QCOMPARE(int(fresh.decode(bogus, kNow).kind), int(Kind::Rejected));
    }

    void reloadedFrameNeedsNewHello()
    {
        const QString reloaded = kPortal + u"|1|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        const auto event =
            eventRelay(QString(callbackFor(CallCardEventType::HangupButtonClick) + u":"_s), reloaded);
        QCOMPARE(int(m_decoder.decode(event, kNow).kind), int(Kind::Rejected));
        QCOMPARE(int(m_decoder.decode(hello(reloaded), kNow).kind), int(Kind::FrameConfirmed));
    }

    void handlerOriginFilter()
    {
        RelayDecoder decoder(kPortal, u"https://other.example.net"_s);
        const auto outcome = decoder.decode(hello(), kNow);
        QCOMPARE(int(outcome.kind), int(Kind::Rejected));
        QVERIFY(outcome.reason.contains(u"configured handler"));
    }
};

QTEST_GUILESS_MAIN(TestRelayDecoder)
#include "tst_relaydecoder.moc"
