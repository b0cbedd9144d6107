#include "bridge/bridgescripts.h"
#include "bridge/callcardbridge.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScriptCollection>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {
const BridgeConfig kConfig{WebOrigin::parse(u"https://acme.bitrix24.com"_s).origin, {}};
}

namespace {

QString resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QString placeholder = u"/*OPC_CONFIG*/ {}"_s;

// The configuration object a script was built with: what stands where the resource has its
// placeholder. Null when the script is not the resource with exactly one object substituted.
QJsonObject substitutedConfig(const QString &script, const QString &prefix, const QString &resourceText)
{
    const qsizetype at = resourceText.indexOf(placeholder);
    if (at < 0 || resourceText.indexOf(placeholder, at + 1) >= 0)
        return {};
    const QString before = prefix + resourceText.left(at);
    const QString after = resourceText.mid(at + placeholder.size());
    if (!script.startsWith(before) || !script.endsWith(after) || script.size() < before.size() + after.size())
        return {};
    const QString json = script.mid(before.size(), script.size() - before.size() - after.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

QWebEngineScript scriptNamed(const QList<QWebEngineScript> &scripts, const char *name)
{
    for (const QWebEngineScript &script : scripts) {
        if (script.name() == QLatin1StringView(name))
            return script;
    }
    return {};
}

} // namespace

// The two injected scripts as BridgeScripts builds them: where they run, in which world, and that
// each carries its own part of the configuration and nothing else.
class TestBridgeScripts : public QObject
{
    Q_OBJECT

    QString m_webChannelJs;
    QString m_workerJs;
    QString m_topJs;

private slots:
    void initTestCase()
    {
        m_webChannelJs = resource(u":/qtwebchannel/qwebchannel.js"_s);
        m_workerJs = resource(u":/opc/bridge/worker-frame.js"_s);
        m_topJs = resource(u":/opc/bridge/top-frame.js"_s);
        QVERIFY(m_webChannelJs.contains(u"QWebChannel"));
        QVERIFY(m_workerJs.contains(placeholder));
        QVERIFY(m_topJs.contains(placeholder));
    }

    void namesWorldsAndInjectionPoints()
    {
        const QList<QWebEngineScript> scripts = BridgeScripts::create(kConfig, {u"t0ken"_s, u"0123abcd"_s});
        QCOMPARE(scripts.size(), 2);
        const QWebEngineScript worker = scriptNamed(scripts, BridgeScripts::workerScriptName);
        const QWebEngineScript top = scriptNamed(scripts, BridgeScripts::topScriptName);
        QCOMPARE(worker.name(), u"opc-bridge-worker"_s);
        QCOMPARE(top.name(), u"opc-bridge-top"_s);

        // No page script can reach either of them.
        QCOMPARE(worker.worldId(), quint32(QWebEngineScript::ApplicationWorld));
        QCOMPARE(top.worldId(), quint32(QWebEngineScript::ApplicationWorld));
        // Both before any page script runs, so the page cannot prepare a trap first.
        QCOMPARE(worker.injectionPoint(), QWebEngineScript::DocumentCreation);
        QCOMPARE(top.injectionPoint(), QWebEngineScript::DocumentCreation);
        // The worker half goes into frames; the top half (and the channel) only into the main frame.
        QVERIFY(worker.runsOnSubFrames());
        QVERIFY(!top.runsOnSubFrames());
    }

    void eachScriptGetsOnlyItsPartOfTheConfig()
    {
        // A value JSON must escape: the config cannot break out of its object literal.
        BridgeConfig config = kConfig;
        config.preferredHandler = WebOrigin::parse(u"https://app.example.com"_s).origin;
        config.budget = {300, 50, 4096, 1024.5};
        const QList<QWebEngineScript> scripts =
            BridgeScripts::create(config, {u"t0\"};alert(1);//"_s, u"0123abcd"_s});
        const QWebEngineScript worker = scriptNamed(scripts, BridgeScripts::workerScriptName);
        const QWebEngineScript top = scriptNamed(scripts, BridgeScripts::topScriptName);

        // The worker half learns the portal's full origin, the token and the marker; not which app
        // the console prefers.
        const QJsonObject workerConfig = substitutedConfig(worker.sourceCode(), {}, m_workerJs);
        QCOMPARE(workerConfig,
                 QJsonObject({{u"token"_s, u"t0\"};alert(1);//"_s},
                              {u"marker"_s, u"0123abcd"_s},
                              {u"portalOrigin"_s, u"https://acme.bitrix24.com"_s}}));

        const QJsonObject topConfig = substitutedConfig(top.sourceCode(), m_webChannelJs + u'\n', m_topJs);
        QCOMPARE(topConfig,
                 QJsonObject({{u"token"_s, u"t0\"};alert(1);//"_s},
                              {u"marker"_s, u"0123abcd"_s},
                              {u"portalOrigin"_s, u"https://acme.bitrix24.com"_s},
                              {u"preferredHandler"_s, u"https://app.example.com"_s},
                              {u"eventBurst"_s, 300},
                              {u"eventsPerSecond"_s, 50},
                              {u"byteBurst"_s, 4096},
                              {u"bytesPerSecond"_s, 1024.5}}));
    }

    void webChannelOnlyInTheTopFrame()
    {
        const QList<QWebEngineScript> scripts = BridgeScripts::create(kConfig, {u"a"_s, u"b"_s});
        const QString worker = scriptNamed(scripts, BridgeScripts::workerScriptName).sourceCode();
        const QString top = scriptNamed(scripts, BridgeScripts::topScriptName).sourceCode();
        QVERIFY(top.startsWith(m_webChannelJs));
        QVERIFY(!worker.contains(m_webChannelJs));
        QVERIFY(!worker.contains(u"QWebChannel"));
    }

    // CallCardBridge builds them with a new random token and marker at every installation.
    void everyInstallationHasAFreshToken()
    {
        QWebEngineProfile profile; // off the record
        QWebEnginePage page(&profile);
        CallCardBridge bridge;
        QStringList tokens;
        QStringList grants;
        for (int round = 0; round < 3; ++round) {
            bridge.install(&page, kConfig);
            const QList<QWebEngineScript> installed = page.scripts().toList();
            QCOMPARE(installed.size(), 2); // the previous pair was replaced, not added to
            const QString workerText = scriptNamed(installed, BridgeScripts::workerScriptName).sourceCode();
            const QString topText = scriptNamed(installed, BridgeScripts::topScriptName).sourceCode();
            const QJsonObject worker = substitutedConfig(workerText, {}, m_workerJs);
            const QJsonObject top = substitutedConfig(topText, m_webChannelJs + u'\n', m_topJs);
            const QString token = worker.value(u"token"_s).toString();
            const QString grant = worker.value(u"marker"_s).toString();
            QCOMPARE(token.size(), 64); // 32 random bytes
            QCOMPARE(grant.size(), 16);
            QCOMPARE(top.value(u"token"_s).toString(), token);
            QCOMPARE(top.value(u"marker"_s).toString(), grant);
            QVERIFY(!tokens.contains(token));
            QVERIFY(!grants.contains(grant));
            tokens << token;
            grants << grant;
        }
    }
};

QTEST_MAIN(TestBridgeScripts)
#include "tst_bridgescripts.moc"
