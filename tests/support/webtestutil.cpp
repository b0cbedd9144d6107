#include "webtestutil.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSharedPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
        return QVariant(u"<timeout>"_s);
    return *result;
}

bool loadAndWait(QWebEnginePage *page, const QUrl &url, int timeoutMs)
{
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    page->load(url);
    if (!finished.wait(timeoutMs))
        return false;
    return finished.constLast().at(0).toBool();
}

QPoint elementCenter(QWebEnginePage *page, const QString &selector)
{
    // The selector as a JSON string literal: quotes in it cannot break out of the script.
    const QString quoted =
        QString::fromUtf8(QJsonDocument(QJsonArray{selector}).toJson(QJsonDocument::Compact));
    const QVariantList xy =
        runJs(page,
              u"(([s]) => { const e = document.querySelector(s);"
              u" if (!e) return [-1, -1]; const r = e.getBoundingClientRect();"
              u" return [r.left + r.width / 2, r.top + r.height / 2]; })(%1)"_s.arg(quoted))
            .toList();
    if (xy.size() != 2)
        return {-1, -1};
    return {qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble())};
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
    return port ? u"http://%1:%2"_s.arg(address).arg(port) : QString();
}

} // namespace opc::test
