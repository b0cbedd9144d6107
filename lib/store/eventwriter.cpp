#include "eventwriter.h"

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

bool EventWriter::finish()
{
    flush();
    return !m_error;
}

} // namespace opc
