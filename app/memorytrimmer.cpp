#include "memorytrimmer.h"

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#if __GLIBC_PREREQ(2, 33) // mallinfo2
#define OPC_HAVE_MALLOC_TRIM 1
#endif
#endif

namespace opc {

MemoryTrimmer::MemoryTrimmer(QObject *parent)
    : QObject(parent)
{
#ifdef OPC_HAVE_MALLOC_TRIM
    m_timer.setInterval(30'000);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MemoryTrimmer::check);
    m_timer.start();
#endif
}

qint64 MemoryTrimmer::freeHeapBytes()
{
#ifdef OPC_HAVE_MALLOC_TRIM
    const struct mallinfo2 info = ::mallinfo2();
    return qint64(info.fordblks);
#else
    return -1;
#endif
}

bool MemoryTrimmer::trim()
{
#ifdef OPC_HAVE_MALLOC_TRIM
    return ::malloc_trim(0) != 0;
#else
    return false;
#endif
}

void MemoryTrimmer::check()
{
    if (freeHeapBytes() >= thresholdBytes && trim())
        ++m_trims;
}

} // namespace opc
