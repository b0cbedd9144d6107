#include "reportchart.h"

#include "protocol/transferoutcome.h"

#include "store/dailyreport.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace opc {

QImage ReportChart::render(const DailyReport &report, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    int most = 1;
    for (const auto &hour : report.perHour)
        most = qMax(most, hour.transfers);
    const QFontMetrics metrics = painter.fontMetrics();
    const int left = metrics.horizontalAdvance(QString::number(most)) + 8;
    const int bottom = metrics.height() + 4;
    const int plotHeight = size.height() - bottom - 4;
    const qreal slot = qreal(size.width() - left - 4) / 24;
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, left - 4, metrics.height()), Qt::AlignRight, QString::number(most));
    painter.drawLine(left - 2, 4, left - 2, 4 + plotHeight);
    painter.drawLine(left - 2, 4 + plotHeight, size.width() - 4, 4 + plotHeight);
    for (int h = 0; h < 24; ++h) {
        const auto &counts = report.perHour[h];
        const qreal x = left + h * slot + slot * 0.15;
        qreal y = 4 + plotHeight;
        const auto bar = [&](int value, const QColor &colour) {
            const qreal height = qreal(value) * plotHeight / most;
            y -= height;
            if (height > 0)
                painter.fillRect(QRectF(x, y, slot * 0.7, height), colour);
        };
        bar(counts.completed, QColor(TransferOutcomes::colorName(TransferOutcome::Completed)));
        bar(counts.cancelled + counts.unknown,
            QColor(TransferOutcomes::colorName(TransferOutcome::Cancelled)));
        bar(counts.superseded + counts.pending,
            QColor(TransferOutcomes::colorName(TransferOutcome::Superseded)));
        if (h % 2 == 0)
            painter.drawText(QRectF(left + h * slot, 4 + plotHeight + 2, slot * 2, metrics.height()),
                             Qt::AlignLeft, QString::number(h));
    }
    return image;
}

} // namespace opc
