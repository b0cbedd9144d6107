#include "eventharness.h"

#include "auth/memorytokenstore.h"
#include "benchportal.h"
#include "bridge/bridgehealth.h"
#include "bridge/callcardbridge.h"
#include "bridge/portalwebpage.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <chrono>

using namespace Qt::StringLiterals;

namespace opc::bench {

namespace {

// The seq of a bench event ("bench-<seq>" in its payload), or -1.
qint64 seqOf(const QByteArray &payload)
{
    const int at = payload.indexOf("bench-");
    if (at < 0)
        return -1;
    int end = at + 6;
    while (end < payload.size() && payload.at(end) >= '0' && payload.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 seq = payload.mid(at + 6, end - at - 6).toLongLong(&ok);
    return ok ? seq : -1;
}

// Installed in every new portal document: fires addComment clicks on the open call card.
const QString kFiringHelper = uR"JS((() => {
  if (!window.demoPortal) return false;
  if (!window.__bench) {
    window.__bench = { fired: [], timer: 0, next: 0, end: 0,
      fire(n) {
        for (let k = 0; k < n && this.next < this.end; ++k) {
          const seq = this.next++;
          const at = performance.timeOrigin + performance.now();
          if (demoPortal.clickButton('addComment', 'bench-' + seq)) this.fired.push([seq, at]);
        }
      },
      run(from, count, perTick, tickMs) {
        clearInterval(this.timer);
        this.next = from; this.end = from + count;
        if (tickMs <= 0) { this.fire(count); return true; }
        this.timer = setInterval(() => {
          this.fire(perTick);
          if (this.next >= this.end) clearInterval(this.timer);
        }, tickMs);
        return true;
      },
      take() { const f = this.fired; this.fired = []; return JSON.stringify(f); },
      stop() { clearInterval(this.timer); this.end = this.next; },
      done() { return this.next >= this.end; },
    };
  }
  if (!demoPortal.state().card) demoPortal.simulateIncomingCall({ phoneNumber: '+19001234567' });
  return !!demoPortal.state().card;
})())JS"_s;

} // namespace

double wallMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

LagProbe::LagProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxLagMs = qMax(m_maxLagMs, (now - m_lastNs) / 1e6 - intervalMs);
        m_lastNs = now;
    });
}

void LagProbe::start()
{
    m_maxLagMs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

Harness::Harness() = default;

Harness::~Harness()
{
    m_window.reset();
    m_console.reset();
    m_server.reset();
}

bool Harness::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    DemoPortalOptions options;
    if (!sdkWorkerPortal(defaultSdkDir(), defaultWorkerPage(), &options, error))
        return false;
    m_server = std::make_unique<DemoPortalServer>(options);
    if (!m_server->start(error))
        return false;
    Console::Options consoleOptions;
    consoleOptions.dataDir = m_dir.path();
    consoleOptions.tokenStore = new MemoryTokenStore;
    m_console = std::make_unique<Console>(consoleOptions);
    if (!m_console->store()->isOpen()) {
        *error = u"the event log did not open"_s;
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_console.get());
    m_window->resize(1280, 800);
    m_window->show();
    connect(m_console->store(), &EventStore::eventAdded, this, [this](const CallCardEvent &event) {
        if (event.id > 0)
            onCommitted(event);
    });
    connect(m_console->store(), &EventStore::pendingStored, this,
            [this](qint64, const CallCardEvent &event) { onCommitted(event); });
    connect(m_console->eventModel(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    m_console->openPortal(m_server->portalUrl(), false);
    return true;
}

QWebEnginePage *Harness::page() const
{
    return m_window->page();
}

void Harness::onCommitted(const CallCardEvent &event)
{
    const qint64 seq = seqOf(event.payloadJson);
    if (seq >= 0 && !m_committedAt.contains(seq))
        m_committedAt.insert(seq, wallMs());
}

void Harness::onRowsInserted(int first, int last)
{
    const double now = wallMs();
    QAbstractItemModel *model = m_console->eventModel();
    for (int row = first; row <= last; ++row) {
        const qint64 seq = seqOf(model->index(row, 0).data(EventRole).value<CallCardEvent>().payloadJson);
        if (seq >= 0 && !m_shownAt.contains(seq))
            m_shownAt.insert(seq, now);
    }
}

bool Harness::waitFor(const std::function<bool()> &condition, int timeoutMs, int pollMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        // Between two looks at the condition (a look may be a script run in the page: not too often).
        const qint64 next = clock.elapsed() + pollMs;
        while (clock.elapsed() < next)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, int(next - clock.elapsed()));
    }
    return true;
}

QVariant Harness::js(const QString &script, int timeoutMs)
{
    QWebEnginePage *current = page();
    if (!current)
        return {};
    auto result = std::make_shared<QVariant>();
    auto done = std::make_shared<bool>(false);
    current->runJavaScript(script, QWebEngineScript::MainWorld, [result, done](const QVariant &value) {
        *result = value;
        *done = true;
    });
    waitFor([done] { return *done; }, timeoutMs, 1);
    return *result;
}

bool Harness::waitReady(int timeoutMs)
{
    return waitFor(
        [this] {
            const QVariant ready = js(u"window.demoPortal && demoPortal.boundCallbackCount() >= 34"_s, 2000);
            return ready.toBool() && js(kFiringHelper, 2000).toBool();
        },
        timeoutMs, 250);
}

void Harness::calibrateClock()
{
    double bestRtt = 1e9;
    for (int i = 0; i < 20; ++i) {
        const double before = wallMs();
        const double pageNow = js(u"performance.timeOrigin + performance.now()"_s).toDouble();
        const double after = wallMs();
        if (after - before < bestRtt) {
            bestRtt = after - before;
            m_clockOffsetMs = pageNow - (before + after) / 2;
        }
    }
}

void Harness::fire(qint64 from, int count, int perTick, int tickMs)
{
    js(u"__bench.run(%1, %2, %3, %4)"_s.arg(from).arg(count).arg(perTick).arg(tickMs));
}

bool Harness::firingDone()
{
    return js(u"!window.__bench || __bench.done()"_s, 2000).toBool();
}

QHash<qint64, double> Harness::takeFired()
{
    QHash<qint64, double> fired;
    // Stops firing and takes the list in one script, so nothing is fired after it unaccounted for.
    const QString script = u"window.__bench ? (__bench.stop(), __bench.take()) : '[]'"_s;
    const QJsonArray list = QJsonDocument::fromJson(js(script).toString().toUtf8()).array();
    for (const QJsonValue &entry : list)
        fired.insert(qint64(entry[0].toDouble()), entry[1].toDouble() - m_clockOffsetMs);
    return fired;
}

bool Harness::waitStored(const QHash<qint64, double> &fired, int timeoutMs)
{
    return waitFor(
        [&] {
            for (auto it = fired.cbegin(); it != fired.cend(); ++it) {
                if (!m_committedAt.contains(it.key()))
                    return false;
            }
            return true;
        },
        timeoutMs);
}

QHash<qint64, int> Harness::storedRows() const
{
    QHash<qint64, int> rows;
    const QString name = u"bench-check-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_dir.path()).filePath(u"events.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT payload FROM events WHERE payload LIKE '%bench-%'"_s);
            while (query.next())
                ++rows[seqOf(query.value(0).toString().toUtf8())];
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString Harness::refusals() const
{
    QStringList parts;
    const BridgeHealth *health = m_window->bridge() ? m_window->bridge()->health() : nullptr;
    const QMap<QString, int> reasons = health ? health->refusedByReason() : QMap<QString, int>();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        parts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

double treePssMiB(bool uss)
{
#ifdef Q_OS_LINUX
    // Children of this process (QtWebEngineProcess and its zygote's renderers), then their children.
    QList<qint64> tree{QCoreApplication::applicationPid()};
    for (int i = 0; i < tree.size(); ++i) {
        // Children are listed per thread: Chromium launches its helpers from another thread.
        const QString tasks = u"/proc/%1/task"_s.arg(tree.at(i));
        for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks + u'/' + task + u"/children"_s);
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &pid : children.readAll().split(' ')) {
                if (!pid.trimmed().isEmpty())
                    tree << pid.trimmed().toLongLong();
            }
        }
    }
    qint64 kib = 0;
    for (qint64 pid : std::as_const(tree)) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const bool counted = uss ? line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:")
                                     : line.startsWith("Pss:");
            if (counted)
                kib += line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return kib / 1024.0;
#else
    Q_UNUSED(uss);
    return -1;
#endif
}

} // namespace opc::bench
