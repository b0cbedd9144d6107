#include "demo/demoemployees.h"
#include "demo/demooauthservice.h"
#include "demo/webasset.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

// One demo company: what the demo page lists (portal-employees.js, run by a real JavaScript engine)
// is what the fake REST server's user.get answers (the same file, read by DemoEmployees).
class TestDemoEmployees : public QObject
{
    Q_OBJECT

    static QJsonArray pageEmployees()
    {
        QJSEngine engine;
        engine.evaluate(u"var window = { DemoPortalLib: {} };"_s);
        const QString script = QString::fromUtf8(webasset::resourceBytes(u"portal-employees.js"));
        const QJSValue run = engine.evaluate(script, u"portal-employees.js"_s);
        if (run.isError())
            qWarning() << run.toString();
        const QJSValue json = engine.evaluate(u"JSON.stringify(window.DemoPortalLib.directory.employees)"_s);
        return QJsonDocument::fromJson(json.toString().toUtf8()).array();
    }

private slots:
    void restRecordsMatchThePage()
    {
        const QJsonArray page = pageEmployees();
        const QList<DemoEmployee> rest = DemoOAuthService::portalEmployees();
        QCOMPARE(page.size(), 12);
        QCOMPARE(rest.size(), page.size());
        const QStringList fields{u"NAME"_s,           u"LAST_NAME"_s,  u"WORK_POSITION"_s,
                                 u"UF_PHONE_INNER"_s, u"WORK_PHONE"_s, u"PERSONAL_MOBILE"_s,
                                 u"PERSONAL_PHONE"_s};
        for (qsizetype i = 0; i < page.size(); ++i) {
            const QJsonObject shown = page.at(i).toObject();
            const QJsonObject record = DemoEmployees::restRecord(rest.at(i), QUrl(), QString());
            QCOMPARE(record.value(u"ID"_s).toString(), QString::number(shown.value(u"ID"_s).toInt()));
            for (const QString &field : fields)
                QCOMPARE(record.value(field).toString(), shown.value(field).toString());
            QCOMPARE(rest.at(i).department, shown.value(u"DEPARTMENT"_s).toInt());
        }
        // The operator in the page header is not a transfer target.
        for (const QJsonValue &v : page)
            QVERIFY(v.toObject().value(u"ID"_s).toInt() != DemoOAuthService::demoOperator().id);
    }

    void scriptSubsetParser()
    {
        const QString js =
            u"x = [ // comment\n"
            "  { ID: 7, NAME: 'O\\'Brien', /* note */ OK: true, N: null, \"Q\": \"a\\\"b\", },\n"
            "];"_s;
        const QByteArray json = DemoEmployees::jsArrayToJson(js, js.indexOf(u'['));
        QCOMPARE(QJsonDocument::fromJson(json).array(),
                 (QJsonArray{QJsonObject{{u"ID"_s, 7},
                                         {u"NAME"_s, u"O'Brien"_s},
                                         {u"OK"_s, true},
                                         {u"N"_s, QJsonValue::Null},
                                         {u"Q"_s, u"a\"b"_s}}}));
        // Anything computed is not data.
        const QString computed = u"[{ ID: 1 + 2 }]"_s;
        QVERIFY(DemoEmployees::jsArrayToJson(computed, 0).isEmpty());
        QVERIFY(DemoEmployees::fromPortalScript(u"const staff = [];"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoEmployees)
#include "tst_demoemployees.moc"
