#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace opc {

// The demo portal's employees: one table for the fake REST server (user.get) and, exported as
// JSON, for the demo portal page's transfer list. Ids 1..12.
struct DemoEmployee
{
    int id;
    QString name;
    QString lastName;
    QString secondName;
    QString position;
    QString innerPhone;
    QString mobilePhone;
    QString workPhone;
    int department;
};

namespace DemoEmployees {
const QList<DemoEmployee> &all();
const DemoEmployee *find(int id);
// Reads user.get-style records ({ID, NAME, LAST_NAME, WORK_POSITION, UF_PHONE_INNER, WORK_PHONE,
// PERSONAL_MOBILE, ...}), e.g. the demo portal page's own list, for FakeBitrixServer::setEmployees().
QList<DemoEmployee> fromRestRecords(const QJsonArray &records);
// A user.get record (bitrix24-protocol.md §5); PERSONAL_PHOTO under `photoBase`
// (<base>/upload/demo/<id>.png or <id>-<size>.png with IMAGE_RESIZE).
QJsonObject restRecord(const DemoEmployee &employee, const QUrl &portalBase, const QString &imageResize);
// [{id, name, lastName, position, innerPhone, mobilePhone, workPhone}, ...] for the demo page.
QJsonArray toJson();
} // namespace DemoEmployees

} // namespace opc
