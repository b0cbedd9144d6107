#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace opc {

class EventStore;
class UserDirectory;
class UserInfo;

// Names transfer targets: an employee id is looked up with user.get, a phone number is matched to
// an employee where possible, and the result ("Ivan Petrov, Sales, ext. 105") is written to the
// log, which updates the panel. Without sign-in the directory answers nothing and ids stay.
class TargetNameResolver : public QObject
{
    Q_OBJECT

public:
    TargetNameResolver(EventStore *store, UserDirectory *directory, QObject *parent = nullptr);

    // Looks up the target of a transfer that has no name yet.
    void resolve(const CallCardEvent &event);

private:
    void onUserResolved(const UserInfo &user);
    void onPhoneResolved(const QString &phone, const UserInfo &user);

    QPointer<EventStore> m_store;
    QPointer<UserDirectory> m_directory;
    QSet<QString> m_askedPhones; // raw phone strings as they appear in the log
};

} // namespace opc
