#pragma once

#include "protocol/callcardevent.h"
#include "store/eventrow.h"
#include "store/eventschema.h"
#include "store/sqlconnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtDebug>

namespace opc::test {

// A fixed clock for reproducible rows: the nth event is n seconds after this instant.
inline QDateTime baseTime()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
}

inline CallCardEvent makeEvent(CallCardEventType type, const QDateTime &time, const QByteArray &payload = {})
{
    CallCardEvent event;
    event.type = type;
    event.time = time;
    event.payloadJson = payload;
    event.callId = QStringLiteral("CALL.42");
    event.portalHost = QStringLiteral("example.bitrix24.ru");
    return event;
}

inline CallCardEvent makeTransfer(const QDateTime &time, const QString &phone, const TransferTarget &target,
                                  const QString &targetName = {}, const QByteArray &payload = {})
{
    CallCardEvent event = makeEvent(CallCardEventType::TransferButtonClick, time, payload);
    event.phoneNumber = phone;
    event.target = target;
    event.targetName = targetName;
    if (event.payloadJson.isEmpty()) {
        event.payloadJson = QByteArray("{\"phoneNumber\":\"") + phone.toUtf8() + "\",\"target\":\"" +
            target.value().toUtf8() + "\"}";
    }
    return event;
}

// Runs statements on `path` through a connection of its own, as another program would.
inline bool runSql(const QString &path, const QStringList &statements)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    if (!connection.open())
        return false;
    QSqlQuery query(connection.database());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning() << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

// The first column of the first row of `sql`, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Creates the event log at `path` exactly as a console of schema `version` left it: the migration
// steps up to that version (they never change once released), then `extra` statements.
inline bool createLogAtVersion(const QString &path, int version, const QStringList &extra = {})
{
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlError error;
        if (!connection.open() || !EventSchema::apply(connection.database(), 0, version, &error)) {
            qWarning() << "cannot create a version" << version << "log:" << error.text();
            return false;
        }
    }
    return runSql(path,
                  QStringList{QStringLiteral("PRAGMA user_version = ") + QString::number(version)} + extra);
}

// Inserts events as rows, in one transaction, as a console of the file's version wrote them.
inline bool insertEvents(const QString &path, const QList<CallCardEvent> &events)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    if (!connection.open())
        return false;
    QSqlDatabase db = connection.database();
    QSqlQuery insert(db);
    if (!db.transaction() || !insert.prepare(EventRow::insertStatement()))
        return false;
    for (const CallCardEvent &event : events) {
        EventRow::bindInsert(insert, event);
        if (!insert.exec()) {
            qWarning() << insert.lastError().text();
            return false;
        }
    }
    return db.commit();
}

} // namespace opc::test
