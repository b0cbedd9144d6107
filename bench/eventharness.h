#pragma once

#include "console/console.h"
#include "demo/demoportalserver.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>

#include <functional>
#include <memory>

namespace opc::bench {

// Wall-clock milliseconds with sub-millisecond resolution: the page's performance.timeOrigin +
// performance.now() is on the same clock (corrected by Harness::calibrateClock()).
double wallMs();

// The longest time the GUI thread did not get back to its event loop: a 5 ms timer that notes how
// late each tick came.
class LagProbe : public QObject
{
public:
    explicit LagProbe(QObject *parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    double maxLagMs() const { return m_maxLagMs; }

private:
    static constexpr int intervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_maxLagMs = 0;
};

// The real console (Console + MainWindow, as the app builds them) on a throw-away data directory,
// showing the demo portal whose worker runs the official SDK. Events are fired in the page as
// addComment clicks on the call card carrying "bench-<seq>", so each one can be followed to the
// committed SQLite row and to the row in the panel model.
class Harness : public QObject
{
public:
    Harness();
    ~Harness() override;

    bool start(QString *error);
    QWebEnginePage *page() const;
    // Runs `script` in the page's main world and waits for its result (null on timeout).
    QVariant js(const QString &script, int timeoutMs = 10000);
    // Waits until the page is the portal with the integrator's and the console's binds (17 + 17),
    // installs the firing helper and opens a call card.
    bool waitReady(int timeoutMs = 60000);
    // Offset of the page's clock against wallMs(), from the tightest of a few round trips.
    void calibrateClock();

    // Fires `count` events starting at `from`: `perTick` each `tickMs` (tickMs 0: all at once).
    void fire(qint64 from, int count, int perTick, int tickMs);
    bool firingDone();
    // Stops firing; fire times (wall ms, clock-corrected) of events fired since the last call.
    QHash<qint64, double> takeFired();
    // Waits until every seq in `fired` has a committed row (or timeout); true when all arrived.
    bool waitStored(const QHash<qint64, double> &fired, int timeoutMs);
    // Spins the event loop until `condition` (checked every `pollMs`) or the timeout.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs, int pollMs = 5);

    const QHash<qint64, double> &committedAt() const { return m_committedAt; }
    const QHash<qint64, double> &shownAt() const { return m_shownAt; }
    // seq -> number of rows in events.sqlite carrying it (read through a separate connection).
    QHash<qint64, int> storedRows() const;
    QString dataDir() const { return m_dir.path(); }
    // What the bridge refused so far, by reason ("reason: n, ...").
    QString refusals() const;

private:
    void onCommitted(const CallCardEvent &event);
    void onRowsInserted(int first, int last);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoPortalServer> m_server;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<MainWindow> m_window;
    double m_clockOffsetMs = 0;
    QHash<qint64, double> m_committedAt;
    QHash<qint64, double> m_shownAt;
};

// Whole-process-tree PSS of this process and its children (QtWebEngineProcess), MiB; with `uss`
// only private memory (USS). -1 off Linux.
double treePssMiB(bool uss = false);

} // namespace opc::bench
