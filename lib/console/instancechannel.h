#pragma once

#include "config/commandline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace opc {

// How a second launch hands its arguments to the console that already runs on the same data
// directory: a local socket (a Unix socket only its user can open, a named pipe with the user's ACL
// on Windows) named after the data directory and the user. One request, one reply, each a frame of
// a 4-byte big-endian length and a small JSON object, versioned and bounded:
//   request  {"v":1,"type":"launch","arguments":["--portal","https://…"]}
//   reply    {"v":1,"accepted":true}  or  {"v":1,"accepted":false,"error":"…"}
// The running console reparses the arguments with CommandLine, so a launch accepts exactly what the
// command line accepts; head-less commands (--export-log, …) are refused: they run in their own
// process and are never sent.
namespace InstanceChannel {
inline constexpr int kVersion = 1;
inline constexpr qsizetype kMaxFrameBytes = 64 * 1024;
inline constexpr qsizetype kMaxArguments = 64;
inline constexpr qsizetype kMaxArgumentChars = 4096;

// The socket's name for `dataDir` (canonical path) and the current user: two data directories, or
// two users, never meet. On Unix a path in $XDG_RUNTIME_DIR (per user, 0700) when there is one,
// else a name that Qt puts in the temporary directory.
QString serverName(const QString &dataDir);

// A frame: length prefix and JSON.
QByteArray frame(const QByteArray &json);
QByteArray encodeLaunch(const QStringList &arguments);
QByteArray encodeReply(bool accepted, const QString &error = {});
// The arguments of a request's JSON (without the length prefix); nullopt and `error` when it is
// not a launch request of this version within the bounds.
std::optional<QStringList> decodeLaunch(const QByteArray &json, QString *error);
// Pops one complete frame's JSON off `buffer`; nullopt while incomplete. `tooLarge` is set when
// the announced length exceeds kMaxFrameBytes (the connection should be dropped).
std::optional<QByteArray> takeFrame(QByteArray *buffer, bool *tooLarge);
} // namespace InstanceChannel

// The running console's end: listens and emits launchRequested for every valid launch.
class InstanceServer : public QObject
{
    Q_OBJECT

public:
    explicit InstanceServer(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceServer() override;

    // Call while holding the data directory's InstanceLock: a socket left by a console that crashed
    // is removed first.
    bool listen();
    QString serverName() const { return m_name; }
    QString errorString() const;
    // A client that sends no complete request within this time is dropped.
    void setClientTimeout(int ms) { m_clientTimeoutMs = ms; }

signals:
    // After the reply was sent. `arguments` are the launch's, without the program name.
    void launchRequested(const opc::CommandLineOptions &options, const QStringList &arguments);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
    int m_clientTimeoutMs = 5000;
};

// The second launch's end: blocking, for main() (no event loop needed).
class InstanceClient
{
    Q_DECLARE_TR_FUNCTIONS(opc::InstanceClient)

public:
    enum class Status {
        Delivered, // the running console took the arguments
        Refused, // it answered no (errorString says why)
        NotListening, // nobody listens on the name (no console, or one without the channel)
        NoAnswer, // connected, but no reply within the timeout
        Untrusted, // the socket belongs to another user
    };
    struct Outcome
    {
        Status status = Status::NotListening;
        QString error;
    };

    // Connects (retrying while nobody listens yet, within `timeoutMs`), sends, waits for the reply.
    static Outcome handOver(const QString &dataDir, const QStringList &arguments, int timeoutMs);
};

} // namespace opc
