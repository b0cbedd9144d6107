#pragma once

#include <QImage>
#include <QSize>

namespace opc {

struct DailyReport;

// The report's transfers per hour as stacked bars (completed, cancelled or unknown, the rest),
// painted with QPainter for the report window, its print-out and its PDF.
class ReportChart
{
public:
    static QImage render(const DailyReport &report, QSize size);
};

} // namespace opc
