#include "terminationsignals.h"

#include "protocol/logging.h"

#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace opc {

#ifdef Q_OS_UNIX
namespace {

int g_pipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void writeSignalNumber(int number)
{
    const char byte = static_cast<char>(number);
    // Async-signal-safe: one write to the pipe, errno left as the interrupted code had it.
    const int savedErrno = errno;
    [[maybe_unused]] const auto written = ::send(g_pipe[0], &byte, 1, MSG_DONTWAIT);
    errno = savedErrno;
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0) {
        qCWarning(lcApp) << "termination signals are already watched";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0) {
        qCWarning(lcApp) << "can't watch termination signals: socketpair failed";
        return;
    }
    // Qt reads the other end (and no unchecked read() of our own in the binary).
    m_reader = new QLocalSocket(this);
    m_reader->setSocketDescriptor(g_pipe[1], QLocalSocket::ConnectedState, QIODevice::ReadOnly);
    connect(m_reader, &QLocalSocket::readyRead, this, &TerminationSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : kSignals)
        ::sigaction(number, &action, nullptr);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    if (!m_reader)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int number : kSignals)
        ::sigaction(number, &action, nullptr);
    m_reader->abort(); // closes g_pipe[1]
    delete m_reader;
    m_reader = nullptr;
    ::close(g_pipe[0]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

void TerminationSignals::readSignal()
{
#ifdef Q_OS_UNIX
    const QByteArray bytes = m_reader->readAll();
    for (const char byte : bytes) {
        qCInfo(lcApp) << "received signal" << int(byte) << "- quitting";
        emit received(int(byte));
    }
#endif
}

} // namespace opc
