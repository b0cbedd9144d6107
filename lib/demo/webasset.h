#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>
#include <QStringView>

namespace opc::webasset {

// "text/html; charset=utf-8", "application/javascript", "text/css"… chosen by file extension.
QByteArray mimeTypeFor(QStringView fileName);

// A page or file body with its Content-Type and no caching (every portal render has fresh APP_SIDs).
QHttpServerResponse reply(const QByteArray &mimeType, const QByteArray &body);
QHttpServerResponse html(const QByteArray &body);
QHttpServerResponse notFound();

// A file compiled into the demo resources (":/demo/<name>"), or 404.
QHttpServerResponse fromResource(QStringView name);
QByteArray resourceBytes(QStringView name);

// A file below `root` addressed by a URL path; refuses anything that escapes the directory.
QHttpServerResponse fromDirectory(const QString &root, const QString &urlPath);

} // namespace opc::webasset
