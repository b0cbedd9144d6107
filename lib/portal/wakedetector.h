#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace opc {

// Notices that the machine slept: between two checks a few seconds apart, the wall clock moved
// much further than the monotonic clock (which stops during suspend on Linux), or the check came
// far too late (where the monotonic clock runs on through sleep). A wall clock set forward by
// more than the threshold looks the same; the only consequence is an extra look at the page.
class WakeDetector : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds
    static constexpr int defaultIntervalMs = 5000;
    static constexpr int defaultThresholdMs = 30000;

    explicit WakeDetector(QObject *parent = nullptr);

    // Replaces the clocks (tests); the next check measures from now.
    void setClocks(Clock wall, Clock monotonic);
    void setThreshold(int ms) { m_thresholdMs = ms; }
    // Checking periodically is on by default; tests drive check() themselves.
    void setChecking(bool on);

public slots:
    void check();

signals:
    // Roughly how long the machine was away.
    void wokeUp(qint64 awayMs);

private:
    void rebase();

    Clock m_wall;
    Clock m_monotonic;
    QTimer m_timer;
    int m_thresholdMs = defaultThresholdMs;
    qint64 m_lastWall = 0;
    qint64 m_lastMonotonic = 0;
};

} // namespace opc
