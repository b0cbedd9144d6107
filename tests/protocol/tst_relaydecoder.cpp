#include "protocol/relaydecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

const QString kSid = u"0123456789abcdef0123456789abcdef"_s;
const QString kDoc = u"fedcba9876543210fedcba9876543210"_s;

QJsonObject frame(const char *kind)
{
    return QJsonObject{{u"kind"_s, QLatin1StringView(kind)},
                       {u"sid"_s, kSid},
                       {u"doc"_s, kDoc},
                       {u"handler"_s, u"https://app.example.com"_s},
                       {u"index"_s, 1}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// The shapes the top-frame script relays; every field is checked before anything acts on it.
class TestRelayDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesAFrame()
    {
        const auto result = RelayDecoder::decode(bytes(frame("frame")));
        QVERIFY2(result.relay, qPrintable(result.error));
        QCOMPARE(result.relay->kind, Relay::Kind::Frame);
        QCOMPARE(result.relay->frame.appSid, kSid);
        QCOMPARE(result.relay->frame.document, kDoc);
        QCOMPARE(result.relay->frame.handler.toString(), u"https://app.example.com"_s);
        QCOMPARE(result.relay->frame.index, 1);
    }

    void decodesABind()
    {
        QJsonObject relay = frame("bound");
        relay.insert(u"callbacks"_s,
                     QJsonObject{{u"0123456789abcdef0123456789abcdef01234567"_s,
                                  u"BackgroundCallCard::transferButtonClick"_s}});
        const auto result = RelayDecoder::decode(bytes(relay));
        QVERIFY2(result.relay, qPrintable(result.error));
        QCOMPARE(result.relay->callbacks.size(), 1);
        QCOMPARE(result.relay->callbacks.begin().value(), CallCardEventType::TransferButtonClick);
    }

    void decodesAnEvent()
    {
        QJsonObject relay = frame("event");
        relay.insert(u"seq"_s, 3);
        relay.insert(u"data"_s, u"abc:{\"target\":1}"_s);
        const auto result = RelayDecoder::decode(bytes(relay));
        QVERIFY2(result.relay, qPrintable(result.error));
        QCOMPARE(result.relay->sequence, 3);
        QCOMPARE(result.relay->message, u"abc:{\"target\":1}"_s);
    }

    void decodesARefusalSummary()
    {
        const auto result = RelayDecoder::decode(
            R"({"kind":"refused","counts":{"echo-request-blocked":2,"synthetic-event":5}})");
        QVERIFY2(result.relay, qPrintable(result.error));
        QCOMPARE(result.relay->refusals.value(u"synthetic-event"_s), 5);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("relay");
        const auto with = [](const char *kind, const QString &key, const QJsonValue &value) {
            QJsonObject object = frame(kind);
            object.insert(key, value);
            return bytes(object);
        };
        QTest::newRow("not json") << QByteArray("{kind:");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("unknown kind") << with("frame", u"kind"_s, u"hello"_s);
        QTest::newRow("short sid") << with("frame", u"sid"_s, u"0123"_s);
        QTest::newRow("upper-case doc") << with("frame", u"doc"_s, kDoc.toUpper());
        QTest::newRow("handler with path") << with("frame", u"handler"_s, u"https://app.example.com/x"_s);
        QTest::newRow("handler not http") << with("frame", u"handler"_s, u"file://x"_s);
        QTest::newRow("no handler") << with("frame", u"handler"_s, QJsonValue());
        QTest::newRow("negative index") << with("frame", u"index"_s, -1);
        QTest::newRow("event without seq") << with("event", u"data"_s, u"a:1"_s);
        QTest::newRow("event data object") << with("event", u"data"_s, QJsonObject{{u"seq"_s, 1}});
        QTest::newRow("bind with colon id")
            << with("bound", u"callbacks"_s,
                    QJsonObject{{u"abc:def0123456789abcdef"_s, u"BackgroundCallCard::initialized"_s}});
        QTest::newRow("bind unknown event")
            << with("bound", u"callbacks"_s,
                    QJsonObject{{u"0123456789abcdef0123"_s, u"BackgroundCallCard::launch"_s}});
        QTest::newRow("bind empty") << with("bound", u"callbacks"_s, QJsonObject());
        QTest::newRow("refusal negative") << QByteArray(R"({"kind":"refused","counts":{"x":-1}})");
        QTest::newRow("refusal odd reason") << QByteArray(R"({"kind":"refused","counts":{"<b>":1}})");
        QTest::newRow("too big") << QByteArray(RelayDecoder::maxRelayBytes + 1, ' ');
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, relay);
        const auto result = RelayDecoder::decode(relay);
        QVERIFY(!result.relay);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelayDecoder)
#include "tst_relaydecoder.moc"
