#include "eventwriter.h"

#include <array>

namespace opc {
namespace {
constexpr qsizetype flushThreshold = 256 * 1024;
}

EventWriter::EventWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(flushThreshold + 64 * 1024);
}

void EventWriter::flushIfFull()
{
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void EventWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (!m_error && m_device->write(m_buffer) != m_buffer.size())
        m_error = true;
    m_buffer.resize(0); // keeps the capacity
}

const QByteArray &EventWriter::eventNameUtf8(CallCardEventType type)
{
    static const auto names = [] {
        std::array<QByteArray, callcard::eventCount> result;
        for (const auto t : callcard::allEventTypes())
            result[std::size_t(t)] = callcard::fullName(t).toUtf8();
        return result;
    }();
    return names[std::size_t(type)];
}

const QByteArray &EventWriter::kindNameUtf8(TransferTarget::Kind kind)
{
    using Kind = TransferTarget::Kind;
    static const std::array<QByteArray, 4> names{
        TransferTarget::kindName(Kind::User).toUtf8(), TransferTarget::kindName(Kind::Phone).toUtf8(),
        TransferTarget::kindName(Kind::Queue).toUtf8(), TransferTarget::kindName(Kind::Unknown).toUtf8()};
    return names[std::size_t(kind)];
}

bool EventWriter::finish()
{
    flush();
    return !m_error;
}

} // namespace opc
