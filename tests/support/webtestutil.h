#pragma once

#include <QHttpServer>
#include <QString>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace opc::test {

// Runs `script` in `world` of the page's main frame and waits for its result.
QVariant runJs(QWebEnginePage *page, const QString &script, quint32 world = QWebEngineScript::MainWorld,
               int timeoutMs = 10000);

// Serves `html` at `path` (GET and POST) as text/html.
void serveHtml(QHttpServer &server, const QString &path, const QByteArray &html);

// Listens on `address` with an ephemeral port; returns "http://address:port".
QString listenLoopback(QHttpServer &server, const QString &address);

} // namespace opc::test
