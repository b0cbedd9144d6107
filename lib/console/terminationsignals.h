#pragma once

#include <QObject>

class QLocalSocket;

namespace opc {

// SIGTERM, SIGINT and SIGHUP (a session logging out, `kill`, Ctrl+C in a terminal) end the event
// loop like File → Quit instead of killing the process mid-way: the second-launch socket is removed,
// the event log and settings are closed cleanly. A signal handler may only write to a socket; Qt
// reads the other end and it becomes a Qt signal on the GUI thread. No-op where there are no POSIX signals.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_reader != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QLocalSocket *m_reader = nullptr;
};

} // namespace opc
