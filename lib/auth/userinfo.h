#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace opc {

// An employee as the side panel and the log show a transfer target: name, position, inner phone,
// photo. Built from a user.get / user.current record (bitrix24-protocol.md §5).
class UserInfo
{
    Q_DECLARE_TR_FUNCTIONS(opc::UserInfo)

public:
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString secondName;
    QString position;
    QString innerPhone;
    QUrl photoUrl;
    // Only with scope user_basic: may be empty even when set on the portal.
    QString workPhone;
    QString mobilePhone;
    QString personalPhone;

    static UserInfo fromRestRecord(const QJsonObject &record);
    // The cache form: the same field names as the REST record, so one parser serves both.
    QJsonObject toRestRecord() const;

    bool isValid() const { return id > 0; }
    // "Ivan Petrov"; "User 12" when the portal has no name for the user.
    QString displayName() const;
    // "Ivan Petrov, Sales, ext. 105": what the side panel and the log show.
    QString summary() const;
    // True when `phone` is this user's extension or one of their numbers (digits compared).
    bool hasPhone(const QString &phone) const;

    static QString digitsOf(const QString &phone);

    bool operator==(const UserInfo &) const = default;
};

} // namespace opc
