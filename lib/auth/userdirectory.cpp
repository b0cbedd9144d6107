#include "userdirectory.h"

#include "protocol/logging.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc {

UserDirectory::UserDirectory(RestClient *rest, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0); // collects the ids asked for in one event-loop turn
    connect(&m_flushTimer, &QTimer::timeout, this, &UserDirectory::flush);
    if (!databasePath.isEmpty())
        openDatabase(databasePath);
}

UserDirectory::~UserDirectory()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

// ---- ids ----------------------------------------------------------------------------------

std::optional<UserInfo> UserDirectory::cached(qint64 id)
{
    if (const auto it = m_users.constFind(id); it != m_users.cend() && isFresh(it->fetchedAt))
        return it->user;
    if (const auto entry = loadFromDatabase(id); entry && isFresh(entry->fetchedAt)) {
        m_users.insert(id, *entry);
        return entry->user;
    }
    return std::nullopt;
}

void UserDirectory::resolve(qint64 id)
{
    if (id <= 0)
        return;
    if (const auto user = cached(id)) {
        QTimer::singleShot(0, this, [this, user = *user] { emit userResolved(user); });
        return;
    }
    if (m_notFound.contains(id)) {
        QTimer::singleShot(0, this, [this, id] { emit userNotFound(id); });
        return;
    }
    if (m_inFlight.contains(id))
        return;
    m_inFlight.insert(id);
    m_missing.append(id);
    m_flushTimer.start();
}

void UserDirectory::flush()
{
    const QList<qint64> ids = std::exchange(m_missing, {});
    if (ids.isEmpty())
        return;
    QList<QList<qint64>> pages;
    for (qsizetype i = 0; i < ids.size(); i += RestClient::maxBatchCommands)
        pages << ids.mid(i, RestClient::maxBatchCommands);

    const auto pageParams = [this](const QList<qint64> &page) {
        QJsonArray list;
        for (const qint64 id : page)
            list.append(id);
        return QJsonObject{{u"FILTER"_s, QJsonObject{{u"ID"_s, list}}}, {u"IMAGE_RESIZE"_s, m_photoSize}};
    };
    const auto failAll = [this](const QList<qint64> &asked, const RestError &error) {
        for (const qint64 id : asked) {
            m_inFlight.remove(id);
            emit lookupFailed(id, error);
        }
    };

    if (pages.size() == 1) {
        RestReply *reply = m_rest->call(u"user.get"_s, pageParams(ids));
        connect(reply, &RestReply::finished, this, [=, this] {
            if (!reply->isOk())
                return failAll(ids, reply->error());
            onUsers(ids, reply->result().toArray());
        });
        return;
    }
    // Many missing ids: one batch per 50 pages of 50 (2500 ids), each command one user.get page.
    for (qsizetype b = 0; b < pages.size(); b += RestClient::maxBatchCommands) {
        const QList<QList<qint64>> chunk = pages.mid(b, RestClient::maxBatchCommands);
        QList<RestClient::BatchCommand> commands;
        QList<qint64> asked;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            commands.append({u"p%1"_s.arg(i), u"user.get"_s, pageParams(chunk.at(i))});
            asked += chunk.at(i);
        }
        RestReply *reply = m_rest->batch(commands);
        connect(reply, &RestReply::finished, this, [=, this] {
            if (!reply->isOk())
                return failAll(asked, reply->error());
            QJsonArray records;
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                if (const auto error = reply->batchError(u"p%1"_s.arg(i)))
                    failAll(chunk.at(i), *error);
                for (const QJsonValue &v : reply->batchResult(u"p%1"_s.arg(i)).toArray())
                    records.append(v);
            }
            QList<qint64> answered;
            for (const qint64 id : asked)
                if (m_inFlight.contains(id))
                    answered << id;
            onUsers(answered, records);
        });
    }
}

void UserDirectory::onUsers(const QList<qint64> &asked, const QJsonArray &records)
{
    QSet<qint64> pending(asked.cbegin(), asked.cend());
    for (const QJsonValue &v : records) {
        const UserInfo user = UserInfo::fromRestRecord(v.toObject());
        if (!user.isValid() || !pending.remove(user.id))
            continue;
        m_inFlight.remove(user.id);
        remember(user, true);
        emit userResolved(user);
    }
    for (const qint64 id : std::as_const(pending)) {
        m_inFlight.remove(id);
        m_notFound.insert(id); // e.g. fired or a bot: do not ask again this run
        emit userNotFound(id);
    }
}

// ---- phones -------------------------------------------------------------------------------

std::optional<UserInfo> UserDirectory::findByPhone(const QString &phone) const
{
    for (const Entry &entry : m_users)
        if (isFresh(entry.fetchedAt) && entry.user.hasPhone(phone))
            return entry.user;
    return std::nullopt;
}

void UserDirectory::resolvePhone(const QString &phone)
{
    const QString digits = UserInfo::digitsOf(phone);
    if (digits.isEmpty()) {
        QTimer::singleShot(0, this, [this, phone] { emit phoneNotMatched(phone); });
        return;
    }
    std::optional<UserInfo> known = findByPhone(phone);
    if (!known && m_phoneIndex.contains(digits)) {
        const qint64 id = m_phoneIndex.value(digits);
        if (id == 0) {
            QTimer::singleShot(0, this, [this, phone] { emit phoneNotMatched(phone); });
            return;
        }
        known = cached(id);
    }
    if (known) {
        QTimer::singleShot(0, this, [this, phone, user = *known] { emit phoneResolved(phone, user); });
        return;
    }
    if (digits.size() > 6) {
        lookUpFullNumber(phone);
        return;
    }
    if (m_phonesInFlight.contains(digits))
        return;
    m_phonesInFlight.insert(digits);
    // Extensions are exact matches on UF_PHONE_INNER.
    RestReply *reply = m_rest->call(
        u"user.get"_s,
        {{u"FILTER"_s, QJsonObject{{u"UF_PHONE_INNER"_s, digits}}}, {u"IMAGE_RESIZE"_s, m_photoSize}});
    connect(reply, &RestReply::finished, this, [=, this] {
        m_phonesInFlight.remove(digits);
        if (!reply->isOk()) {
            emit phoneNotMatched(phone); // not remembered: a later call may succeed
            return;
        }
        onPhoneRecords(phone, reply->result().toArray());
    });
}

void UserDirectory::lookUpFullNumber(const QString &phone)
{
    // Portals store numbers as typed ("+7 903 555-01-40"), so no filter finds "89035550140".
    // Load the employee list once (a few pages of 50) and compare digits here.
    m_phonesWaitingForList.append(phone);
    if (m_loadingList)
        return;
    m_loadingList = true;
    RestReply *reply = m_rest->callAll(
        u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ACTIVE"_s, true}}}, {u"IMAGE_RESIZE"_s, m_photoSize}});
    connect(reply, &RestReply::finished, this, [this, reply] {
        m_loadingList = false;
        const QStringList phones = std::exchange(m_phonesWaitingForList, {});
        if (!reply->isOk()) {
            for (const QString &p : phones)
                emit phoneNotMatched(p);
            return;
        }
        const QJsonArray records = reply->result().toArray();
        for (const QJsonValue &v : records)
            if (const UserInfo user = UserInfo::fromRestRecord(v.toObject()); user.isValid())
                remember(user, true);
        for (const QString &p : phones)
            onPhoneRecords(p, records);
    });
}

void UserDirectory::onPhoneRecords(const QString &phone, const QJsonArray &records)
{
    const QString digits = UserInfo::digitsOf(phone);
    for (const QJsonValue &v : records) {
        const UserInfo user = UserInfo::fromRestRecord(v.toObject());
        if (!user.isValid() || !user.hasPhone(phone))
            continue;
        remember(user, true);
        m_phoneIndex.insert(digits, user.id);
        emit phoneResolved(phone, user);
        return;
    }
    m_phoneIndex.insert(digits, 0);
    emit phoneNotMatched(phone);
}

// ---- the operator -------------------------------------------------------------------------

void UserDirectory::resolveCurrentUser()
{
    RestReply *reply = m_rest->call(u"user.current"_s, {{u"IMAGE_RESIZE"_s, m_photoSize}});
    connect(reply, &RestReply::finished, this, [this, reply] {
        if (!reply->isOk())
            return;
        const UserInfo user = UserInfo::fromRestRecord(reply->result().toObject());
        if (!user.isValid())
            return;
        remember(user, true);
        emit currentUserResolved(user);
    });
}

// ---- caches -------------------------------------------------------------------------------

void UserDirectory::clearMemoryCache()
{
    m_users.clear();
    m_notFound.clear();
    m_phoneIndex.clear();
}

bool UserDirectory::isFresh(const QDateTime &fetchedAt) const
{
    return fetchedAt.isValid() && fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < m_lifetimeSecs;
}

void UserDirectory::remember(const UserInfo &user, bool persist)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_users.insert(user.id, {user, now});
    m_notFound.remove(user.id);
    if (persist)
        saveToDatabase(user, now);
}

void UserDirectory::openDatabase(const QString &path)
{
    m_connection = u"opc_user_cache_%1"_s.arg(quintptr(this), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    // The event store shares the file and this runs on the GUI thread: a cache write that would wait
    // longer for the lock is dropped (the memory cache still has the record).
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=150"_s);
    if (!db.open())
        qCWarning(lcRest) << "User cache unavailable:" << db.lastError().text();
    // The user_cache table belongs to the event log's schema (EventSchema), created when the event
    // store opens the file; until then lookups fall back to the memory cache.
}

std::optional<UserDirectory::Entry> UserDirectory::loadFromDatabase(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_connection.isEmpty() || !db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(u"SELECT record, fetched_at FROM user_cache WHERE portal = ? AND id = ?"_s);
    q.addBindValue(m_portalKey);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return Entry{UserInfo::fromRestRecord(record),
                 QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)};
}

void UserDirectory::saveToDatabase(const UserInfo &user, const QDateTime &fetchedAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_connection.isEmpty() || !db.isOpen())
        return;
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO user_cache (portal, id, record, fetched_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(m_portalKey);
    q.addBindValue(user.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(user.toRestRecord()).toJson(QJsonDocument::Compact)));
    q.addBindValue(fetchedAt.toSecsSinceEpoch());
    if (!q.exec())
        qCWarning(lcRest) << "User cache write:" << q.lastError().text();
}

} // namespace opc
