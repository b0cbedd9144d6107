#include "eventquery.h"

#include "eventrow.h"
#include "eventschema.h"
#include "protocol/clientnumber.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// Rows a text search reads by time, in first windows, before it searches the whole log: walking a row
// costs a sixth of sorting a match, so a search matching under ~1 % of the rows is faster the other way.
constexpr qint64 maxScannedWindows = 4;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

bool usesTextIndex(const EventFilter &filter)
{
    return filter.text.trimmed().size() >= 3;
}

QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(u'"', u"\"\""_s);
    return u'"' + phrase + u'"';
}

// The rowids a text search's index lookup is confined to, when it only has to look at a window of the log.
struct IdRange
{
    qint64 first = 0;
    qint64 last = 0;
};

// SQL conditions (joined with AND) for filter; appends the values to bind, in order. Files older than
// EventSchema::numberDigitsVersion (read, not migrated, by the exporter) are searched as they were.
QString whereClause(const EventFilter &filter, int schemaVersion, QVariantList &binds,
                    const std::optional<IdRange> &ftsIds = std::nullopt)
{
    QStringList conditions;
    if (filter.since.isValid()) {
        conditions.append(u"time_ms >= ?"_s);
        binds.append(filter.since.toMSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        conditions.append(u"time_ms <= ?"_s);
        binds.append(filter.until.toMSecsSinceEpoch());
    }
    if (filter.transfersOnly) {
        conditions.append(u"event = ?"_s);
        binds.append(callcard::fullName(CallCardEventType::TransferButtonClick));
    }
    if (filter.outcome != TransferOutcome::None) {
        // Every transfer has its row in `transfers` from schema 5 on; an older file knows no outcomes.
        if (schemaVersion >= EventSchema::callsVersion) {
            conditions.append(u"id IN (SELECT event_id FROM transfers WHERE outcome = ?)"_s);
            binds.append(TransferOutcomes::name(filter.outcome));
        } else {
            conditions.append(u"0"_s);
        }
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QStringList alternatives;
        // 17 known names: matching them here turns a substring test into an indexed IN.
        const QStringList names = EventFilter::eventNamesContaining(text);
        if (!names.isEmpty()) {
            QStringList marks;
            for (const QString &name : names) {
                marks.append(u"?"_s);
                binds.append(name);
            }
            alternatives.append(u"event IN ("_s + marks.join(u',') + u')');
        }
        if (usesTextIndex(filter)) {
            // The trigram index answers substring searches of three characters or more. A number as
            // an operator types it is also looked up by its digits, however the row spells it.
            QString match = ftsPhrase(text);
            if (schemaVersion >= EventSchema::numberDigitsVersion) {
                match = u"{phone_number target target_name} : "_s + match;
                const QString digits = ClientNumber::searchDigits(text);
                if (!digits.isEmpty())
                    match += u" OR number_digits : "_s + ftsPhrase(digits);
            }
            QString lookup = u"SELECT rowid FROM events_fts WHERE events_fts MATCH ?"_s;
            binds.append(QVariant(match));
            if (ftsIds) {
                // FTS5 seeks to the range in its doclists instead of reading every match.
                lookup += u" AND rowid BETWEEN ? AND ?"_s;
                binds.append(ftsIds->first);
                binds.append(ftsIds->last);
            }
            alternatives.append(u"id IN ("_s + lookup + u')');
        } else {
            const QString pattern = likePattern(text);
            for (const char *column : {"phone_number", "target", "target_name"}) {
                alternatives.append(QLatin1StringView(column) + u" LIKE ? ESCAPE '\\'"_s);
                binds.append(pattern);
            }
        }
        conditions.append(u'(' + alternatives.join(u" OR "_s) + u')');
    }
    return conditions.join(u" AND "_s);
}

// Time bounds alone (they narrow the walk of the events_time index): the window is counted in them.
QString timeClause(const EventFilter &filter, QVariantList &binds)
{
    EventFilter times;
    times.since = filter.since;
    times.until = filter.until;
    return whereClause(times, 0, binds);
}

QString keysetAfter(EventQuery::Order order)
{
    // Row-value comparison on (time_ms, id) walks the events_time index, which ends in the rowid.
    return order == EventQuery::Order::NewestFirst ? u"(time_ms, id) < (?, ?)"_s
                                                   : u"(time_ms, id) > (?, ?)"_s;
}

QString keysetUpTo(EventQuery::Order order)
{
    return order == EventQuery::Order::NewestFirst ? u"(time_ms, id) >= (?, ?)"_s
                                                   : u"(time_ms, id) <= (?, ?)"_s;
}

QString sortOf(EventQuery::Order order)
{
    return order == EventQuery::Order::NewestFirst ? u" ORDER BY time_ms DESC, id DESC"_s
                                                   : u" ORDER BY time_ms, id"_s;
}

QString joined(const QString &where, const QString &condition)
{
    return where.isEmpty() ? condition : where + u" AND "_s + condition;
}

bool execute(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    return query.exec();
}

} // namespace

EventQuery::EventQuery(const QSqlDatabase &db, int schemaVersion)
    : m_db(db)
    , m_schemaVersion(schemaVersion)
{
}

qint64 EventQuery::count(const EventFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, m_schemaVersion, binds);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM events"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where));
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec() || !query.next()) {
        m_error = query.lastError();
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<CallCardEvent> EventQuery::page(const EventFilter &filter, const EventPageKey &after, int limit,
                                      Order order)
{
    QList<CallCardEvent> rows;
    rows.reserve(limit);
    visit(filter, after, limit, order, [&rows](const CallCardEvent &event) { rows.append(event); });
    return rows;
}

int EventQuery::visit(const EventFilter &filter, const EventPageKey &after, int limit, Order order,
                      const std::function<void(const CallCardEvent &)> &visitor)
{
    m_error = QSqlError();
    if (m_scanFactor <= 0 || limit <= 0 || !usesTextIndex(filter))
        return visitPage(filter, after, limit, order, nullptr, visitor);
    // A common name matches thousands of rows, all of which the index lookup hands over to be sorted:
    // look for the page among the next rows of the log first, window after window while the matches
    // found so far say the page is near, and search the whole log only for a rarer text.
    const qint64 firstWindow = qint64(limit) * m_scanFactor;
    qint64 windowRows = firstWindow;
    qint64 scanned = 0;
    EventPageKey key = after;
    int found = 0;
    for (;;) {
        const auto window = readWindow(filter, key, windowRows, order);
        if (!window)
            return -1;
        if (window->empty)
            return found;
        const int read = visitPage(filter, key, limit - found, order, &*window, visitor);
        if (read < 0)
            return -1;
        found += read;
        if (found == limit || !window->bounded)
            return found;
        key = window->last;
        scanned += windowRows;
        // The rows still to read at the density of this window, and a quarter more.
        windowRows =
            read == 0 ? std::numeric_limits<qint64>::max() : (limit - found) * windowRows / read * 5 / 4 + 1;
        if (windowRows > firstWindow * maxScannedWindows - scanned)
            break;
    }
    const int more = visitPage(filter, key, limit - found, order, nullptr, visitor);
    return more < 0 ? -1 : found + more;
}

std::optional<EventQuery::Window> EventQuery::readWindow(const EventFilter &filter, const EventPageKey &after,
                                                         qint64 rows, Order order)
{
    Window window;
    QVariantList binds;
    QString where = joined(timeClause(filter, binds), keysetAfter(order));
    binds << after.timeMs << after.id;
    QSqlQuery query(m_db);
    if (!execute(query,
                 u"SELECT time_ms, id FROM events WHERE "_s + where + sortOf(order) + u" LIMIT 1 OFFSET "_s +
                     QString::number(rows - 1),
                 binds)) {
        m_error = query.lastError();
        return std::nullopt;
    }
    if (query.next()) {
        window.bounded = true;
        window.last = {query.value(0).toLongLong(), query.value(1).toLongLong()};
        where = joined(where, keysetUpTo(order));
        binds << window.last.timeMs << window.last.id;
    }
    // Rows of one window are mostly written together, so their ids are close: the index lookup
    // reads only the matches among them.
    if (!execute(query, u"SELECT min(id), max(id) FROM events WHERE "_s + where, binds) || !query.next()) {
        m_error = query.lastError();
        return std::nullopt;
    }
    window.empty = query.isNull(0);
    window.firstId = query.value(0).toLongLong();
    window.lastId = query.value(1).toLongLong();
    return window;
}

int EventQuery::visitPage(const EventFilter &filter, const EventPageKey &after, int limit, Order order,
                          const Window *window, const std::function<void(const CallCardEvent &)> &visitor)
{
    QVariantList binds;
    std::optional<IdRange> ftsIds;
    if (window)
        ftsIds = IdRange{window->firstId, window->lastId};
    QString where = joined(whereClause(filter, m_schemaVersion, binds, ftsIds), keysetAfter(order));
    binds << after.timeMs << after.id;
    if (window && window->bounded) {
        where = joined(where, keysetUpTo(order));
        binds << window->last.timeMs << window->last.id;
    }
    const QString sort = sortOf(order);
    const QString page = u" FROM events WHERE "_s + where + sort + u" LIMIT "_s + QString::number(limit);
    const bool outcomes = m_schemaVersion >= EventSchema::callsVersion;
    QString sql =
        u"SELECT "_s + (outcomes ? EventRow::selectColumnsWithOutcome() : EventRow::selectColumns());
    if (filter.text.trimmed().isEmpty()) {
        sql += page;
    } else {
        // A text search can match tens of thousands of rows (a common name), which are all sorted to
        // find the page: sort their keys alone, then read the page's rows (half the time on 1M rows).
        sql += u" FROM events WHERE id IN (SELECT id"_s + page + u')' + sort;
    }
    QSqlQuery query(m_db);
    if (!execute(query, sql, binds)) {
        m_error = query.lastError();
        return -1;
    }
    int rows = 0;
    while (query.next()) {
        CallCardEvent event = EventRow::fromQuery(query);
        if (outcomes)
            EventRow::readOutcome(query, event);
        visitor(event);
        ++rows;
    }
    if (query.lastError().isValid()) {
        m_error = query.lastError();
        return -1;
    }
    return rows;
}

} // namespace opc
