#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace opc {

// "2026-11-24T10:15:00.123Z" for a UTC time in milliseconds since the epoch. Exports format one per
// row, so this caches the date part instead of going through QDateTime::toString each time.
void appendIsoUtcMs(QByteArray &out, qint64 msecsSinceEpoch);

} // namespace opc
