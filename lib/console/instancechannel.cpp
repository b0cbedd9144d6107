#include "instancechannel.h"

#include "protocol/logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace opc {
namespace InstanceChannel {
namespace {

QByteArray userKey()
{
#ifdef Q_OS_UNIX
    return QByteArray::number(quint64(::geteuid()));
#else
    return (qEnvironmentVariable("USERDOMAIN") + u'\\' + qEnvironmentVariable("USERNAME")).toUtf8();
#endif
}

// Where the socket file of a Unix server name lives (Qt puts a bare name in the temp directory).
[[maybe_unused]] QString socketPath(const QString &name)
{
    return QDir::isAbsolutePath(name) ? name : QDir(QDir::tempPath()).filePath(name);
}

} // namespace

QString serverName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonical.toUtf8());
    hash.addData("\n");
    hash.addData(userKey());
    const QString name = u"opc-"_s + QString::fromLatin1(hash.result().toHex().left(24));
#ifdef Q_OS_UNIX
    // A socket path must fit sockaddr_un (108 bytes on Linux, 104 on macOS).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && runtime.size() < 60)
        return QDir(runtime).filePath(name + u".sock"_s);
#endif
    return name;
}

QByteArray frame(const QByteArray &json)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(json.size()), out.data());
    return out + json;
}

QByteArray encodeLaunch(const QStringList &arguments)
{
    const QJsonObject request{{u"v"_s, kVersion},
                              {u"type"_s, u"launch"_s},
                              {u"arguments"_s, QJsonArray::fromStringList(arguments)}};
    return frame(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

QByteArray encodeReply(bool accepted, const QString &error)
{
    QJsonObject reply{{u"v"_s, kVersion}, {u"accepted"_s, accepted}};
    if (!error.isEmpty())
        reply.insert(u"error"_s, error.left(kMaxArgumentChars));
    return frame(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> decodeLaunch(const QByteArray &json, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<QStringList> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(u"not a JSON object"_s);
    const QJsonObject request = document.object();
    if (request.value(u"v"_s).toInt(-1) != kVersion)
        return refuse(u"unsupported version %1"_s.arg(request.value(u"v"_s).toVariant().toString()));
    if (request.value(u"type"_s).toString() != u"launch"_s)
        return refuse(u"unknown request type"_s);
    const QJsonValue list = request.value(u"arguments"_s);
    if (!list.isArray() || list.toArray().size() > kMaxArguments)
        return refuse(u"arguments must be a list of at most %1 strings"_s.arg(kMaxArguments));
    QStringList arguments;
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isString() || value.toString().size() > kMaxArgumentChars ||
            value.toString().contains(QChar(0)))
            return refuse(u"arguments must be strings of at most %1 characters"_s.arg(kMaxArgumentChars));
        arguments << value.toString();
    }
    return arguments;
}

std::optional<QByteArray> takeFrame(QByteArray *buffer, bool *tooLarge)
{
    *tooLarge = false;
    if (buffer->size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer->constData());
    if (length > quint32(kMaxFrameBytes)) {
        *tooLarge = true;
        return std::nullopt;
    }
    if (buffer->size() < 4 + qsizetype(length))
        return std::nullopt;
    QByteArray json = buffer->mid(4, length);
    buffer->remove(0, 4 + length);
    return json;
}

} // namespace InstanceChannel

InstanceServer::InstanceServer(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(InstanceChannel::serverName(dataDir))
    , m_server(new QLocalServer(this))
{
    // Unix: the socket file is the user's alone (0700); Windows: the pipe's ACL grants the user only.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onNewConnection);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen()
{
    // Only the lock's holder gets here, so a socket of that name is a crashed console's leftover.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcApp) << "second launches can't reach this console:" << m_server->errorString();
        return false;
    }
    qCInfo(lcApp) << "listening for second launches";
    return true;
}

QString InstanceServer::errorString() const
{
    return m_server->errorString();
}

void InstanceServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never completes its request does not keep a socket open for ever.
        QTimer::singleShot(m_clientTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void InstanceServer::onReadyRead(QLocalSocket *socket)
{
    QByteArray buffer = socket->property("opcBuffer").toByteArray() + socket->readAll();
    bool tooLarge = false;
    const std::optional<QByteArray> json = InstanceChannel::takeFrame(&buffer, &tooLarge);
    if (tooLarge) {
        qCWarning(lcApp) << "second launch: request too large, dropped";
        socket->abort();
        return;
    }
    if (!json) {
        socket->setProperty("opcBuffer", buffer);
        return;
    }
    socket->setProperty("opcBuffer", QByteArray());
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);

    QString error;
    const std::optional<QStringList> arguments = InstanceChannel::decodeLaunch(*json, &error);
    CommandLineOptions options;
    if (arguments) {
        options = CommandLine::parse(QStringList{u"operator-console"_s} + *arguments);
        if (options.action == CommandLineOptions::Action::Error)
            error = options.error;
        else if (options.action != CommandLineOptions::Action::RunConsole)
            error = u"only a console start can be handed over"_s;
    }
    const bool accepted = error.isEmpty();
    socket->write(InstanceChannel::encodeReply(accepted, error));
    socket->flush();
    socket->disconnectFromServer();
    if (!accepted) {
        qCWarning(lcApp) << "second launch refused:" << error;
        return;
    }
    // Queued: whatever the window does with it (a question, a new portal) runs after the reply left.
    QMetaObject::invokeMethod(
        this, [this, options, arguments = *arguments] { emit launchRequested(options, arguments); },
        Qt::QueuedConnection);
}

InstanceClient::Outcome InstanceClient::handOver(const QString &dataDir, const QStringList &arguments,
                                                 int timeoutMs)
{
    const QString name = InstanceChannel::serverName(dataDir);
    const QDeadlineTimer deadline(timeoutMs);
#ifdef Q_OS_UNIX
    // Someone else's socket under our name would receive our arguments and could fake the reply.
    const QFileInfo socketFile(InstanceChannel::socketPath(name));
    if (socketFile.exists() && socketFile.ownerId() != ::geteuid())
        return {Status::Untrusted, tr("The socket %1 belongs to another user.").arg(socketFile.filePath())};
#endif
    QLocalSocket socket;
    // A console that has just taken the lock may not listen yet: retry until the deadline.
    for (;;) {
        socket.connectToServer(name);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        const bool absent = socket.error() == QLocalSocket::ServerNotFoundError ||
            socket.error() == QLocalSocket::ConnectionRefusedError;
        if (!absent || deadline.hasExpired())
            return {absent ? Status::NotListening : Status::NoAnswer, socket.errorString()};
        socket.abort();
        QThread::msleep(50); // a retry interval, not a synchronisation
    }
    socket.write(InstanceChannel::encodeLaunch(arguments));
    if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
        return {Status::NoAnswer, socket.errorString()};

    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))) &&
            socket.bytesAvailable() == 0)
            break;
        buffer += socket.readAll();
        bool tooLarge = false;
        const std::optional<QByteArray> json = InstanceChannel::takeFrame(&buffer, &tooLarge);
        if (tooLarge)
            break;
        if (!json)
            continue;
        const QJsonObject reply = QJsonDocument::fromJson(*json).object();
        if (reply.value(u"v"_s).toInt(-1) != InstanceChannel::kVersion)
            break;
        if (reply.value(u"accepted"_s).toBool())
            return {Status::Delivered, {}};
        return {Status::Refused, reply.value(u"error"_s).toString().left(InstanceChannel::kMaxArgumentChars)};
    }
    return {Status::NoAnswer, tr("The running console did not answer.")};
}

} // namespace opc
