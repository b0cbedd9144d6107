#pragma once

#include "demo/demoportaloptions.h"

#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace opc::test {

// Data rows for tests that run an integrator's worker page on the official SDK, once per major
// version pinned in tests/e2e/package-lock.json: 2.x (@bitrix24/b24jssdk) and 1.x (alias
// b24jssdk-1, what the REST docs' snippets load). Columns: sdkDir (its dist/umd, served at the
// handler root as /index.min.js) and workerPage (tests/e2e/pages/*.html written for that version).
inline void addSdkWorkerRows()
{
    QTest::addColumn<QString>("sdkDir");
    QTest::addColumn<QString>("workerPage");
    QTest::newRow("b24jssdk-2.2.0") << QStringLiteral(OPC_B24JSSDK_DIR)
                                    << QStringLiteral(OPC_SOURCE_DIR "/tests/e2e/pages/sdk-worker.html");
    QTest::newRow("b24jssdk-1.3.0") << QStringLiteral(OPC_B24JSSDK1_DIR)
                                    << QStringLiteral(OPC_SOURCE_DIR "/tests/e2e/pages/sdk1-worker.html");
}

// Demo portal options with one app whose worker is `workerPage` on the SDK in `sdkDir`; empty
// options (no apps) when a file is missing.
inline DemoPortalOptions sdkWorkerPortal(const QString &sdkDir, const QString &workerPage,
                                         bool installed = true)
{
    QFile page(workerPage);
    if (!QFileInfo::exists(sdkDir + QStringLiteral("/index.min.js")) || !page.open(QIODevice::ReadOnly))
        return {};
    DemoWorkerApp app;
    app.html = page.readAll();
    app.installed = installed;
    DemoPortalOptions options;
    options.apps = {app};
    options.handlerStaticDir = sdkDir;
    return options;
}

} // namespace opc::test
