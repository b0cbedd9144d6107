#pragma once

#include "bridge/callcardbridge.h"
#include "bridge/portalwebpage.h"
#include "webtestutil.h"

#include <QFile>
#include <QHttpServer>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>

#include <memory>

// A test portal (tests/bridge/pages/portal.html, a faithful portal side of the protocol) served on
// 127.0.0.1, integrators' workers on 127.0.0.2 and 127.0.0.3, hostile pages on 127.0.0.4, all on
// loopback, plus a page with the bridge installed with secrets the test knows.
namespace opc::test {

inline QByteArray bridgePage(const char *name)
{
    QFile file(QStringLiteral(OPC_SOURCE_DIR "/tests/bridge/pages/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test page %s", name);
    return file.readAll();
}

class TestPortal
{
public:
    QHttpServer portal, vendorA, vendorB, evil;
    QString portalOrigin, vendorAOrigin, vendorBOrigin, evilOrigin;

    bool start()
    {
        portalOrigin = listenLoopback(portal, QStringLiteral("127.0.0.1"));
        vendorAOrigin = listenLoopback(vendorA, QStringLiteral("127.0.0.2"));
        vendorBOrigin = listenLoopback(vendorB, QStringLiteral("127.0.0.3"));
        evilOrigin = listenLoopback(evil, QStringLiteral("127.0.0.4"));
        for (QHttpServer *server : {&vendorA, &vendorB}) {
            serveHtml(*server, QStringLiteral("/worker"), bridgePage("worker.html"));
            serveHtml(*server, QStringLiteral("/evil"), bridgePage("evil.html"));
            serveHtml(*server, QStringLiteral("/away"), "<!doctype html><p>somewhere else</p>");
        }
        serveHtml(evil, QStringLiteral("/evil"), bridgePage("evil.html"));
        return !portalOrigin.isEmpty() && !vendorAOrigin.isEmpty() && !vendorBOrigin.isEmpty() &&
            !evilOrigin.isEmpty();
    }

    // Serves a portal page at `path` with worker frames for `handlers` (origins, in DOM order) and
    // `extra` frames given as a JSON array of {src, inContainer, name, id}.
    void addPage(const QString &path, const QStringList &handlers,
                 const QString &extra = QStringLiteral("[]"))
    {
        QStringList list;
        for (const QString &origin : handlers)
            list << QStringLiteral("{\"origin\":\"%1\",\"path\":\"/worker\"}").arg(origin);
        QByteArray html = bridgePage("portal.html");
        html.replace("%HANDLERS%", (u'[' + list.join(u',') + u']').toUtf8());
        html.replace("%EXTRA%", extra.toUtf8());
        serveHtml(portal, path, html);
    }
};

struct BridgedPage
{
    std::unique_ptr<PortalWebPage> page;
    std::unique_ptr<CallCardBridge> bridge;
    std::unique_ptr<QSignalSpy> events;
    std::unique_ptr<QSignalSpy> bound;
    BridgeScripts::Secrets secrets{
        QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"),
        QStringLiteral("0badc0de5eed1234")};

    BridgedPage(QWebEngineProfile *profile, const QUrl &url, const BridgeConfig &config)
        : page(std::make_unique<PortalWebPage>(profile))
        , bridge(std::make_unique<CallCardBridge>())
        , events(std::make_unique<QSignalSpy>(bridge.get(), &CallCardBridge::eventReceived))
        , bound(std::make_unique<QSignalSpy>(bridge.get(), &CallCardBridge::workerFrameBound))
    {
        page->setPortalUrl(url);
        bridge->install(page.get(), config, secrets);
        page->load(url);
    }

    ~BridgedPage()
    {
        if (!QTest::currentTestFailed())
            return;
        const auto reasons = bridge->health()->refusedByReason();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            qWarning() << "bridge refused" << it.value() << "x" << it.key();
    }

    QVariant js(const QString &script) { return runJs(page.get(), script); }
    int refused(const QString &reason) const { return bridge->health()->refusedByReason().value(reason); }
    QList<CallCardEvent> received() const
    {
        QList<CallCardEvent> list;
        for (const auto &call : std::as_const(*events))
            list << call.at(0).value<CallCardEvent>();
        return list;
    }
};

} // namespace opc::test
