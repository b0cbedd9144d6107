#include "protocol/payloadvalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;
using T = CallCardEventType;

class TestPayloadValidator : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("payload");

        const char *initialized =
            R"({"CALL_ID":"externalCall.9f","PHONE_NUMBER":"+19001234567","LINE_NUMBER":"1",
            "LINE_NAME":"","CRM_ENTITY_TYPE":"CONTACT","CRM_ENTITY_ID":5,"CRM_ACTIVITY_ID":"","CRM_BINDINGS":[
            {"ENTITY_TYPE":"CONTACT","ENTITY_ID":5}],"CALL_DIRECTION":"incoming","CALL_STATE":"connected",
            "CALL_LIST_MODE":false})";
        QTest::newRow("initialized full") << int(T::Initialized) << true << QString::fromLatin1(initialized);
        QTest::newRow("initialized minimal, no phone")
            << int(T::Initialized) << true << u"{\"CALL_ID\":\"c1\",\"CRM_ENTITY_ID\":0}"_s;
        QTest::newRow("initialized CALL_CARD-style strings")
            << int(T::Initialized) << true
            << u"{\"CALL_ID\":\"c1\",\"CRM_ENTITY_ID\":\"12\",\"CRM_ACTIVITY_ID\":\"undefined\",\"CALL_LIST_MODE\":\"true\"}"_s;
        QTest::newRow("comment") << int(T::AddCommentButtonClick) << true << u"\"called back: ok\""_s;
        QTest::newRow("comment empty") << int(T::AddCommentButtonClick) << true << u"\"\""_s;
        QTest::newRow("mute") << int(T::MuteButtonClick) << true << u"true"_s;
        QTest::newRow("hold") << int(T::HoldButtonClick) << true << u"false"_s;
        QTest::newRow("transfer number")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+19001234567\",\"target\":12}"_s;
        QTest::newRow("transfer string id") << int(T::TransferButtonClick) << true
                                            << u"{\"phoneNumber\":\"+19001234567\",\"target\":\"12\"}"_s;
        QTest::newRow("transfer phone") << int(T::TransferButtonClick) << true
                                        << u"{\"phoneNumber\":\"+19001234567\",\"target\":\"+4930901820\"}"_s;
        QTest::newRow("transfer type queue")
            << int(T::TransferButtonClick) << true << u"{\"type\":\"queue\",\"target\":3}"_s;
        QTest::newRow("transfer type pstn")
            << int(T::TransferButtonClick) << true << u"{\"type\":\"pstn\",\"target\":\"+4930901820\"}"_s;
        QTest::newRow("transfer extra key") << int(T::TransferButtonClick) << true
                                            << u"{\"phoneNumber\":\"\",\"target\":\"7\",\"extra\":1}"_s;
        QTest::newRow("entityChanged")
            << int(T::EntityChanged) << true
            << u"{\"PHONE_NUMBER\":\"unknown\",\"CRM_ENTITY_TYPE\":\"\",\"CRM_ENTITY_ID\":0}"_s;
        QTest::newRow("quality") << int(T::QualityMeterClick) << true << u"\"4\""_s;
        QTest::newRow("dialpad digit") << int(T::DialpadButtonClick) << true << u"\"7\""_s;
        QTest::newRow("dialpad hash") << int(T::DialpadButtonClick) << true << u"\"#\""_s;
        for (T type : {T::CloseButtonClick, T::CancelTransferButtonClick, T::CompleteTransferButtonClick,
                       T::HangupButtonClick, T::NextButtonClick, T::SkipButtonClick, T::AnswerButtonClick,
                       T::MakeCallButtonClick, T::NotifyAdminButtonClick}) {
            QTest::newRow(qPrintable(callcard::shortName(type))) << int(type) << false << QString();
        }
    }
    void accepts()
    {
        QFETCH(int, type);
        QFETCH(bool, present);
        QFETCH(QString, payload);
        const auto result = PayloadValidator::check(T(type), present ? payload.toUtf8() : QByteArray());
        QCOMPARE(result.problem, QString());
    }

    void rejects_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("payload");
        QTest::newRow("initialized not object") << int(T::Initialized) << true << u"\"x\""_s;
        QTest::newRow("initialized no CALL_ID")
            << int(T::Initialized) << true << u"{\"PHONE_NUMBER\":\"1\"}"_s;
        QTest::newRow("initialized CALL_ID number") << int(T::Initialized) << true << u"{\"CALL_ID\":5}"_s;
        QTest::newRow("initialized phone number type")
            << int(T::Initialized) << true << u"{\"CALL_ID\":\"c\",\"PHONE_NUMBER\":123}"_s;
        QTest::newRow("initialized bindings not array")
            << int(T::Initialized) << true << u"{\"CALL_ID\":\"c\",\"CRM_BINDINGS\":\"x\"}"_s;
        QTest::newRow("initialized missing") << int(T::Initialized) << false << QString();
        QTest::newRow("comment number") << int(T::AddCommentButtonClick) << true << u"5"_s;
        QTest::newRow("mute string") << int(T::MuteButtonClick) << true << u"\"true\""_s;
        QTest::newRow("hold missing") << int(T::HoldButtonClick) << false << QString();
        QTest::newRow("transfer array") << int(T::TransferButtonClick) << true << u"[12]"_s;
        QTest::newRow("transfer no target")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\"}"_s;
        QTest::newRow("transfer target bool")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\",\"target\":true}"_s;
        QTest::newRow("transfer target object")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\",\"target\":{\"id\":1}}"_s;
        QTest::newRow("transfer phone number type")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":19001234567,\"target\":12}"_s;
        QTest::newRow("transfer bad type")
            << int(T::TransferButtonClick) << true << u"{\"type\":\"department\",\"target\":12}"_s;
        QTest::newRow("transfer neither") << int(T::TransferButtonClick) << true << u"{\"target\":12}"_s;
        QTest::newRow("transfer empty target")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\",\"target\":\"\"}"_s;
        QTest::newRow("transfer negative target")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\",\"target\":-3}"_s;
        QTest::newRow("entity not object") << int(T::EntityChanged) << true << u"7"_s;
        QTest::newRow("entity id type") << int(T::EntityChanged) << true << u"{\"CRM_ENTITY_ID\":[1]}"_s;
        QTest::newRow("quality 1e300") << int(T::QualityMeterClick) << true << u"1e300"_s;
        QTest::newRow("transfer target 1e300")
            << int(T::TransferButtonClick) << true << u"{\"phoneNumber\":\"+1\",\"target\":1e300}"_s;
        QTest::newRow("quality 9") << int(T::QualityMeterClick) << true << u"\"9\""_s;
        QTest::newRow("quality bool") << int(T::QualityMeterClick) << true << u"true"_s;
        QTest::newRow("dialpad two keys") << int(T::DialpadButtonClick) << true << u"\"12\""_s;
        QTest::newRow("dialpad number") << int(T::DialpadButtonClick) << true << u"1"_s;
        QTest::newRow("close with payload") << int(T::CloseButtonClick) << true << u"{\"x\":1}"_s;
        QTest::newRow("answer with string") << int(T::AnswerButtonClick) << true << u"\"yes\""_s;
        // What command replies and echoes look like on a no-data event's id (§10.6): not the event.
        for (const char *reply : {"[]", "{}", "\"\"", "null", "[{\"result\":\"error\"}]"}) {
            QTest::newRow(qPrintable(u"hangup "_s + QLatin1StringView(reply)))
                << int(T::HangupButtonClick) << true << QString::fromLatin1(reply);
        }
        QTest::newRow("payload not JSON") << int(T::TransferButtonClick) << true << u"{phoneNumber:1}"_s;
        QTest::newRow("entity empty object") << int(T::EntityChanged) << true << u"{}"_s;
        // getInitData / refreshAuth answers echoed to an event's id carry the app's tokens.
        QTest::newRow("initialized with AUTH_ID")
            << int(T::Initialized) << true << u"{\"CALL_ID\":\"c\",\"AUTH_ID\":\"a\"}"_s;
        QTest::newRow("transfer with nested refresh_token")
            << int(T::TransferButtonClick) << true
            << u"{\"phoneNumber\":\"+1\",\"target\":1,\"x\":[{\"y\":{\"Refresh_Token\":\"r\"}}]}"_s;
        QTest::newRow("entity with client_secret")
            << int(T::EntityChanged) << true << u"{\"CRM_ENTITY_ID\":1,\"client_secret\":\"s\"}"_s;
        QTest::newRow("initialized bindings with MEMBER_ID")
            << int(T::Initialized) << true
            << u"{\"CALL_ID\":\"c\",\"CRM_BINDINGS\":[{\"MEMBER_ID\":\"m\"}]}"_s;
    }
    void rejects()
    {
        QFETCH(int, type);
        QFETCH(bool, present);
        QFETCH(QString, payload);
        QVERIFY(!PayloadValidator::check(T(type), present ? payload.toUtf8() : QByteArray()).isValid());
    }

    void keepsOnlyDocumentedKeys()
    {
        const auto transfer = PayloadValidator::check(T::TransferButtonClick,
                                                      R"({"phoneNumber":"+1","target":"7","extra":{"a":1}})");
        QVERIFY(transfer.isValid());
        QCOMPARE(transfer.json, QByteArray(R"({"phoneNumber":"+1","target":"7"})"));

        const auto initialized = PayloadValidator::check(
            T::Initialized,
            R"({"CALL_ID":"c","URI":"/crm/","CRM_BINDINGS":[{"ENTITY_TYPE":"DEAL","ENTITY_ID":4,"X":1}]})");
        QVERIFY(initialized.isValid());
        const QJsonObject kept = initialized.payload.toObject();
        QCOMPARE(kept.keys(), (QStringList{u"CALL_ID"_s, u"CRM_BINDINGS"_s}));
        QCOMPARE(kept.value(u"CRM_BINDINGS"_s).toArray().at(0).toObject().keys(),
                 (QStringList{u"ENTITY_ID"_s, u"ENTITY_TYPE"_s}));

        const auto entity = PayloadValidator::check(
            T::EntityChanged,
            R"({"PHONE_NUMBER":"unknown","CRM_ENTITY_TYPE":"","CRM_ENTITY_ID":0,"OPTIONS":{}})");
        QVERIFY(entity.isValid());
        QCOMPARE(entity.payload.toObject().size(), 3);
    }

    void keepsTheWireTextWhenNothingIsDropped()
    {
        const QByteArray wire = R"({"target":12,"phoneNumber":"+19001234567"})";
        const auto result = PayloadValidator::check(T::TransferButtonClick, wire);
        QCOMPARE(result.json, wire);
        QCOMPARE(PayloadValidator::check(T::HangupButtonClick, {}).json, QByteArray());
        QCOMPARE(PayloadValidator::check(T::HangupButtonClick, {}).payload, QJsonValue(QJsonValue::Null));
    }

    void credentialKeys()
    {
        for (const char *key : {"AUTH_ID", "refresh_id", "access_token", "REFRESH_TOKEN", "client_secret",
                                "APPLICATION_TOKEN", "member_id", "auth"})
            QVERIFY2(PayloadValidator::isCredentialKey(QLatin1StringView(key)), key);
        for (const char *key : {"CALL_ID", "phoneNumber", "target", "PHONE_NUMBER", "CRM_ENTITY_ID"})
            QVERIFY2(!PayloadValidator::isCredentialKey(QLatin1StringView(key)), key);
    }

    void everyEventHasAName()
    {
        QCOMPARE(int(callcard::allEventTypes().size()), 17);
        for (T type : callcard::allEventTypes()) {
            QVERIFY(callcard::fullName(type).startsWith(u"BackgroundCallCard::"));
            QCOMPARE(callcard::fromFullName(callcard::fullName(type)), std::optional<T>(type));
        }
        QVERIFY(!callcard::fromFullName(u"BackgroundCallCard::launchMissiles"));
        QVERIFY(!callcard::fromFullName(u"CallCard::initialized"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadValidator)
#include "tst_payloadvalidator.moc"
