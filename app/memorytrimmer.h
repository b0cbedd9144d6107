#pragma once

#include <QObject>
#include <QTimer>

namespace opc {

// Hands memory the heap no longer uses back to the system. glibc keeps freed blocks (notably
// after a page load, whose transient allocations are gone) in its arenas, where they count as the
// console's memory all day; malloc_trim returns them. A cheap check every half minute trims only
// when enough is free, so an idle console stays idle. A no-op where the C library is not glibc.
class MemoryTrimmer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 thresholdBytes = 4 * 1024 * 1024;

    explicit MemoryTrimmer(QObject *parent = nullptr);

    // Free heap bytes glibc holds (all arenas); -1 where that is unknown.
    static qint64 freeHeapBytes();
    // Trims now; returns whether anything was given back (false off glibc).
    static bool trim();
    int trims() const { return m_trims; }

private:
    void check();

    QTimer m_timer;
    int m_trims = 0;
};

} // namespace opc
