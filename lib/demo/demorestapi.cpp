#include "demorestapi.h"

#include "auth/phpquery.h"
#include "demoemployees.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? u"Y"_s : u"N"_s;
    return v.toString();
}

bool matchesOne(const QString &actual, const QString &op, const QJsonValue &wanted)
{
    const auto equal = [&](const QJsonValue &w) {
        return actual.compare(text(w), Qt::CaseInsensitive) == 0;
    };
    if (op == u"%")
        return actual.contains(text(wanted), Qt::CaseInsensitive);
    if (op == u"!")
        return !equal(wanted);
    if (wanted.isArray()) { // "@" or a plain key with a list: IN
        const QJsonArray list = wanted.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue &w) { return equal(w); });
    }
    return equal(wanted);
}

bool matchesFilter(const QJsonObject &record, const QJsonObject &filter)
{
    static const QRegularExpression keyPattern(u"^([!@%=]*)([A-Z_0-9]+)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        const auto m = keyPattern.match(it.key());
        if (!m.hasMatch())
            return false;
        QString op = m.captured(1);
        if (op == u"=" || op == u"@")
            op.clear();
        const QString field = m.captured(2).toUpper();
        if (field == u"NAME_SEARCH") {
            const QString all = text(record.value(u"NAME"_s)) + u' ' + text(record.value(u"LAST_NAME"_s));
            if (!all.contains(text(it.value()), Qt::CaseInsensitive))
                return false;
            continue;
        }
        if (field == u"ACTIVE" || field == u"USER_TYPE")
            continue; // every demo employee is an active employee
        if (!matchesOne(text(record.value(field)), op, it.value()))
            return false;
    }
    return true;
}

} // namespace

QJsonObject DemoRestApi::timeBlock()
{
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    const QString iso = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return {{u"start"_s, now},
            {u"finish"_s, now + 0.01},
            {u"duration"_s, 0.01},
            {u"processing"_s, 0.005},
            {u"date_start"_s, iso},
            {u"date_finish"_s, iso},
            {u"operating_reset_at"_s, qint64(now) + 600},
            {u"operating"_s, 0}};
}

const DemoEmployee *DemoRestApi::employee(int id) const
{
    for (const DemoEmployee &e : m_employees)
        if (e.id == id)
            return &e;
    return nullptr;
}

const DemoEmployee *DemoRestApi::person(int id) const
{
    if (const DemoEmployee *e = employee(id))
        return e;
    return m_operator && m_operator->id == id ? &*m_operator : nullptr;
}

DemoRestApi::Reply DemoRestApi::error(int status, const QString &code, const QString &description)
{
    return {status, {{u"error"_s, code}, {u"error_description"_s, description}}};
}

DemoRestApi::Reply DemoRestApi::call(const QString &method, const QJsonObject &params, int userId) const
{
    const QString m = method.toLower();
    if (m == u"user.get")
        return userGet(params);
    if (m == u"user.current")
        return userCurrent(params, userId);
    if (m == u"batch")
        return batch(params, userId);
    return error(404, u"ERROR_METHOD_NOT_FOUND"_s, u"Method not found!"_s);
}

DemoRestApi::Reply DemoRestApi::userGet(const QJsonObject &params) const
{
    static const QStringList reserved{u"SORT"_s,       u"ORDER"_s, u"START"_s,  u"IMAGE_RESIZE"_s,
                                      u"ADMIN_MODE"_s, u"AUTH"_s,  u"FILTER"_s, u"SELECT"_s};
    QJsonObject filter;
    QString resize;
    int start = 0;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString key = it.key().toUpper();
        if (key == u"FILTER")
            filter = it.value().toObject();
        else if (key == u"IMAGE_RESIZE")
            resize = text(it.value());
        else if (key == u"START")
            start = text(it.value()).toInt();
        else if (!reserved.contains(key)) // the older form: filter fields at the top level
            filter.insert(it.key(), it.value());
    }
    if (!resize.isEmpty() && resize != u"small" && resize != u"medium" && resize != u"large")
        return error(400, u"ERROR_CORE"_s, u"Invalid IMAGE_RESIZE value"_s);

    QJsonArray matches;
    for (const DemoEmployee &e : m_employees) {
        const QJsonObject record = DemoEmployees::restRecord(e, m_base, resize);
        if (matchesFilter(record, filter))
            matches.append(record);
    }
    QJsonArray page;
    for (int i = std::max(0, start); i < matches.size() && page.size() < m_pageSize; ++i)
        page.append(matches.at(i));
    QJsonObject body{{u"result"_s, page}, {u"total"_s, matches.size()}, {u"time"_s, timeBlock()}};
    if (start + m_pageSize < matches.size())
        body.insert(u"next"_s, start + m_pageSize);
    return {200, body};
}

DemoRestApi::Reply DemoRestApi::userCurrent(const QJsonObject &params, int userId) const
{
    const DemoEmployee *e = person(userId);
    if (!e)
        return error(400, u"ERROR_CORE"_s, u"User not found"_s);
    return {200,
            {{u"result"_s, DemoEmployees::restRecord(*e, m_base, text(params.value(u"IMAGE_RESIZE"_s)))},
             {u"time"_s, timeBlock()}}};
}

DemoRestApi::Reply DemoRestApi::batch(const QJsonObject &params, int userId) const
{
    QJsonObject commands;
    const QJsonValue cmd = params.value(u"cmd"_s);
    if (cmd.isArray()) {
        const QJsonArray list = cmd.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            commands.insert(QString::number(i), list.at(i));
    } else {
        commands = cmd.toObject();
    }
    if (commands.isEmpty())
        return error(400, u"ERROR_ARGUMENT"_s, u"cmd is empty"_s);
    if (commands.size() > 50)
        return error(400, u"ERROR_BATCH_LENGTH_EXCEEDED"_s, u"Max batch length exceeded"_s);
    const bool halt = text(params.value(u"halt"_s)) == u"1" || text(params.value(u"halt"_s)) == u"Y";

    QJsonObject results, errors, totals, nexts, times;
    for (auto it = commands.begin(); it != commands.end(); ++it) {
        const QString line = it.value().toString();
        const qsizetype q = line.indexOf(u'?');
        const QString method = line.left(q < 0 ? line.size() : q);
        Reply r = method.toLower() == u"batch"
            ? error(405, u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s, u"Method is not allowed for batch usage"_s)
            : call(method, PhpQuery::decode(q < 0 ? QString() : line.mid(q + 1)), userId);
        if (r.body.contains(u"error"_s)) {
            errors.insert(it.key(),
                          QJsonObject{{u"error"_s, r.body.value(u"error"_s)},
                                      {u"error_description"_s, r.body.value(u"error_description"_s)}});
            if (halt)
                break;
            continue;
        }
        results.insert(it.key(), r.body.value(u"result"_s));
        times.insert(it.key(), r.body.value(u"time"_s));
        if (r.body.contains(u"total"_s))
            totals.insert(it.key(), r.body.value(u"total"_s));
        if (r.body.contains(u"next"_s))
            nexts.insert(it.key(), r.body.value(u"next"_s));
    }
    // PHP's json_encode turns an empty array into [], not {}.
    const auto phpMap = [](const QJsonObject &o) {
        return o.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(o);
    };
    const QJsonObject inner{{u"result"_s, phpMap(results)},
                            {u"result_error"_s, phpMap(errors)},
                            {u"result_total"_s, phpMap(totals)},
                            {u"result_next"_s, phpMap(nexts)},
                            {u"result_time"_s, phpMap(times)}};
    return {200, {{u"result"_s, inner}, {u"time"_s, timeBlock()}}};
}

} // namespace opc
