#include "bridgescripts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

QList<QWebEngineScript> BridgeScripts::create(const BridgeConfig &config, const QString &token,
                                              const QString &grant)
{
    const QJsonObject workerConfig{
        {u"token"_s, token}, {u"grant"_s, grant}, {u"portalHost"_s, config.portalHost}};
    const QJsonObject topConfig{
        {u"token"_s, token}, {u"grant"_s, grant}, {u"handlerOrigin"_s, config.handlerOrigin}};
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
