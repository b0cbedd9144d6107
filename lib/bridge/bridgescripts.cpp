#include "bridgescripts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bridge resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString BridgeScripts::withConfig(const QString &resource, const QString &configJson)
{
    QString source = readResource(resource);
    source.replace(u"/*OPC_CONFIG*/ {}"_s, configJson);
    return source;
}

BridgeScripts::Secrets BridgeScripts::Secrets::generate()
{
    const auto randomHex = [](int bytes) {
        QByteArray data(bytes, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
        return QString::fromLatin1(data.toHex());
    };
    return {randomHex(32), randomHex(8)};
}

QList<QWebEngineScript> BridgeScripts::create(const BridgeConfig &config, const Secrets &secrets)
{
    const QJsonObject workerConfig{{u"token"_s, secrets.token},
                                   {u"marker"_s, secrets.marker},
                                   {u"portalOrigin"_s, config.portal.toString()}};
    const QJsonObject topConfig{{u"token"_s, secrets.token},
                                {u"marker"_s, secrets.marker},
                                {u"portalOrigin"_s, config.portal.toString()},
                                {u"preferredHandler"_s, config.preferredHandler.toString()},
                                {u"eventBurst"_s, config.budget.eventBurst},
                                {u"eventsPerSecond"_s, config.budget.eventsPerSecond},
                                {u"byteBurst"_s, config.budget.byteBurst},
                                {u"bytesPerSecond"_s, config.budget.bytesPerSecond}};
    const auto compact = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };

    QWebEngineScript worker;
    worker.setName(QLatin1StringView(workerScriptName));
    worker.setWorldId(QWebEngineScript::ApplicationWorld);
    worker.setInjectionPoint(QWebEngineScript::DocumentCreation);
    worker.setRunsOnSubFrames(true);
    worker.setSourceCode(withConfig(u":/opc/bridge/worker-frame.js"_s, compact(workerConfig)));

    QWebEngineScript top;
    top.setName(QLatin1StringView(topScriptName));
    top.setWorldId(QWebEngineScript::ApplicationWorld);
    top.setInjectionPoint(QWebEngineScript::DocumentCreation);
    top.setRunsOnSubFrames(false);
    top.setSourceCode(readResource(u":/qtwebchannel/qwebchannel.js"_s) + u"\n"_s +
                      withConfig(u":/opc/bridge/top-frame.js"_s, compact(topConfig)));
    return {worker, top};
}

} // namespace opc
