#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace opc {

// The side panel's days: "From [date] to [date] [Clear]" with labels that stay, presets (Today,
// Yesterday, Last 7 days) and a calendar per field. Dates are typed as 2026-11-24 or in the
// locale's short format; an empty field is an open end. All days are local days.
class DateRangeFilter : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeFilter(QWidget *parent = nullptr);

    // Invalid: that end is open.
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setRange(const QDate &from, const QDate &to);
    void showToday();
    void showYesterday();
    void showLastSevenDays(); // today and the six days before
    void clear();

    QLineEdit *fromEdit() const { return m_fromEdit; }
    QLineEdit *toEdit() const { return m_toEdit; }
    QPushButton *todayButton() const { return m_today; }
    QPushButton *yesterdayButton() const { return m_yesterday; }
    QPushButton *lastSevenDaysButton() const { return m_lastSevenDays; }
    QPushButton *clearButton() const { return m_clear; }
    // The widgets Tab visits, in order.
    QList<QWidget *> focusChain() const;

    // "2026-11-24" or the locale's short date ("24.11.2026"); invalid for anything else.
    static QDate parseDate(const QString &text, const QLocale &locale = QLocale());

signals:
    void rangeChanged();

private:
    QLineEdit *makeDateEdit(QToolButton **calendarButton);
    void openCalendar(QLineEdit *edit, QToolButton *anchor);
    void readTypedDates();
    void updateControls();

    // Before the fields: makeDateEdit sets them while the fields are made.
    QToolButton *m_fromCalendar;
    QToolButton *m_toCalendar;
    QLineEdit *m_fromEdit;
    QLineEdit *m_toEdit;
    QPushButton *m_today;
    QPushButton *m_yesterday;
    QPushButton *m_lastSevenDays;
    QPushButton *m_clear;
    QDate m_from;
    QDate m_to;
};

} // namespace opc
