#include "webasset.h"

#include "protocol/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace opc::webasset {

QByteArray mimeTypeFor(QStringView fileName)
{
    const auto endsWith = [fileName](QLatin1StringView suffix) {
        return fileName.endsWith(suffix, Qt::CaseInsensitive);
    };
    if (endsWith(QLatin1StringView(".html")) || endsWith(QLatin1StringView(".htm")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (endsWith(QLatin1StringView(".js")) || endsWith(QLatin1StringView(".mjs")))
        return QByteArrayLiteral("application/javascript");
    if (endsWith(QLatin1StringView(".css")))
        return QByteArrayLiteral("text/css");
    if (endsWith(QLatin1StringView(".json")) || endsWith(QLatin1StringView(".map")))
        return QByteArrayLiteral("application/json");
    if (endsWith(QLatin1StringView(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    if (endsWith(QLatin1StringView(".png")))
        return QByteArrayLiteral("image/png");
    return QByteArrayLiteral("application/octet-stream");
}

QHttpServerResponse reply(const QByteArray &mimeType, const QByteArray &body)
{
    QHttpServerResponse response(mimeType, body);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse html(const QByteArray &body)
{
    return reply(QByteArrayLiteral("text/html; charset=utf-8"), body);
}

QHttpServerResponse notFound()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not found"),
                               QHttpServerResponse::StatusCode::NotFound);
}

QByteArray resourceBytes(QStringView name)
{
    QFile file(u":/demo/" + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QHttpServerResponse fromResource(QStringView name)
{
    // Flat names only: the route captures one path segment, but stay strict anyway.
    if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.'))
        return notFound();
    QFile file(u":/demo/" + name);
    if (!file.open(QIODevice::ReadOnly))
        return notFound();
    return reply(mimeTypeFor(name), file.readAll());
}

QHttpServerResponse fromDirectory(const QString &root, const QString &urlPath)
{
    const QDir dir(root);
    const QString rootPath = dir.canonicalPath();
    if (rootPath.isEmpty())
        return notFound();
    const QString relative = urlPath.startsWith(u'/') ? urlPath.mid(1) : urlPath;
    const QFileInfo info(dir.filePath(relative));
    const QString path = info.canonicalFilePath();
    // canonicalFilePath() resolves ".." and symlinks, so a prefix check is enough.
    if (path.isEmpty() || !info.isFile() || !path.startsWith(rootPath + u'/')) {
        qCDebug(lcDemo) << "static file not served:" << urlPath;
        return notFound();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return notFound();
    return reply(mimeTypeFor(path), file.readAll());
}

} // namespace opc::webasset
