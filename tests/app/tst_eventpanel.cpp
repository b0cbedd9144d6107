#include "auth/memorytokenstore.h"
#include "console/console.h"
#include "daterangefilter.h"
#include "eventdetailsview.h"
#include "eventpanel.h"
#include "mainwindow.h"
#include "portalview.h"
#include "protocol/eventpresentation.h"
#include "store/eventlogmodel.h"
#include "store/eventroles.h"
#include "store/eventstore.h"
#include "storetestsupport.h"
#include "translatorloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;

using namespace opc;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

namespace {

// Noon local time, `days` days ago: the same local day in any time zone.
QDateTime daysAgo(int days)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(12, 0)).toUTC();
}

const QString kLongName = u"Анна Смирнова-Петрова, Руководитель отдела продаж, ext. 112"_s;

// The real window on a log with transfers of today, yesterday, three and ten days ago.
struct Rig
{
    QTemporaryDir dir;
    std::unique_ptr<Console> console;
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        console = std::make_unique<Console>(Console::Options{dir.path(), {}, new MemoryTokenStore});
        EventStore *store = console->store();
        const QList<CallCardEvent> events{
            makeTransfer(daysAgo(10), u"+79001112233"_s, {Kind::User, u"7"_s}, u"Олег Иванов"_s),
            makeTransfer(daysAgo(3), u"+79001234567"_s, {Kind::Phone, u"+4930123456789"_s}),
            makeEvent(CallCardEventType::HangupButtonClick, daysAgo(1)),
            makeTransfer(daysAgo(0), u"+79161234567"_s, {Kind::User, u"12"_s}, kLongName),
        };
        for (CallCardEvent event : events) {
            if (!store->append(event))
                return false;
        }
        window = std::make_unique<MainWindow>(console.get());
        window->resize(1366, 768); // a small laptop screen: the panel keeps its default width
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    EventPanel *panel() const { return window->eventPanel(); }
    int rows() const { return panel()->view()->model()->rowCount(); }
};

// The Tab key from `from`; returns the widget that has the focus afterwards.
QWidget *tabFrom(QWidget *from)
{
    QTest::keyClick(from, Qt::Key_Tab);
    return QApplication::focusWidget();
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

// The side panel as an operator uses it: by keyboard, with date presets and typed dates, and in
// English, Russian and German at the window's default size.
class TestEventPanel : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void cleanup() { removeTranslators(); }

    // Tab walks filter → dates → "transfers only" → outcome → list → details, then leaves the panel.
    void tabWalksThePanelInOrder()
    {
        Rig rig;
        QVERIFY(rig.start());
        EventPanel *panel = rig.panel();
        panel->dateFilter()->showLastSevenDays(); // so "Clear" can take the focus too
        const QList<QWidget *> chain = panel->focusChain();
        QCOMPARE(chain.constFirst(), panel->filterEdit());
        QCOMPARE(chain.at(1), panel->dateFilter()->fromEdit());
        QVERIFY(chain.indexOf(panel->dateFilter()->clearButton()) > 0);
        QVERIFY(chain.indexOf(panel->transfersOnlyBox()) >
                chain.indexOf(panel->dateFilter()->lastSevenDaysButton()));
        QCOMPARE(chain.indexOf(panel->outcomeFilter()), chain.indexOf(panel->transfersOnlyBox()) + 1);
        QCOMPARE(chain.indexOf(panel->view()), chain.indexOf(panel->outcomeFilter()) + 1);
        QCOMPARE(chain.constLast()->objectName(), u"eventDetailsText"_s);
        // The next widget of the chain that takes the focus now: the list selects a row when it
        // gets the focus, which enables the details' Copy button.
        const auto nextAfter = [&chain](qsizetype i) -> QWidget * {
            for (++i; i < chain.size(); ++i) {
                QWidget *widget = chain.at(i);
                if (widget->isEnabled() && widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus))
                    return widget;
            }
            return nullptr;
        };

        panel->filterEdit()->setFocus();
        QTRY_VERIFY(panel->filterEdit()->hasFocus());
        int visited = 1;
        for (QWidget *next = nextAfter(0); next; next = nextAfter(chain.indexOf(next)), ++visited)
            QCOMPARE(tabFrom(QApplication::focusWidget()), next);
        QCOMPARE(visited, int(chain.size())); // every one of them, Copy and Clear included
        QVERIFY(chain.constLast()->hasFocus());
        // The details (read-only text) let Tab go on, out of the panel (tst_mainwindowkeys: into
        // the portal page)...
        QWidget *after = tabFrom(chain.constLast());
        QVERIFY2(after && !panel->isAncestorOf(after), after ? after->metaObject()->className() : "nothing");
        // ...and Shift+Tab comes back.
        QTest::keyClick(after, Qt::Key_Backtab, Qt::ShiftModifier); // what X11 sends for Shift+Tab
        QTRY_COMPARE(QApplication::focusWidget(), chain.constLast());
    }

    void escClearsTheFilterAndDownEntersTheResults()
    {
        Rig rig;
        QVERIFY(rig.start());
        EventPanel *panel = rig.panel();
        QLineEdit *filter = panel->filterEdit();
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"+7916"_s);
        QTRY_COMPARE(rig.rows(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QTRY_COMPARE(rig.rows(), 4);
        QVERIFY(filter->hasFocus());

        QVERIFY(!panel->view()->currentIndex().isValid());
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(panel->view()->hasFocus());
        QCOMPARE(panel->view()->currentIndex().row(), 0);
        QVERIFY(panel->details()->text().contains(kLongName)); // the newest row, selected
    }

    // The outcome combo by keyboard (the Calls tab's choices): the list shows the transfers of that
    // outcome, and a live transfer joins or leaves it as its outcome arrives.
    void outcomeFilterByKeyboard()
    {
        Rig rig;
        QVERIFY(rig.start());
        EventPanel *panel = rig.panel();
        QComboBox *outcome = panel->outcomeFilter();
        QCOMPARE(outcome->count(), 6);
        QCOMPARE(outcome->itemText(0), u"Any outcome"_s);
        QCOMPARE(outcome->itemText(5), u"Transfer pending"_s);
        panel->transfersOnlyBox()->setFocus();
        QTRY_VERIFY(panel->transfersOnlyBox()->hasFocus());
        QCOMPARE(tabFrom(panel->transfersOnlyBox()), outcome);

        // The rig's one call: the pick 10 days ago is superseded by the one 3 days ago, which the
        // hangup leaves unknown; today's pick comes after the hangup: unknown too.
        QTest::keyClick(outcome, Qt::Key_Down); // completed
        QTRY_COMPARE(rig.rows(), 0);
        QCOMPARE(panel->currentFilter().outcome, TransferOutcome::Completed);
        QTest::keyClick(outcome, Qt::Key_Down); // cancelled
        QTest::keyClick(outcome, Qt::Key_Down); // superseded
        QTRY_COMPARE(panel->currentFilter().outcome, TransferOutcome::Superseded);
        QTRY_COMPARE(rig.rows(), 1);
        const auto event = [&rig](int row) {
            return rig.panel()->view()->model()->index(row, 0).data(EventRole).value<CallCardEvent>();
        };
        QCOMPARE(event(0).target.value(), u"7"_s);
        QTest::keyClick(outcome, Qt::Key_Down); // unknown
        QTRY_COMPARE(rig.rows(), 2);
        QTest::keyClick(outcome, Qt::Key_Down); // pending
        QTRY_COMPARE(rig.rows(), 0);
        QVERIFY(outcome->hasFocus());

        // A new call's pick is pending until its complete.
        EventStore *store = rig.console->store();
        CallCardEvent pick =
            makeTransfer(QDateTime::currentDateTimeUtc(), u"+79990000000"_s, {Kind::User, u"5"_s});
        pick.callId = u"CALL.43"_s;
        QVERIFY(store->append(pick));
        QTRY_COMPARE(rig.rows(), 1);
        QCOMPARE(event(0).id, pick.id);
        CallCardEvent complete =
            makeEvent(CallCardEventType::CompleteTransferButtonClick, pick.time.addSecs(5));
        complete.callId = pick.callId;
        QVERIFY(store->append(complete));
        QTRY_COMPARE(rig.rows(), 0);
        QTest::keyClick(outcome, Qt::Key_Home); // any outcome
        QTRY_COMPARE(rig.rows(), 6);
        QTest::keyClick(outcome, Qt::Key_Down); // completed
        QTRY_COMPARE(rig.rows(), 1);
        QCOMPARE(event(0).id, pick.id);
        QCOMPARE(event(0).outcome, TransferOutcome::Completed);
    }

    void datePresetsTypedDatesAndClear()
    {
        Rig rig;
        QVERIFY(rig.start());
        EventPanel *panel = rig.panel();
        DateRangeFilter *dates = panel->dateFilter();
        QTest::mouseClick(dates->todayButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.rows(), 1);
        QCOMPARE(panel->currentFilter().since, QDate::currentDate().startOfDay()); // local days
        QCOMPARE(panel->currentFilter().until, QDate::currentDate().endOfDay());
        QVERIFY(dates->todayButton()->isChecked());
        QTest::mouseClick(dates->yesterdayButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.rows(), 1);
        QCOMPARE(panel->view()->model()->index(0, 0).data(EventRole).value<CallCardEvent>().type,
                 CallCardEventType::HangupButtonClick);
        QVERIFY(!dates->todayButton()->isChecked());
        QTest::mouseClick(dates->lastSevenDaysButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.rows(), 3);

        // A typed day: the whole range follows, the labels stay beside the fields.
        QLineEdit *from = dates->fromEdit();
        from->clear();
        QTest::keyClicks(from, QDate::currentDate().addDays(-10).toString(u"yyyy-MM-dd"_s));
        QTRY_COMPARE(rig.rows(), 4);
        QVERIFY(!dates->lastSevenDaysButton()->isChecked());
        QTest::keyClicks(from, u"x"_s); // no day: the field says so and the range stays
        QVERIFY(from->property("invalidDate").toBool());
        QCOMPARE(dates->from(), QDate::currentDate().addDays(-10));
        for (QLineEdit *edit : {dates->fromEdit(), dates->toEdit()}) {
            bool labelled = false;
            for (const QLabel *label : dates->findChildren<QLabel *>())
                labelled |= label->buddy() == edit && label->isVisible() && !label->text().isEmpty();
            QVERIFY(labelled);
        }

        QTest::mouseClick(dates->clearButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.rows(), 4);
        QVERIFY(!panel->currentFilter().since.isValid());
        QVERIFY(!panel->currentFilter().until.isValid());
        QVERIFY(from->text().isEmpty());
        QVERIFY(!from->property("invalidDate").toBool());
    }

    void typedDatesInTheLocaleFormat()
    {
        const QDate day(2026, 11, 24);
        QCOMPARE(DateRangeFilter::parseDate(u"2026-11-24"_s), day);
        QCOMPARE(DateRangeFilter::parseDate(u" 24.11.2026 "_s, QLocale(u"ru_RU"_s)), day);
        QCOMPARE(DateRangeFilter::parseDate(u"24.11.2026"_s, QLocale(u"de_DE"_s)), day);
        QCOMPARE(DateRangeFilter::parseDate(u"11/24/2026"_s, QLocale(u"en_US"_s)), day);
        QVERIFY(!DateRangeFilter::parseDate(u"24.11.2"_s, QLocale(u"de_DE"_s)).isValid()); // still typing
        QVERIFY(!DateRangeFilter::parseDate(u"yesterday"_s).isValid());
        QVERIFY(!DateRangeFilter::parseDate(u"2026-11-24x"_s).isValid());
    }

    // At the window's default size nothing an operator needs is cut: headers, times, event names,
    // numbers, the target's name, and every label and button of the panel, in each language.
    // Searching the event's name as shown finds the transfers.
    void readsWellInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("de") << u"de"_s;
    }
    void readsWellInEachLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(TranslatorLoader::install(qApp, QLocale(language)).startsWith(language));
        Rig rig;
        QVERIFY(rig.start());
        EventPanel *panel = rig.panel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(panel->width() >= 500, qPrintable(QString::number(panel->width())));
        QVERIFY(panel->width() >= panel->minimumSizeHint().width());

        QTreeView *view = panel->view();
        QHeaderView *header = view->header();
        const int textMargin =
            2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const int headerMargin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 4);
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->fontMetrics().horizontalAdvance(title) + headerMargin <=
                         header->sectionSize(column),
                     qPrintable(title));
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                QString text = index.data().toString();
                if (column == EventLogModel::TargetDetailColumn)
                    // The name or the event; a position, an extension or the detail may be cut.
                    text = text.section(u',', 0, 0).section(u" · "_s, 0, 0);
                const QFont font = index.data(Qt::FontRole).isValid()
                    ? index.data(Qt::FontRole).value<QFont>()
                    : view->font();
                const int needed = QFontMetrics(font).horizontalAdvance(text) + textMargin;
                QVERIFY2(needed <= view->columnWidth(column),
                         qPrintable(
                             u"%1: needs %2, has %3"_s.arg(text).arg(needed).arg(view->columnWidth(column))));
            }
        }
        // The transfer row leads with the name; the id is in its tooltip.
        const QModelIndex newest = model->index(0, EventLogModel::TargetDetailColumn);
        QVERIFY(newest.data().toString().startsWith(u"Анна Смирнова-Петрова"_s));
        const QString tooltip = newest.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(EventPresentation::targetLabel({Kind::User, u"12"_s})),
                 qPrintable(tooltip));
        QVERIFY(tooltip.contains(u"+79161234567"_s));

        DateRangeFilter *dates = panel->dateFilter();
        const QList<QWidget *> controls{dates->todayButton(),         dates->yesterdayButton(),
                                        dates->lastSevenDaysButton(), dates->clearButton(),
                                        panel->transfersOnlyBox(),    panel->outcomeFilter(),
                                        panel->countLabel()};
        for (QWidget *control : controls) {
            QVERIFY2(control->width() >= control->sizeHint().width(), qPrintable(control->objectName()));
            QVERIFY(panel->rect().contains(QRect(control->mapTo(panel, QPoint()), control->size())));
        }
        for (const QLabel *label : dates->findChildren<QLabel *>())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        for (QLineEdit *edit : {dates->fromEdit(), dates->toEdit()}) {
            edit->setText(u"2026-11-24"_s);
            QVERIFY(edit->width() >=
                    edit->fontMetrics().horizontalAdvance(edit->text()) + 2 * edit->height());
        }
        dates->clear();

        // The event's name as this language shows it finds the transfers (store query and live rows).
        const QString transfer = EventPresentation::eventLabel(CallCardEventType::TransferButtonClick);
        if (language != u"en")
            QVERIFY(transfer != u"Transfer"_s); // really translated
        panel->filterEdit()->setText(transfer.toLower());
        QTRY_COMPARE(rig.rows(), 3);
        for (int row = 0; row < rig.rows(); ++row)
            QVERIFY(model->index(row, 0).data(IsTransferRole).toBool());
        auto live = makeTransfer(QDateTime::currentDateTimeUtc(), u"+79990000000"_s, {Kind::Queue, u"3"_s});
        QVERIFY(rig.console->store()->append(live));
        QTRY_COMPARE(rig.rows(), 4);
    }
};

QTEST_MAIN(TestEventPanel)
#include "tst_eventpanel.moc"
