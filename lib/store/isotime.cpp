#include "isotime.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace opc {
namespace {

constexpr qint64 msPerDay = 86'400'000;

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

void appendIsoUtcMs(QByteArray &out, qint64 msecsSinceEpoch)
{
    // Floor division without negating: -msecsSinceEpoch overflows for the smallest qint64, which a
    // damaged log can hold.
    qint64 day = msecsSinceEpoch / msPerDay;
    qint64 rest = msecsSinceEpoch % msPerDay;
    if (rest < 0) {
        --day;
        rest += msPerDay;
    }
    const QDate date = QDate(1970, 1, 1).addDays(day);
    if (date.year() < 0 || date.year() > 9999) {
        // Outside what four digits hold: let Qt spell it.
        out.append(
            QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
        return;
    }
    thread_local qint64 cachedDay = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedDate;
    if (day != cachedDay) {
        cachedDay = day;
        cachedDate = date.toString(Qt::ISODate).toLatin1() + 'T';
    }
    out.append(cachedDate);
    appendDigits(out, rest / 3'600'000, 2);
    rest %= 3'600'000;
    out.append(':');
    appendDigits(out, rest / 60'000, 2);
    rest %= 60'000;
    out.append(':');
    appendDigits(out, rest / 1000, 2);
    out.append('.');
    appendDigits(out, rest % 1000, 3);
    out.append('Z');
}

} // namespace opc
