#include "daterangefilter.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

const QString kIsoDate = u"yyyy-MM-dd"_s;

QString isoText(const QDate &date)
{
    return date.isValid() ? date.toString(kIsoDate) : QString();
}

QPushButton *makePresetButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setCheckable(true); // shows which preset the range is
    button->setAutoDefault(false);
    return button;
}

} // namespace

DateRangeFilter::DateRangeFilter(QWidget *parent)
    : QWidget(parent)
    , m_fromEdit(makeDateEdit(&m_fromCalendar))
    , m_toEdit(makeDateEdit(&m_toCalendar))
    , m_today(makePresetButton(tr("Today"), u"todayButton"_s, this))
    , m_yesterday(makePresetButton(tr("Yesterday"), u"yesterdayButton"_s, this))
    , m_lastSevenDays(makePresetButton(tr("Last 7 days"), u"lastSevenDaysButton"_s, this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    m_fromEdit->setObjectName(u"fromDate"_s);
    m_toEdit->setObjectName(u"toDate"_s);
    m_fromEdit->setAccessibleName(tr("From day"));
    m_toEdit->setAccessibleName(tr("To day"));
    m_fromEdit->setToolTip(tr("Show events from this day on (2026-11-24 or your short date format)"));
    m_toEdit->setToolTip(tr("Show events up to and including this day"));
    m_clear->setObjectName(u"clearDates"_s);
    m_clear->setToolTip(tr("Show events of all days"));
    m_clear->setAutoDefault(false);

    auto *fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_toEdit);

    auto *range = new QHBoxLayout;
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(fromLabel);
    range->addWidget(m_fromEdit, 1);
    range->addWidget(m_fromCalendar);
    range->addWidget(toLabel);
    range->addWidget(m_toEdit, 1);
    range->addWidget(m_toCalendar);
    range->addWidget(m_clear);

    auto *presets = new QHBoxLayout;
    presets->setContentsMargins(0, 0, 0, 0);
    presets->addWidget(m_today);
    presets->addWidget(m_yesterday);
    presets->addWidget(m_lastSevenDays);
    presets->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(range);
    layout->addLayout(presets);

    connect(m_today, &QPushButton::clicked, this, &DateRangeFilter::showToday);
    connect(m_yesterday, &QPushButton::clicked, this, &DateRangeFilter::showYesterday);
    connect(m_lastSevenDays, &QPushButton::clicked, this, &DateRangeFilter::showLastSevenDays);
    connect(m_clear, &QPushButton::clicked, this, &DateRangeFilter::clear);
    for (QLineEdit *edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &DateRangeFilter::readTypedDates);
        connect(edit, &QLineEdit::editingFinished, this, [edit] {
            const QDate date = parseDate(edit->text());
            if (date.isValid())
                edit->setText(isoText(date)); // one spelling, as in the time column
        });
    }
    connect(m_fromCalendar, &QToolButton::clicked, this,
            [this] { openCalendar(m_fromEdit, m_fromCalendar); });
    connect(m_toCalendar, &QToolButton::clicked, this, [this] { openCalendar(m_toEdit, m_toCalendar); });
    updateControls();
}

QLineEdit *DateRangeFilter::makeDateEdit(QToolButton **calendarButton)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(tr("any day"));
    edit->setClearButtonEnabled(true);
    const QFontMetrics metrics = edit->fontMetrics();
    const int text =
        qMax(metrics.horizontalAdvance(u"2026-11-24"_s), metrics.horizontalAdvance(tr("any day")));
    edit->setMinimumWidth(text + 2 * metrics.height() + 8); // room for the clear button too

    auto *button = new QToolButton(this);
    button->setArrowType(Qt::DownArrow);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // Alt+Down in the field opens it from the keyboard
    button->setToolTip(tr("Pick a day from the calendar"));
    *calendarButton = button;

    auto *pick = new QAction(tr("Pick a day from the calendar"), edit);
    pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    pick->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(pick);
    connect(pick, &QAction::triggered, this, [this, edit, button] { openCalendar(edit, button); });
    return edit;
}

void DateRangeFilter::openCalendar(QLineEdit *edit, QToolButton *anchor)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"calendarPopup"_s);
    auto *calendar = new QCalendarWidget(menu);
    const QDate current = parseDate(edit->text());
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(calendar);
    menu->addAction(holder);
    connect(calendar, &QCalendarWidget::activated, menu, [edit, menu](const QDate &date) {
        edit->setText(isoText(date));
        menu->close();
    });
    connect(calendar, &QCalendarWidget::clicked, menu, [edit, menu](const QDate &date) {
        edit->setText(isoText(date));
        menu->close();
    });
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->popup(anchor->mapToGlobal(QPoint(0, anchor->height())));
    calendar->setFocus(Qt::PopupFocusReason);
}

QList<QWidget *> DateRangeFilter::focusChain() const
{
    return {m_fromEdit, m_toEdit, m_clear, m_today, m_yesterday, m_lastSevenDays};
}

QDate DateRangeFilter::parseDate(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    // Qt's ISO parser takes "2026-11-24x" for a date (it allows a time after it): the whole text only.
    QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!date.isValid())
        date = locale.toDate(trimmed, QLocale::ShortFormat);
    if (!date.isValid())
        date = locale.toDate(trimmed, locale.dateFormat(QLocale::ShortFormat).replace(u"yy"_s, u"yyyy"_s));
    // A year being typed ("24.11.2") is not a day in the year 2.
    return date.isValid() && date.year() >= 1970 ? date : QDate();
}

void DateRangeFilter::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_fromEdit->setText(isoText(from));
        m_toEdit->setText(isoText(to));
    }
    readTypedDates();
}

void DateRangeFilter::showToday()
{
    const QDate today = QDate::currentDate();
    setRange(today, today);
}

void DateRangeFilter::showYesterday()
{
    const QDate yesterday = QDate::currentDate().addDays(-1);
    setRange(yesterday, yesterday);
}

void DateRangeFilter::showLastSevenDays()
{
    const QDate today = QDate::currentDate();
    setRange(today.addDays(-6), today);
}

void DateRangeFilter::clear()
{
    setRange({}, {});
}

void DateRangeFilter::readTypedDates()
{
    bool changed = false;
    const auto read = [&changed](QLineEdit *edit, QDate &bound) {
        const bool empty = edit->text().trimmed().isEmpty();
        const QDate date = parseDate(edit->text());
        const bool valid = empty || date.isValid();
        // Text that is no day (yet) keeps the last day and says so; the placeholder stays readable.
        edit->setProperty("invalidDate", !valid);
        QPalette palette = edit->parentWidget()->palette();
        if (!valid)
            palette.setColor(QPalette::Text, QColor(0xc0, 0x10, 0x10));
        edit->setPalette(palette);
        if (valid && date != bound) {
            bound = date;
            changed = true;
        }
    };
    read(m_fromEdit, m_from);
    read(m_toEdit, m_to);
    updateControls();
    if (changed)
        emit rangeChanged();
}

void DateRangeFilter::updateControls()
{
    const QDate today = QDate::currentDate();
    m_today->setChecked(m_from == today && m_to == today);
    m_yesterday->setChecked(m_from == today.addDays(-1) && m_to == today.addDays(-1));
    m_lastSevenDays->setChecked(m_from == today.addDays(-6) && m_to == today);
    m_clear->setEnabled(m_from.isValid() || m_to.isValid() || !m_fromEdit->text().isEmpty() ||
                        !m_toEdit->text().isEmpty());
}

} // namespace opc
