// Events through the real console, fired in the demo portal page (bench/latency, bench/soak).
//   bench_events latency [--events N]   p50/p95/p99/max page fire -> committed SQLite row and ->
//                                        panel row, spread and in bursts; then a 1,000 events/s
//                                        flood for 10 s with the GUI thread's longest block
//   bench_events soak [--minutes M] [--rate R] [--segment S] [--kill-every K]
//                                        events for M minutes, a page reload after each S-second
//                                        segment and a renderer kill after every K-th; PSS per
//                                        segment; exit 1 on a lost or duplicated event
#include "consoleapplication.h"
#include "eventharness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QWebEnginePage>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace opc::bench;

namespace {

QTextStream out(stdout);

QString percentiles(QList<double> values)
{
    if (values.isEmpty())
        return u"(none)"_s;
    std::sort(values.begin(), values.end());
    const auto at = [&](double p) {
        return values.at(
            qBound<qsizetype>(0, qsizetype(std::ceil(p * values.size())) - 1, values.size() - 1));
    };
    return u"p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (n = %5)"_s.arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(values.last(), 0, 'f', 2)
        .arg(values.size());
}

// Delays from fire to `arrived` for every fired seq that arrived.
QList<double> delays(const QHash<qint64, double> &fired, const QHash<qint64, double> &arrived)
{
    QList<double> result;
    for (auto it = fired.cbegin(); it != fired.cend(); ++it) {
        if (arrived.contains(it.key()))
            result << arrived.value(it.key()) - it.value();
    }
    return result;
}

struct Tally
{
    qint64 fired = 0, stored = 0, lost = 0, duplicated = 0;
};

Tally tally(const QHash<qint64, double> &fired, const QHash<qint64, int> &rows)
{
    Tally t;
    t.fired = fired.size();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        t.stored += it.value();
        t.duplicated += qMax(0, it.value() - 1);
    }
    for (auto it = fired.cbegin(); it != fired.cend(); ++it) {
        if (!rows.contains(it.key()))
            ++t.lost;
    }
    return t;
}

void merge(QHash<qint64, double> *into, const QHash<qint64, double> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into->insert(it.key(), it.value());
}

int runLatency(Harness &h, int events)
{
    const int spread = events / 2, bursts = 5, burst = (events - spread) / bursts;
    LagProbe lag;
    lag.start();
    QHash<qint64, double> fired;
    // Spread: one event every 40 ms (25/s), under the bridge's per-frame budget of 40/s.
    h.fire(0, spread, 1, 40);
    Harness::waitFor([&] { return h.firingDone(); }, spread * 40 + 60000, 250);
    const QHash<qint64, double> spreadFired = h.takeFired();
    merge(&fired, spreadFired);
    // Bursts: `burst` events in one task, 5 s apart (the budget refills 200 in 5 s).
    for (int b = 0; b < bursts; ++b) {
        Harness::waitFor([] { return false; }, 5000);
        h.fire(spread + b * burst, burst, 0, 0);
        merge(&fired, h.takeFired());
    }
    const bool complete = h.waitStored(fired, 120000);
    const double lagSpreadBursts = lag.maxLagMs();
    Harness::waitFor([] { return false; }, 1000);
    const Tally t = tally(fired, h.storedRows());
    out << "events fired: " << fired.size() << " (" << spread << " spread at 25/s, " << bursts
        << " bursts of " << burst << ")" << Qt::endl;
    out << "fire -> committed SQLite row: " << percentiles(delays(fired, h.committedAt())) << Qt::endl;
    out << "fire -> row in the panel model: " << percentiles(delays(fired, h.shownAt())) << Qt::endl;
    out << "  of which spread: " << percentiles(delays(spreadFired, h.shownAt())) << Qt::endl;
    out << "refused by the bridge: " << h.refusals() << Qt::endl;
    out << "stored " << t.stored << ", lost " << t.lost << ", duplicated " << t.duplicated
        << "; longest GUI-thread block " << QString::number(lagSpreadBursts, 'f', 1) << " ms" << Qt::endl;

    // Flood: 1,000 events/s for 10 s, 10 every 10 ms.
    const qint64 floodFrom = 1'000'000;
    lag.start();
    h.fire(floodFrom, 10'000, 10, 10);
    Harness::waitFor([&] { return h.firingDone(); }, 60000, 250);
    const QHash<qint64, double> flood = h.takeFired();
    Harness::waitFor([] { return false; }, 5000); // whatever was accepted is stored by then
    const double floodLag = lag.maxLagMs();
    lag.stop();
    QHash<qint64, int> rows = h.storedRows();
    QHash<qint64, int> floodRows;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() >= floodFrom)
            floodRows.insert(it.key(), it.value());
    }
    const Tally f = tally(flood, floodRows);
    out << "flood 1000/s for 10 s: fired " << f.fired << ", stored " << f.stored << " (" << f.duplicated
        << " duplicated), not stored " << f.lost
        << "; the bridge refused (per-frame budget: burst 200, 40/s): " << h.refusals() << Qt::endl;
    out << "flood: fire -> panel row " << percentiles(delays(flood, h.shownAt())) << Qt::endl;
    out << "flood: longest GUI-thread block " << QString::number(floodLag, 'f', 1) << " ms" << Qt::endl;
    return complete && t.lost == 0 && t.duplicated == 0 && f.duplicated == 0 ? 0 : 1;
}

bool killRenderer(QWebEnginePage *page)
{
#ifdef Q_OS_UNIX
    const qint64 pid = page->renderProcessPid();
    return pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0;
#else
    Q_UNUSED(page);
    return false;
#endif
}

int runSoak(Harness &h, double minutes, double rate, int segmentSeconds, int killEvery)
{
    const int segments = qMax(1, int(std::lround(minutes * 60 / segmentSeconds)));
    // Page timers are not precise below ~10 ms: faster rates fire several events per tick.
    const int perTick = qMax(1, int(std::ceil(rate / 100.0)));
    const int tickMs = qMax(1, int(std::lround(1000.0 * perTick / rate)));
    const int perSegment =
        int((segmentSeconds - 8) * 1000 / tickMs) * perTick; // time left to settle and reload
    QHash<qint64, double> fired;
    QElapsedTimer clock;
    clock.start();
    const double pssStart = treePssMiB();
    double pssFirst = -1, pssLast = -1, ussFirst = -1, ussLast = -1;
    int kills = 0, reloads = 0;
    out << "soak: " << segments << " segments of " << segmentSeconds << " s, " << perSegment
        << " events each at " << QString::number(1000.0 * perTick / tickMs, 'f', 1) << "/s; PSS after load "
        << QString::number(pssStart, 'f', 1) << " MiB" << Qt::endl;
    for (int s = 1; s <= segments; ++s) {
        QElapsedTimer segment;
        segment.start();
        h.fire(qint64(s) * 1'000'000, perSegment, perTick, tickMs);
        Harness::waitFor([&] { return h.firingDone(); }, segmentSeconds * 1000 - 6000, 250);
        const QHash<qint64, double> now = h.takeFired();
        merge(&fired, now);
        h.waitStored(now, 60000);
        Harness::waitFor([&] { return segment.elapsed() >= segmentSeconds * 1000 - 3000; },
                         segmentSeconds * 1000);
        const double pss = treePssMiB();
        const double uss = treePssMiB(true);
        if (ussFirst < 0)
            ussFirst = uss;
        ussLast = uss;
        if (pssFirst < 0)
            pssFirst = pss;
        pssLast = pss;
        QString disruption = u"end"_s;
        if (s < segments) {
            if (s % killEvery == 0 && killRenderer(h.page())) {
                disruption = u"renderer killed"_s;
                ++kills;
                // The recovery loads the portal in a new page after 500 ms.
                Harness::waitFor([] { return false; }, 1500);
            } else {
                h.page()->triggerAction(QWebEnginePage::Reload);
                disruption = u"page reloaded"_s;
                ++reloads;
            }
            // The new document has no firing helper yet: only then is the old one gone.
            Harness::waitFor([&] { return h.js(u"window.__bench === undefined"_s, 2000).toBool(); }, 60000,
                             100);
            if (!h.waitReady(60000)) {
                out << "the portal did not come back after: " << disruption << Qt::endl;
                return 1;
            }
            h.calibrateClock();
        }
        out << QString::asprintf(
                   "  %6.1f s  fired %7lld  stored %7lld  PSS %7.1f MiB  USS %7.1f MiB  then %s",
                   clock.elapsed() / 1000.0, qint64(fired.size()), qint64(h.committedAt().size()), pss, uss,
                   qPrintable(disruption))
            << Qt::endl;
    }
    Harness::waitFor([] { return false; }, 2000);
    const Tally t = tally(fired, h.storedRows());
    out << "soak: " << clock.elapsed() / 1000 << " s, " << reloads << " reloads, " << kills
        << " renderer kills; fired " << t.fired << ", stored " << t.stored << ", lost " << t.lost
        << ", duplicated " << t.duplicated << Qt::endl;
    out << "soak: fire -> panel row " << percentiles(delays(fired, h.shownAt())) << Qt::endl;
    out << QString::asprintf(
               "soak: PSS after load %.1f MiB, after the first segment %.1f MiB, at the end %.1f "
               "MiB; growth %.1f MiB (from the first segment), %.1f MiB (from load)",
               pssStart, pssFirst, pssLast, pssLast - pssFirst, pssLast - pssStart)
        << Qt::endl;
    out << QString::asprintf("soak: USS (private memory, not lowered by other programs sharing libraries) "
                             "after the first segment %.1f MiB, at the end %.1f MiB; growth %.1f MiB",
                             ussFirst, ussLast, ussLast - ussFirst)
        << Qt::endl;
    return t.lost == 0 && t.duplicated == 0 && t.fired > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // As the app: Chromium refuses to run as root with its sandbox.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    opc::ConsoleApplication::chooseRendering(); // as the app
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"latency or soak"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"latency: events fired"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption minutesOption(u"minutes"_s, u"soak: duration"_s, u"m"_s, u"10"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"soak: events per second"_s, u"r"_s, u"193"_s);
    const QCommandLineOption segmentOption(u"segment"_s, u"soak: seconds between reloads"_s, u"s"_s, u"60"_s);
    const QCommandLineOption killOption(u"kill-every"_s, u"soak: kill the renderer every k-th segment"_s,
                                        u"k"_s, u"3"_s);
    parser.addOptions({eventsOption, minutesOption, rateOption, segmentOption, killOption});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode != u"latency" && mode != u"soak") {
        parser.showHelp(2);
    }

    Harness harness;
    QString error;
    QElapsedTimer startup;
    startup.start();
    if (!harness.start(&error) || !harness.waitReady()) {
        out << "bench_events: the console did not get ready: " << error << Qt::endl;
        return 1;
    }
    harness.calibrateClock();
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores; console ready (17 + 17 binds) after " << startup.elapsed() << " ms" << Qt::endl;
    if (mode == u"latency")
        return runLatency(harness, qMax(1000, parser.value(eventsOption).toInt()));
    return runSoak(harness, parser.value(minutesOption).toDouble(), parser.value(rateOption).toDouble(),
                   qMax(15, parser.value(segmentOption).toInt()), qMax(1, parser.value(killOption).toInt()));
}
