#include "memorytokenstore.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opc {

void MemoryTokenStore::finish(QObject *context, Callback callback, Result result)
{
    // Queued like a real keychain job, so callers cannot come to depend on re-entrancy.
    QTimer::singleShot(0, context, [callback = std::move(callback), result = std::move(result)] {
        if (callback)
            callback(result);
    });
}

void MemoryTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    if (m_unavailable)
        return finish(context, std::move(callback), {Status::Unavailable, {}, u"memory store disabled"_s});
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return finish(context, std::move(callback), {Status::NotFound, {}, {}});
    finish(context, std::move(callback), {Status::Ok, *it, {}});
}

void MemoryTokenStore::write(const QString &key, const QByteArray &data, QObject *context, Callback callback)
{
    if (m_unavailable)
        return finish(context, std::move(callback), {Status::Unavailable, {}, u"memory store disabled"_s});
    m_values.insert(key, data);
    ++m_writes;
    finish(context, std::move(callback), {Status::Ok, {}, {}});
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (m_unavailable)
        return finish(context, std::move(callback), {Status::Unavailable, {}, u"memory store disabled"_s});
    m_values.remove(key);
    finish(context, std::move(callback), {Status::Ok, {}, {}});
}

} // namespace opc
