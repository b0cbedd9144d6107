// Event log figures at scale: opening the side panel, filtering, exporting, memory. The log is
// filled by a child process and each measurement runs in a fresh process, so memory figures are
// not skewed by the fill and "growth over an empty log" compares like with like.
#include "store/callledger.h"
#include "store/callsmodel.h"
#include "store/eventlogmigration.h"
#include "store/eventlogmodel.h"
#include "store/eventrow.h"
#include "store/eventschema.h"
#include "store/eventstore.h"
#include "store/logexporter.h"
#include "store/sqlconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace opc;

namespace {

QTextStream out(stdout);

// VmHWM / VmRSS in MiB from /proc/self/status; -1 where there is none (Windows, macOS).
double procStatusMiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

const QString kSearchNumber = u"+79160424242"_s;

// The client number of the call that row i belongs to (six rows per call).
QString clientNumberOf(qint64 i)
{
    const qint64 transferRow = i - i % 6 + 1;
    // One number recurs a few times in the whole log: what a supervisor looks up.
    return (transferRow % 100'003 == 1)
        ? kSearchNumber
        : u"+7916"_s + QString::number(1'000'000 + (transferRow * 7919) % 9'000'000);
}

CallCardEvent syntheticEvent(qint64 i, const QDateTime &start)
{
    static const QStringList names{u"Иван Петров"_s, u"Мария Смирнова"_s, u"Sales queue"_s,
                                   u"Ольга, \"старший\""_s};
    CallCardEvent event;
    event.time = start.addMSecs(i * 2600);
    event.callId = u"externalCall."_s + QString::number(i / 6);
    event.portalHost = u"example.bitrix24.ru"_s;
    switch (i % 6) {
    case 0:
        event.type = CallCardEventType::Initialized;
        event.payloadJson = "{\"CALL_ID\":\"externalCall." + QByteArray::number(i / 6) +
            "\",\"PHONE_NUMBER\":\"" + clientNumberOf(i).toUtf8() + "\",\"CALL_DIRECTION\":\"incoming\"}";
        break;
    case 1:
    case 3: {
        event.type = CallCardEventType::TransferButtonClick;
        event.phoneNumber = clientNumberOf(i);
        const int user = int(i % 500) + 1;
        event.target = TransferTarget(TransferTarget::Kind::User, QString::number(user));
        if (user % 3 == 0)
            event.targetName = names.at(user % names.size());
        event.payloadJson = "{\"phoneNumber\":\"" + event.phoneNumber.toUtf8() +
            "\",\"target\":" + QByteArray::number(user) + "}";
        break;
    }
    case 2:
        event.type = CallCardEventType::HoldButtonClick;
        event.payloadJson = "{\"hold\":true}";
        break;
    case 4:
        event.type = CallCardEventType::AddCommentButtonClick;
        event.payloadJson = "{\"comment\":\"перезвонить, \\\"срочно\\\"\\nзавтра\"}";
        break;
    default:
        event.type = CallCardEventType::HangupButtonClick;
    }
    return event;
}

int fill(const QString &dir, qint64 rows)
{
    {
        EventStore store;
        if (!store.open(dir).isOpen())
            return 1;
    }
    SqlConnection connection(EventStore::databasePath(dir), SqlConnection::Mode::ReadWrite);
    if (!connection.open())
        return 1;
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    query.exec(u"PRAGMA synchronous=OFF"_s); // bench setup only; the store syncs every commit
    db.transaction();
    query.prepare(EventRow::insertStatement());
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-rows * 2600);
    for (qint64 i = 0; i < rows; ++i) {
        EventRow::bindInsert(query, syntheticEvent(i, start));
        if (!query.exec()) {
            QTextStream(stderr) << query.lastError().text() << Qt::endl;
            return 1;
        }
    }
    db.commit();
    // The rows went in behind the store's back: build their calls as the v4 -> v5 migration does.
    QElapsedTimer rebuild;
    rebuild.start();
    QSqlError error;
    db.transaction();
    if (!CallLedger::rebuild(db, &error) || CallLedger::closeOpenCalls(db, &error) < 0 || !db.commit()) {
        QTextStream(stderr) << error.text() << Qt::endl;
        return 1;
    }
    out << "calls_rebuild_ms " << qRound(double(rebuild.nsecsElapsed()) / 1e6) << Qt::endl;
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    query.exec(u"ANALYZE"_s);
    return 0;
}

// The first start after the update to schema 5: a v4 log of `rows` events (as a v4 console left it),
// migrated as the console's start does it (EventLogMigration), then opened by the store.
int migrate(qint64 rows)
{
    QTemporaryDir dir;
    const QString path = EventStore::databasePath(dir.path());
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlError error;
        if (!connection.open() || !EventSchema::apply(connection.database(), 0, 4, &error))
            return 1;
        QSqlDatabase db = connection.database();
        QSqlQuery query(db);
        query.exec(u"PRAGMA user_version = 4"_s);
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"PRAGMA synchronous=OFF"_s); // bench setup only
        db.transaction();
        query.prepare(EventRow::insertStatement());
        const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-rows * 2600);
        for (qint64 i = 0; i < rows; ++i) {
            EventRow::bindInsert(query, syntheticEvent(i, start));
            if (!query.exec())
                return 1;
        }
        db.commit();
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    out << "v4_file_mib " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    int reports = 0;
    qint64 firstReportMs = -1;
    qint64 longestGapMs = 0;
    qint64 lastReportMs = 0;
    const auto result = EventLogMigration::run(path, [&](double) {
        const qint64 now = timer.elapsed();
        if (reports++ == 1)
            firstReportMs = now; // the first after the 0 at the start
        longestGapMs = qMax(longestGapMs, now - lastReportMs);
        lastReportMs = now;
        return true;
    });
    const qint64 migrateMs = timer.elapsed();
    if (result.status != EventLogMigration::Status::Migrated)
        return 1;
    timer.restart();
    EventStore store;
    if (!store.open(dir.path()).isOpen())
        return 1;
    out << "migration_ms " << migrateMs << Qt::endl
        << "progress_reports " << reports << Qt::endl
        << "first_progress_ms " << firstReportMs << Qt::endl
        << "longest_progress_gap_ms " << longestGapMs << Qt::endl
        << "store_open_after_ms " << timer.elapsed() << Qt::endl;
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed() / 100'000) / 10.0; // 0.1 ms resolution
}

// Touches what a view shows on its first screen: 40 rows, every column.
void readFirstScreen(const EventLogModel &model)
{
    for (int row = 0; row < qMin(40, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column)).toString();
    }
}

// The calls view on the same log: open (model + first screen), expand one call, filter by outcome.
void measureCalls(EventStore &store)
{
    QElapsedTimer timer;
    timer.start();
    CallsModel calls(&store);
    for (int row = 0; row < qMin(40, calls.rowCount()); ++row) {
        for (int column = 0; column < calls.columnCount(); ++column)
            (void)calls.data(calls.index(row, column)).toString();
    }
    out << "calls_open_ms " << ms(timer) << Qt::endl;
    out << "calls_first_page_rows " << calls.rowCount() << Qt::endl;
    double slowest = 0;
    for (int row = 0; row < qMin(20, calls.rowCount()); ++row) {
        timer.restart();
        const QModelIndex call = calls.index(row, 0);
        calls.fetchMore(call);
        for (int child = 0; child < calls.rowCount(call); ++child)
            (void)calls.data(calls.index(child, 0, call)).toString();
        slowest = qMax(slowest, ms(timer));
    }
    out << "calls_expand_ms " << slowest << Qt::endl;
    CallFilter filter;
    filter.outcome = CallFilter::Outcome::Superseded;
    timer.restart();
    calls.setFilter(filter);
    out << "calls_filter_ms " << ms(timer) << Qt::endl;
    timer.restart();
    out << "calls " << CallQuery(store.database()).count({}) << Qt::endl;
}

// One text search on a filled log, first page and the next: for searches of other densities.
int measureSearch(const QString &dir, const QString &text)
{
    EventStore store;
    if (!store.open(dir).isOpen())
        return 1;
    EventLogModel model(&store);
    EventFilter filter;
    filter.text = text;
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    readFirstScreen(model);
    out << "search_ms " << ms(timer) << Qt::endl;
    out << "search_rows " << model.rowCount() << Qt::endl;
    timer.restart();
    model.fetchMore({});
    out << "search_next_ms " << ms(timer) << Qt::endl;
    out << "search_matches " << store.count(filter) << Qt::endl;
    return 0;
}

int measure(const QString &dir, const QString &exportDir)
{
    QElapsedTimer timer;
    timer.start();
    EventStore store;
    if (!store.open(dir).isOpen())
        return 1;
    EventLogModel model(&store);
    readFirstScreen(model);
    out << "open_ms " << ms(timer) << Qt::endl;
    out << "first_page_rows " << model.rowCount() << Qt::endl;

    timer.restart();
    for (int i = 0; i < 50; ++i)
        model.fetchMore({});
    out << "scroll_fetch_ms " << ms(timer) / 50 << Qt::endl;

    const auto timeFilter = [&](const char *name, const EventFilter &filter) {
        timer.restart();
        model.setFilter(filter);
        readFirstScreen(model);
        out << name << "_ms " << ms(timer) << Qt::endl;
        out << name << "_rows " << model.rowCount() << Qt::endl;
    };
    EventFilter filter;
    filter.text = kSearchNumber;
    timeFilter("filter_number", filter);
    filter.text = u"0424242"_s; // substring of the same number
    timeFilter("filter_substring", filter);
    filter.text = u"+7 (916) 042-42-42"_s; // the same number as an operator writes it
    timeFilter("filter_written", filter);
    filter = {};
    filter.transfersOnly = true;
    timeFilter("filter_transfers", filter);
    filter.since = QDateTime::currentDateTimeUtc().addDays(-3);
    filter.until = QDateTime::currentDateTimeUtc().addDays(-2);
    timeFilter("filter_range", filter);
    filter = {};
    filter.text = u"иван"_s; // a target name, any case
    timeFilter("filter_name", filter);
    timer.restart();
    model.fetchMore({}); // scrolling on: the next page of the same search
    out << "filter_name_next_ms " << ms(timer) << Qt::endl;

    measureCalls(store);

    timer.restart();
    const qint64 total = store.count();
    out << "count_ms " << ms(timer) << Qt::endl;
    out << "rows " << total << Qt::endl;

    // Appends as the recorder does them: one event, one durable commit (WAL, synchronous=FULL).
    QList<double> appendMs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 500; ++i) {
        CallCardEvent event = syntheticEvent(total + i, now);
        QElapsedTimer one;
        one.start();
        store.append(event);
        appendMs << one.nsecsElapsed() / 1e6;
    }
    std::sort(appendMs.begin(), appendMs.end());
    out << "append_p50_ms " << appendMs.at(249) << Qt::endl;
    out << "append_p99_ms " << appendMs.at(494) << Qt::endl;
    out << "append_max_ms " << appendMs.last() << Qt::endl;

    for (const auto &[name, format] :
         {std::pair{"csv", LogExporter::Format::Csv}, std::pair{"jsonl", LogExporter::Format::JsonLines},
          std::pair{"excel", LogExporter::Format::ExcelCsv}}) {
        if (exportDir.isEmpty())
            break;
        const QString path = exportDir + u"/export."_s + QLatin1StringView(name);
        QSaveFile file(path);
        file.open(QIODevice::WriteOnly);
        LogExporter exporter(EventStore::databasePath(dir));
        timer.restart();
        const auto result = exporter.run(file, format);
        file.commit();
        const double seconds = ms(timer) / 1000.0;
        out << "export_" << name << "_rows_per_s " << qint64(result.rows / qMax(seconds, 1e-9)) << Qt::endl;
        out << "export_" << name << "_mib " << qRound(QFileInfo(path).size() / 1048576.0) << Qt::endl;
        QFile::remove(path);
    }
    out << "vm_hwm_mib " << procStatusMiB("VmHWM:") << Qt::endl;
    out << "vm_rss_mib " << procStatusMiB("VmRSS:") << Qt::endl;
    return 0;
}

QHash<QString, QString> runChild(const QStringList &arguments, double *elapsedMs = nullptr)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    if (elapsedMs)
        *elapsedMs = ms(timer);
    QHash<QString, QString> figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const auto parts = QString::fromUtf8(line).split(u' ');
        if (parts.size() == 2)
            figures.insert(parts.at(0), parts.at(1));
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"mode"_s,
        u"fill DIR | measure DIR [--search TEXT] (a log filled once can be measured again) | "
        "migrate (v4 -> v5 start); default: run everything"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Events to store."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption resultsOption(u"results"_s, u"Also write the figures as Markdown to FILE."_s,
                                           u"FILE"_s);
    const QCommandLineOption exportOption(u"export-dir"_s, u"Where exports are written."_s, u"DIR"_s);
    const QCommandLineOption searchOption(u"search"_s, u"With measure: time only this text search."_s,
                                          u"TEXT"_s);
    parser.addOptions({rowsOption, resultsOption, exportOption, searchOption});
    parser.addHelpOption();
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"fill")
        return fill(positional.value(1), parser.value(rowsOption).toLongLong());
    if (positional.value(0) == u"measure" && parser.isSet(searchOption))
        return measureSearch(positional.value(1), parser.value(searchOption));
    if (positional.value(0) == u"measure")
        return measure(positional.value(1), parser.value(exportOption));
    if (positional.value(0) == u"migrate")
        return migrate(parser.value(rowsOption).toLongLong());

    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir empty;
    QTemporaryDir full;
    double fillMs = 0;
    out << "filling " << rows << " events…" << Qt::endl;
    const auto filled = runChild({u"fill"_s, full.path(), u"--rows"_s, QString::number(rows)}, &fillMs);
    const qint64 fileBytes = QFileInfo(EventStore::databasePath(full.path())).size();
    const auto base = runChild({u"measure"_s, empty.path(), u"--export-dir"_s, empty.path()});
    const auto big = runChild({u"measure"_s, full.path(), u"--export-dir"_s, full.path()});
    const double growth = big.value(u"vm_hwm_mib"_s).toDouble() - base.value(u"vm_hwm_mib"_s).toDouble();

    QString report;
    QTextStream md(&report);
    md << "# Event log benchmark\n\n"
       << "`bench_eventlog --rows " << rows << "` (Release build, " << QSysInfo::prettyProductName() << ", "
       << QThread::idealThreadCount() << " cores shared with other builds; SQLite "
       << "via Qt " << qVersion() << "). Each figure is from a fresh process on a warm OS cache.\n\n"
       << "| figure | value | target |\n|---|---|---|\n"
       << "| events stored | " << big.value(u"rows"_s) << " | 1,000,000 |\n"
       << "| fill (one transaction, prepared statement) | " << qRound(fillMs) << " ms; file "
       << QString::number(fileBytes / 1048576.0, 'f', 0) << " MiB | — |\n"
       << "| open side panel (open store + model + first screen) | " << big.value(u"open_ms"_s)
       << " ms | < 300 ms |\n"
       << "| filter by client number (" << big.value(u"filter_number_rows"_s) << " rows) | "
       << big.value(u"filter_number_ms"_s) << " ms | < 200 ms |\n"
       << "| filter by number substring (" << big.value(u"filter_substring_rows"_s) << " rows) | "
       << big.value(u"filter_substring_ms"_s) << " ms | — |\n"
       << "| filter by the number as written, \"+7 (916) 042-42-42\" (" << big.value(u"filter_written_rows"_s)
       << " rows) | " << big.value(u"filter_written_ms"_s) << " ms | — |\n"
       << "| filter by target name \"иван\" (first page) | " << big.value(u"filter_name_ms"_s)
       << " ms | < 50 ms |\n"
       << "| filter by target name \"иван\", next page (fetchMore) | " << big.value(u"filter_name_next_ms"_s)
       << " ms | — |\n"
       << "| filter transfers only (first page) | " << big.value(u"filter_transfers_ms"_s) << " ms | — |\n"
       << "| filter date range + transfers (first page) | " << big.value(u"filter_range_ms"_s)
       << " ms | — |\n"
       << "| scroll: one fetchMore page (200 rows) | " << big.value(u"scroll_fetch_ms"_s) << " ms | — |\n"
       << "| append one event incl. durable commit (500 appends): p50 / p99 / max | "
       << big.value(u"append_p50_ms"_s) << " / " << big.value(u"append_p99_ms"_s) << " / "
       << big.value(u"append_max_ms"_s) << " ms | p99 < 5 ms |\n"
       << "| calls view: open (model + first screen, " << big.value(u"calls"_s) << " calls) | "
       << big.value(u"calls_open_ms"_s) << " ms | < 300 ms |\n"
       << "| calls view: expand a call into its timeline (slowest of 20) | "
       << big.value(u"calls_expand_ms"_s) << " ms | < 20 ms |\n"
       << "| calls view: filter by outcome \"superseded\" (first page) | " << big.value(u"calls_filter_ms"_s)
       << " ms | — |\n"
       << "| build calls and outcomes from the events (v4 -> v5 migration) | "
       << filled.value(u"calls_rebuild_ms"_s) << " ms | once |\n"
       << "| count(*) of the whole log | " << big.value(u"count_ms"_s) << " ms | not used by the panel |\n"
       << "| export CSV | " << big.value(u"export_csv_rows_per_s"_s) << " rows/s ("
       << big.value(u"export_csv_mib"_s) << " MiB) | > 200,000 rows/s |\n"
       << "| export JSON Lines | " << big.value(u"export_jsonl_rows_per_s"_s) << " rows/s ("
       << big.value(u"export_jsonl_mib"_s) << " MiB) | > 200,000 rows/s |\n"
       << "| export Excel CSV (local times, labels) | " << big.value(u"export_excel_rows_per_s"_s)
       << " rows/s (" << big.value(u"export_excel_mib"_s) << " MiB) | — |\n"
       << "| peak memory (VmHWM), empty log | " << base.value(u"vm_hwm_mib"_s) << " MiB | — |\n"
       << "| peak memory (VmHWM), 1M log, all of the above | " << big.value(u"vm_hwm_mib"_s) << " MiB | — |\n"
       << "| memory growth over an empty log | " << QString::number(growth, 'f', 1) << " MiB | < 50 MB |\n\n"
       << "How: the panel model reads 200-row pages by keyset on (time, id) over the `events_time` index and "
          "never counts; \"contains\" searches on numbers, targets and names go through an FTS5 trigram "
          "index (3+ characters), text that reads as a phone number also by its digits (`number_digits`), "
          "and event names become an indexed `event IN (…)`. A search that matches tens of thousands of rows "
          "(a common name) sorts the keys of all matches before reading the page, hence the slower name "
          "figure. Each call is an opened card carrying the client's number and two transfers. Exports "
          "stream 5,000-row chunks from a read-only connection into a 256 KiB buffer. Not measured: a cold "
          "OS cache (dropping it would disturb the other builds on this machine).\n";
    md.flush();
    out << report << Qt::endl;
    if (parser.isSet(resultsOption)) {
        QSaveFile file(parser.value(resultsOption));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(report.toUtf8());
            file.commit();
        }
    }
    return 0;
}
