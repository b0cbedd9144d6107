#pragma once

#include "protocol/callcardevent.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace opc {

// The employee records the user directory keeps in the event log's user_cache table (schema 3),
// read once for a spreadsheet export: who a transfer's user target is and their extension.
class CachedEmployees
{
public:
    struct Employee
    {
        QString name; // "Ivan Petrov"; empty when the portal has no name for them
        QString extension; // UF_PHONE_INNER
    };

    // Every cached record; none from a log that has no user_cache table (schema 2).
    static CachedEmployees read(const QSqlDatabase &db);
    // Parses one record as user.get returns it (and UserDirectory stores it).
    static Employee fromRecord(const QByteArray &json);

    void insert(const QString &portal, qint64 id, const Employee &employee);
    // The record of a transfer's user target, on the portal the event came from.
    std::optional<Employee> find(const CallCardEvent &event) const;
    qsizetype size() const { return m_employees.size(); }

private:
    QHash<QString, Employee> m_employees; // "<portal>/<id>"
};

} // namespace opc
