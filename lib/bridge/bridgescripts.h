#pragma once

#include "bridgeconfig.h"

#include <QList>
#include <QWebEngineScript>

namespace opc {

// Builds the two injected scripts of the bridge (lib/bridge/js), both in ApplicationWorld so that
// no page script can reach them: the worker-frame half on sub-frames, the top-frame half (with
// qwebchannel.js) in the main frame only.
class BridgeScripts
{
public:
    static constexpr const char *workerScriptName = "opc-bridge-worker";
    static constexpr const char *topScriptName = "opc-bridge-top";

    struct Secrets
    {
        QString token; // authenticates the worker script's relays to the top script
        QString marker; // prefix of the console's callback ids and of its messages to workers
        static Secrets generate();
    };

    static QList<QWebEngineScript> create(const BridgeConfig &config, const Secrets &secrets);

private:
    static QString withConfig(const QString &resource, const QString &configJson);
};

} // namespace opc
