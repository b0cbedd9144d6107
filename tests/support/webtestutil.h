#pragma once

#include <QHttpServer>
#include <QPoint>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace opc::test {

// Runs `script` in `world` of the page's main frame and waits for its result.
QVariant runJs(QWebEnginePage *page, const QString &script, quint32 world = QWebEngineScript::MainWorld,
               int timeoutMs = 10000);

// Loads `url` and waits for loadFinished; false on a failed load or a timeout.
bool loadAndWait(QWebEnginePage *page, const QUrl &url, int timeoutMs = 20000);

// The centre of the first element matching `selector`, in page (widget) coordinates, for a real
// mouse click on the view; (-1, -1) when there is no such element.
QPoint elementCenter(QWebEnginePage *page, const QString &selector);

// Serves `html` at `path` (GET and POST) as text/html.
void serveHtml(QHttpServer &server, const QString &path, const QByteArray &html);

// Listens on `address` with an ephemeral port; returns "http://address:port".
QString listenLoopback(QHttpServer &server, const QString &address);

} // namespace opc::test
