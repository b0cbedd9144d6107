#include "cachedemployees.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString keyOf(const QString &portal, const QString &id)
{
    return portal + u'/' + id;
}

} // namespace

CachedEmployees CachedEmployees::read(const QSqlDatabase &db)
{
    CachedEmployees employees;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT portal, id, record FROM user_cache"_s))
        return employees; // no table yet: names come from the rows alone
    while (query.next()) {
        employees.insert(query.value(0).toString(), query.value(1).toLongLong(),
                         fromRecord(query.value(2).toByteArray()));
    }
    return employees;
}

CachedEmployees::Employee CachedEmployees::fromRecord(const QByteArray &json)
{
    // The same fields UserInfo reads (lib/auth, which this library does not link: the exporter must
    // run without the network or keychain libraries).
    const QJsonObject record = QJsonDocument::fromJson(json).object();
    Employee employee;
    employee.name = QString(record.value(u"NAME"_s).toString().trimmed() + u' ' +
                            record.value(u"LAST_NAME"_s).toString().trimmed())
                        .trimmed();
    const QJsonValue inner = record.value(u"UF_PHONE_INNER"_s);
    employee.extension = inner.isDouble() ? QString::number(inner.toInteger()) : inner.toString().trimmed();
    return employee;
}

void CachedEmployees::insert(const QString &portal, qint64 id, const Employee &employee)
{
    m_employees.insert(keyOf(portal, QString::number(id)), employee);
}

std::optional<CachedEmployees::Employee> CachedEmployees::find(const CallCardEvent &event) const
{
    if (!event.isTransfer() || event.target.kind() != TransferTarget::Kind::User || m_employees.isEmpty())
        return std::nullopt;
    const auto it = m_employees.constFind(keyOf(event.portalHost, event.target.value()));
    if (it == m_employees.cend())
        return std::nullopt;
    return *it;
}

} // namespace opc
