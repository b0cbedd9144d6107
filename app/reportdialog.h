#pragma once

#include <QDialog>

class QDateEdit;
class QTextBrowser;

namespace opc {

class EventStore;
struct DailyReport;

// View → Report: one day's calls and transfers (DailyReport) with the per-hour chart; printable, and
// saved as PDF or CSV.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(EventStore *store, QWidget *parent = nullptr);

    void setDate(QDate date);
    QDate date() const;
    QTextBrowser *browser() const { return m_browser; }
    bool savePdf(const QString &path);
    bool saveCsv(const QString &path);

private:
    void refresh();
    void print();
    void askPdf();
    void askCsv();

    EventStore *m_store;
    QDateEdit *m_date;
    QTextBrowser *m_browser;
    QByteArray m_csv;
};

} // namespace opc
