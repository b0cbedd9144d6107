#pragma once

#include "dailyreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opc {

// A DailyReport as a document: HTML (tables and a per-hour bar chart) and CSV (one section per table).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // chartImage: the per-hour chart as an <img> source (the window renders it with QPainter); empty
    // draws it as inline SVG, which needs no GUI (the --report command line).
    static QString html(const DailyReport &report, const QString &chartImage = {});
    static QByteArray csv(const DailyReport &report);
    // "75 %" or "—"; "0:12" or "—".
    static QString rateText(double rate);
    static QString durationText(qint64 ms);
    static QString title(const DailyReport &report);
};

} // namespace opc
