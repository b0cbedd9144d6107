#pragma once

#include "demo/demoportaloptions.h"

#include <QFile>
#include <QFileInfo>
#include <QString>

namespace opc::bench {

// The page every benchmark loads: the demo portal with one telephony app whose worker runs the
// official @bitrix24/b24jssdk (bench/pages/bench-worker.html, the SDK from tests/e2e/node_modules).
inline QString defaultSdkDir()
{
    return QStringLiteral(OPC_SOURCE_DIR "/tests/e2e/node_modules/@bitrix24/b24jssdk/dist/umd");
}

inline QString defaultWorkerPage()
{
    return QStringLiteral(OPC_SOURCE_DIR "/bench/pages/bench-worker.html");
}

// False (and `error`) when the SDK or the page is missing.
inline bool sdkWorkerPortal(const QString &sdkDir, const QString &workerPage, DemoPortalOptions *options,
                            QString *error)
{
    QFile page(workerPage);
    if (!QFileInfo::exists(sdkDir + QStringLiteral("/index.min.js")) || !page.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("missing %1/index.min.js or %2 (npm ci in tests/e2e)").arg(sdkDir, workerPage);
        return false;
    }
    DemoWorkerApp app;
    app.html = page.readAll();
    options->apps = {app};
    options->handlerStaticDir = sdkDir;
    return true;
}

} // namespace opc::bench
