#pragma once

#include <QJsonValue>
#include <QString>

namespace opc {

// Who a transfer goes to. Real portals send the target as a JSON number (user id), a string user
// id ("12"), a phone number string ("+4930…"), or, on the default selector path, {type, target}
// with type user/pstn/queue (bitrix24-protocol.md §1.4).
class TransferTarget
{
public:
    enum class Kind { User, Phone, Queue, Unknown };

    TransferTarget() = default;
    TransferTarget(Kind kind, QString value);

    // `type` is the optional "type" field of the {type, target} shape; empty for {phoneNumber, target}.
    static TransferTarget classify(const QJsonValue &target, const QString &type = {});

    Kind kind() const { return m_kind; }
    // The target as text: a user id ("12"), a phone number as sent, or a queue id.
    QString value() const { return m_value; }
    bool isValid() const { return !m_value.isEmpty(); }

    // Stable names used in the store and in exports: user, phone, queue, unknown.
    static QString kindName(Kind kind);
    static Kind kindFromName(QStringView name);

    bool operator==(const TransferTarget &) const = default;

private:
    static Kind kindOfString(const QString &value);

    Kind m_kind = Kind::Unknown;
    QString m_value;
};

} // namespace opc
