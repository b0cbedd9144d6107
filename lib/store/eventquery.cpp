#include "eventquery.h"

#include "eventrow.h"
#include "eventschema.h"
#include "protocol/clientnumber.h"

#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString ftsPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(u'"', u"\"\""_s);
    return u'"' + phrase + u'"';
}

// SQL conditions (joined with AND) for filter; appends the values to bind, in order. Files older than
// EventSchema::numberDigitsVersion (read, not migrated, by the exporter) are searched as they were.
QString whereClause(const EventFilter &filter, int schemaVersion, QVariantList &binds)
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
        if (text.size() >= 3) {
            // The trigram index answers substring searches of three characters or more. A number as
            // an operator types it is also looked up by its digits, however the row spells it.
            QString match = ftsPhrase(text);
            if (schemaVersion >= EventSchema::numberDigitsVersion) {
                match = u"{phone_number target target_name} : "_s + match;
                const QString digits = ClientNumber::searchDigits(text);
                if (!digits.isEmpty())
                    match += u" OR number_digits : "_s + ftsPhrase(digits);
            }
            alternatives.append(u"id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"_s);
            binds.append(QVariant(match));
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
    QVariantList binds;
    QString where = whereClause(filter, m_schemaVersion, binds);
    const bool newestFirst = order == Order::NewestFirst;
    // Row-value comparison on (time_ms, id) walks the events_time index, which ends in the rowid.
    const QString keyset = newestFirst ? u"(time_ms, id) < (?, ?)"_s : u"(time_ms, id) > (?, ?)"_s;
    binds.append(after.timeMs);
    binds.append(after.id);
    where = where.isEmpty() ? keyset : where + u" AND "_s + keyset;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sort = newestFirst ? u" ORDER BY time_ms DESC, id DESC"_s : u" ORDER BY time_ms, id"_s;
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
    query.prepare(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec()) {
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
    m_error = QSqlError();
    return rows;
}

} // namespace opc
