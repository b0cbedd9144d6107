#pragma once

#include "demoemployees.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace opc {

// The REST methods of the demo portal, on already-authenticated calls: user.get (FILTER with
// ID / UF_PHONE_INNER / phones / NAME_SEARCH, operators "", "=", "!", "@", "%"; IMAGE_RESIZE;
// start/next/total paging), user.current and batch (cmd map or list, at most 50, halt, no nesting).
// Replies follow bitrix24-protocol.md §5.
class DemoRestApi
{
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body; // a full envelope
    };

    void setPortalBase(const QUrl &base) { m_base = base; }
    void setPageSize(int size) { m_pageSize = size; }
    void setEmployees(const QList<DemoEmployee> &employees) { m_employees = employees; }
    // The signed-in user when he is not one of the employees (the demo's operator): user.current
    // and his photo know him, user.get does not list him.
    void setOperator(const DemoEmployee &user) { m_operator = user; }
    const DemoEmployee *employee(int id) const;
    // employee(id), else the operator.
    const DemoEmployee *person(int id) const;

    Reply call(const QString &method, const QJsonObject &params, int userId) const;

    static Reply error(int status, const QString &code, const QString &description);
    static QJsonObject timeBlock();

private:
    Reply userGet(const QJsonObject &params) const;
    Reply userCurrent(const QJsonObject &params, int userId) const;
    Reply batch(const QJsonObject &params, int userId) const;

    QUrl m_base;
    int m_pageSize = 50;
    QList<DemoEmployee> m_employees = DemoEmployees::all();
    std::optional<DemoEmployee> m_operator;
};

} // namespace opc
