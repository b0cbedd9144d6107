#include "protocol/transfertarget.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using opc::TransferTarget;
using Kind = opc::TransferTarget::Kind;

class TestTransferTarget : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QJsonValue>("target");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");

        QTest::newRow("number id") << QJsonValue(12) << QString() << int(Kind::User) << u"12"_s;
        QTest::newRow("string id") << QJsonValue(u"12"_s) << QString() << int(Kind::User) << u"12"_s;
        QTest::newRow("string id padded")
            << QJsonValue(u" 105 "_s) << QString() << int(Kind::User) << u"105"_s;
        QTest::newRow("e164 phone") << QJsonValue(u"+4930123456"_s) << QString() << int(Kind::Phone)
                                    << u"+4930123456"_s;
        QTest::newRow("formatted phone") << QJsonValue(u"+7 (916) 123-45-67"_s) << QString()
                                         << int(Kind::Phone) << u"+7 (916) 123-45-67"_s;
        QTest::newRow("national phone")
            << QJsonValue(u"89161234567"_s) << QString() << int(Kind::Phone) << u"89161234567"_s;
        QTest::newRow("leading zero")
            << QJsonValue(u"0301234"_s) << QString() << int(Kind::Phone) << u"0301234"_s;
        QTest::newRow("garbage") << QJsonValue(u"sales team"_s) << QString() << int(Kind::Unknown)
                                 << u"sales team"_s;
        QTest::newRow("type user") << QJsonValue(u"7"_s) << u"user"_s << int(Kind::User) << u"7"_s;
        QTest::newRow("type pstn") << QJsonValue(u"+15550001"_s) << u"pstn"_s << int(Kind::Phone)
                                   << u"+15550001"_s;
        QTest::newRow("type queue") << QJsonValue(3) << u"queue"_s << int(Kind::Queue) << u"3"_s;
    }
    void classify()
    {
        QFETCH(QJsonValue, target);
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(QString, value);
        const auto result = TransferTarget::classify(target, type);
        QVERIFY(result.isValid());
        QCOMPARE(int(result.kind()), kind);
        QCOMPARE(result.value(), value);
    }

    void invalidTargets_data()
    {
        QTest::addColumn<QJsonValue>("target");
        QTest::newRow("negative") << QJsonValue(-4);
        QTest::newRow("fraction") << QJsonValue(1.5);
        QTest::newRow("empty string") << QJsonValue(u"  "_s);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject{});
        QTest::newRow("null") << QJsonValue();
    }
    void invalidTargets()
    {
        QFETCH(QJsonValue, target);
        QVERIFY(!TransferTarget::classify(target).isValid());
    }

    void kindNamesRoundTrip()
    {
        for (Kind kind : {Kind::User, Kind::Phone, Kind::Queue, Kind::Unknown})
            QCOMPARE(TransferTarget::kindFromName(TransferTarget::kindName(kind)), kind);
        QCOMPARE(TransferTarget::kindName(Kind::Phone), u"phone"_s);
    }
};

QTEST_GUILESS_MAIN(TestTransferTarget)
#include "tst_transfertarget.moc"
