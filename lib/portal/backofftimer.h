#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace opc {

// When to try loading the portal again after a failure: after 10 s, then 20, 40, 80, 160 and
// every 5 minutes, counted down in whole seconds for "Retrying in 10 s". A success resets the
// sequence. The clock is injectable; tick() is what the internal one-second timer calls.
class BackoffTimer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit BackoffTimer(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setDelays(const QList<int> &seconds) { m_delays = seconds; }
    QList<int> delays() const { return m_delays; }

    // Another failure: counts down the next, longer delay.
    void scheduleRetry();
    // The load worked: stops, and the next failure starts from the first delay again.
    void reset();
    // Stops the countdown and emits due() at once (the operator's "Retry now", the network came
    // back); the failure count stays.
    void fireNow();

    bool isActive() const { return m_deadline >= 0; }
    int failures() const { return m_failures; }
    int secondsLeft() const { return m_secondsLeft; }

public slots:
    void tick();

signals:
    void secondsLeftChanged(int seconds);
    void due();

private:
    void stop();

    Clock m_clock;
    QList<int> m_delays;
    QTimer m_ticker;
    int m_failures = 0;
    qint64 m_deadline = -1;
    int m_secondsLeft = 0;
};

} // namespace opc
