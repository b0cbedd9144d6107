#include "auth/phpquery.h"
#include "auth/tokenset.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using opc::TokenSet;

class TestTokenSet : public QObject
{
    Q_OBJECT

    static QJsonObject reply()
    {
        return {{u"access_token"_s, u"a1"_s},
                {u"refresh_token"_s, u"r1"_s},
                {u"expires_in"_s, 3600},
                {u"client_endpoint"_s, u"https://acme.bitrix24.com/rest/"_s},
                {u"server_endpoint"_s, u"https://oauth.bitrix.info/rest/"_s},
                {u"member_id"_s, u"m1"_s},
                {u"user_id"_s, 7},
                {u"scope"_s, u"user_brief"_s}};
    }

private slots:
    void parsesTheTokenReply()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const auto t = TokenSet::fromTokenResponse(reply(), now);
        QVERIFY(t);
        QCOMPARE(t->accessToken, u"a1"_s);
        QCOMPARE(t->expiresAt, now.addSecs(3600));
        QCOMPARE(t->userId, 7);
        QVERIFY(!t->isExpired(now));
        QVERIFY(t->isExpired(now.addSecs(3590)));
        // "expires" (unix time, sent on refresh) wins over expires_in
        QJsonObject r = reply();
        r.insert(u"expires"_s, u"1700000100"_s);
        QCOMPARE(TokenSet::fromTokenResponse(r, now)->expiresAt, now.addSecs(100));
    }
    void refusesIncompleteReplies()
    {
        for (const QString &key : {u"access_token"_s, u"refresh_token"_s, u"client_endpoint"_s}) {
            QJsonObject r = reply();
            r.remove(key);
            QVERIFY2(!TokenSet::fromTokenResponse(r, QDateTime::currentDateTimeUtc()), qPrintable(key));
        }
    }
    void jsonRoundTripFitsTheKeychain()
    {
        QJsonObject r = reply();
        r.insert(u"access_token"_s, QString(64, u'a')); // real tokens are ~70 chars
        r.insert(u"refresh_token"_s, QString(64, u'r'));
        const auto t = TokenSet::fromTokenResponse(r, QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
        const QByteArray json = t->toJson();
        QVERIFY(json.size() < 2048);
        QCOMPARE(TokenSet::fromJson(json), t);
        QVERIFY(!TokenSet::fromJson("not json"));
        QVERIFY(!TokenSet::fromJson("{}"));
    }
    void phpQueryRoundTrip()
    {
        QJsonArray ids;
        for (int i = 1; i <= 12; ++i)
            ids.append(i);
        const QJsonObject params{
            {u"FILTER"_s, QJsonObject{{u"ID"_s, ids}, {u"%PERSONAL_MOBILE"_s, u"+7 (903) 5&5"_s}}},
            {u"IMAGE_RESIZE"_s, u"small"_s}};
        const QString query = opc::PhpQuery::encode(params);
        QVERIFY(query.contains(u"FILTER[ID][11]=12"_s));
        QVERIFY(!query.contains(u' '));
        const QJsonObject back = opc::PhpQuery::decode(query);
        QCOMPARE(back.value(u"IMAGE_RESIZE"_s).toString(), u"small"_s);
        const QJsonObject filter = back.value(u"FILTER"_s).toObject();
        QCOMPARE(filter.value(u"%PERSONAL_MOBILE"_s).toString(), u"+7 (903) 5&5"_s);
        QCOMPARE(filter.value(u"ID"_s).toArray().size(), 12);
        QCOMPARE(filter.value(u"ID"_s).toArray().at(10).toString(), u"11"_s);
        QCOMPARE(opc::PhpQuery::decode(u"a[]=x&a[]=y"_s).value(u"a"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"
