#include "targetnameresolver.h"

#include "auth/userdirectory.h"
#include "auth/userinfo.h"
#include "store/eventstore.h"

namespace opc {

TargetNameResolver::TargetNameResolver(EventStore *store, UserDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_directory(directory)
{
    connect(directory, &UserDirectory::userResolved, this, &TargetNameResolver::onUserResolved);
    connect(directory, &UserDirectory::phoneResolved, this, &TargetNameResolver::onPhoneResolved);
}

void TargetNameResolver::resolve(const CallCardEvent &event)
{
    if (!event.isTransfer() || !event.targetName.isEmpty() || !m_directory)
        return;
    const TransferTarget &target = event.target;
    if (target.kind() == TransferTarget::Kind::User) {
        bool ok = false;
        const qint64 id = target.value().toLongLong(&ok);
        if (ok && id > 0) {
            // The directory answers from its caches at once when it can.
            if (const auto known = m_directory->cached(id))
                onUserResolved(*known);
            else
                m_directory->resolve(id);
        }
    } else if (target.kind() == TransferTarget::Kind::Phone) {
        m_askedPhones.insert(target.value());
        m_directory->resolvePhone(target.value());
    }
}

void TargetNameResolver::onUserResolved(const UserInfo &user)
{
    if (m_store && user.isValid())
        m_store->setTargetName(QString::number(user.id), user.summary());
}

void TargetNameResolver::onPhoneResolved(const QString &phone, const UserInfo &user)
{
    if (!m_store || !user.isValid())
        return;
    // Name every logged spelling of this number the directory matched.
    const QString digits = UserInfo::digitsOf(phone);
    for (const QString &asked : std::as_const(m_askedPhones)) {
        if (UserInfo::digitsOf(asked) == digits)
            m_store->setTargetName(asked, user.summary());
    }
}

} // namespace opc
