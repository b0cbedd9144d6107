#include "webtestutil.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QSharedPointer>
#include <QTest>

namespace opc::test {

QVariant runJs(QWebEnginePage *page, const QString &script, quint32 world, int timeoutMs)
{
    auto result = QSharedPointer<QVariant>::create();
    auto done = QSharedPointer<bool>::create(false);
    page->runJavaScript(script, world, [result, done](const QVariant &value) {
        *result = value;
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return *done; }, timeoutMs))
        return QVariant(u"<timeout>"_qs);
    return *result;
}

void serveHtml(QHttpServer &server, const QString &path, const QByteArray &html)
{
    server.route(path, [html](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html);
    });
}

QString listenLoopback(QHttpServer &server, const QString &address)
{
    const quint16 port = server.listen(QHostAddress(address), 0);
    return port ? u"http://%1:%2"_qs.arg(address).arg(port) : QString();
}

} // namespace opc::test
