#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace opc {

// An employee of the demo portal, as user.get reports it (bitrix24-protocol.md §5).
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
    QString personalPhone;
};

// all(): the auth tests' fixture company (ids 1..12), DemoBitrixServer's default. The offline demo
// portal uses the page's own list instead (fromPortalScript() on lib/demo/web/portal-employees.js,
// see DemoOAuthService), so the page and user.get show one company.
namespace DemoEmployees {
const QList<DemoEmployee> &all();
const DemoEmployee *find(int id);
// Reads user.get-style records ({ID, NAME, LAST_NAME, WORK_POSITION, UF_PHONE_INNER, WORK_PHONE,
// PERSONAL_MOBILE, ...}), e.g. the demo portal page's own list, for DemoBitrixServer::setEmployees().
QList<DemoEmployee> fromRestRecords(const QJsonArray &records);
// The `employees` array of the demo page's script (`const employees = [ {ID: 12, NAME: '…', …} ]`),
// a JavaScript literal with bare keys, '…' strings and trailing commas; empty when not found or
// not in that subset.
QList<DemoEmployee> fromPortalScript(const QString &script);
// The same conversion for any array literal starting at `js[bracket]` == '[': JSON text, or
// empty on anything outside the subset (expressions, template strings, \u escapes).
QByteArray jsArrayToJson(QStringView js, qsizetype bracket);
// A user.get record (bitrix24-protocol.md §5); PERSONAL_PHOTO under `photoBase`
// (<base>/upload/demo/<id>.png or <id>-<size>.png with IMAGE_RESIZE).
QJsonObject restRecord(const DemoEmployee &employee, const QUrl &portalBase, const QString &imageResize);
// [{id, name, lastName, position, innerPhone, mobilePhone, workPhone, personalPhone}, ...] of all().
QJsonArray toJson();
} // namespace DemoEmployees

} // namespace opc
