#include "auth/memorytokenstore.h"
#include "console/console.h"
#include "daterangefilter.h"
#include "eventpanel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "portalview.h"
#include "portalwebview.h"
#include "shortcutsdialog.h"
#include "webtestutil.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHttpServer>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {

bool inside(const QWidget *container, const QWidget *widget)
{
    return widget && (widget == container || container->isAncestorOf(widget));
}

// Whether action's shortcut is live with the focus where it is now, as Qt decides it.
bool live(QAction *action, QWidget *window)
{
    if (!action->isEnabled() || action->shortcuts().isEmpty())
        return false;
    QWidget *focus = QApplication::focusWidget();
    switch (action->shortcutContext()) {
    case Qt::ApplicationShortcut:
    case Qt::WindowShortcut:
        return true;
    case Qt::WidgetShortcut:
    case Qt::WidgetWithChildrenShortcut:
        for (QObject *object : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (!widget || qobject_cast<QMenu *>(widget) || !widget->isVisible() ||
                widget->window() != window)
                continue;
            if (action->shortcutContext() == Qt::WidgetShortcut ? widget == focus : inside(widget, focus))
                return true;
        }
        return false;
    }
    return false;
}

QList<QAction *> shortcutActions(QWidget *window)
{
    QList<QAction *> actions;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    for (QAction *action : window->actions()) {
        if (!action->shortcuts().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    return actions;
}

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

// The window by keyboard: find in events from anywhere, F6 and Tab between the page and the panel,
// window shortcuts that text fields don't swallow, none ambiguous, and Help → Keyboard shortcuts.
class TestMainWindowKeys : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<MainWindow> m_window;

    EventPanel *panel() const { return m_window->eventPanel(); }
    QDockWidget *dock() const { return m_window->findChild<QDockWidget *>(u"eventDock"_s); }
    QWidget *pageFocus() const { return m_window->portalView()->webView()->focusProxy(); }
    bool focusInPortal() const { return inside(m_window->portalView(), QApplication::focusWidget()); }
    void focusPage()
    {
        QWidget *page = pageFocus();
        QVERIFY(page);
        page->setFocus();
        QTRY_VERIFY(page->hasFocus());
    }

public:
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private slots:
    void initTestCase()
    {
        m_origin = test::listenLoopback(m_server, u"127.0.0.1"_s);
        QVERIFY(!m_origin.isEmpty());
        test::serveHtml(m_server, u"/portal"_s,
                        "<!doctype html><title>portal</title><p>needle <a href='#x'>one link</a></p>");
        m_console = std::make_unique<Console>(Console::Options{m_dir.path(), {}, new MemoryTokenStore});
        m_console->openPortal(QUrl(m_origin + u"/portal"_s), false);
        m_window = std::make_unique<MainWindow>(m_console.get());
        QSignalSpy loaded(m_window->page(), &QWebEnginePage::loadFinished);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(loaded.wait(20000));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
    }
    void init()
    {
        m_window->portalView()->findBar()->close();
        dock()->show();
    }

    // Ctrl+Shift+F: the events' filter from anywhere, the page included, showing a hidden panel.
    // Ctrl+F: find in the page when in the page; the events' filter anywhere else.
    void findInEventsFromAnywhere()
    {
        dock()->hide();
        focusPage();
        QTest::keyClick(pageFocus(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(panel()->filterEdit()->hasFocus());
        QVERIFY(dock()->isVisible());
        QVERIFY(!m_window->portalView()->findBar()->isVisible());

        focusPage();
        QTest::keyClick(pageFocus(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->portalView()->findBar()->field()->hasFocus());
        QVERIFY(!panel()->filterEdit()->hasFocus());
        m_window->portalView()->findBar()->close();

        // The panel hidden and the focus outside the portal view: Ctrl+F shows the panel's filter.
        dock()->hide();
        QWidget *outside = m_window->findChild<QWidget *>(u"bridgeState"_s);
        QVERIFY(outside);
        outside->setFocusPolicy(Qt::StrongFocus);
        outside->setFocus();
        QTRY_VERIFY(outside->hasFocus());
        QTest::keyClick(outside, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel()->filterEdit()->hasFocus());
        QVERIFY(dock()->isVisible());

        // In the panel, Ctrl+F selects what was typed, to type over it.
        panel()->filterEdit()->setText(u"old"_s);
        panel()->view()->setFocus();
        QTRY_VERIFY(panel()->view()->hasFocus());
        QTest::keyClick(panel()->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel()->filterEdit()->hasFocus());
        QCOMPARE(panel()->filterEdit()->selectedText(), u"old"_s);
        panel()->filterEdit()->clear();
    }

    // F6 moves between the page and the events, so no page can keep the keyboard to itself.
    void f6SwitchesBetweenPageAndEvents()
    {
        focusPage();
        QTest::keyClick(pageFocus(), Qt::Key_F6);
        QTRY_VERIFY(panel()->view()->hasFocus());
        QTest::keyClick(panel()->view(), Qt::Key_F6);
        QTRY_VERIFY(focusInPortal());
        panel()->filterEdit()->setFocus();
        QTRY_VERIFY(panel()->filterEdit()->hasFocus());
        QTest::keyClick(panel()->filterEdit(), Qt::Key_F6); // from a text field too
        QTRY_VERIFY(focusInPortal());
    }

    // Tab from the panel's last field enters the page; Tab through the page's link comes back out
    // and round to the panel's filter: no trap either way.
    void tabLeavesThePageAndComesBack()
    {
        QWidget *last = panel()->focusChain().constLast();
        last->setFocus();
        QTRY_VERIFY(last->hasFocus());
        QTest::keyClick(last, Qt::Key_Tab);
        QTRY_VERIFY(focusInPortal());
        for (int presses = 0; presses < 12 && !panel()->filterEdit()->hasFocus(); ++presses) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
            // The page moves its own focus asynchronously; wait until it has either moved on inside
            // Qt's chain or settled.
            (void)QTest::qWaitFor([&] { return QApplication::focusWidget() != focus; }, 1500);
        }
        QVERIFY(panel()->filterEdit()->hasFocus());
    }

    // Window-wide shortcuts work with the focus in a text field: the field does not claim the keys.
    void windowShortcutsWorkFromTextFields()
    {
        const QList<QLineEdit *> fields{panel()->filterEdit(), panel()->dateFilter()->fromEdit(),
                                        m_window->portalView()->findBar()->field()};
        m_window->portalView()->findBar()->open();
        int checked = 0;
        for (QLineEdit *field : fields) {
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            for (QAction *action : shortcutActions(m_window.get())) {
                if (action->shortcutContext() != Qt::WindowShortcut &&
                    action->shortcutContext() != Qt::ApplicationShortcut)
                    continue;
                for (const QKeySequence &sequence : action->shortcuts()) {
                    const QKeyCombination key = sequence[0];
                    QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
                    override.ignore();
                    QCoreApplication::sendEvent(field, &override);
                    QVERIFY2(!override.isAccepted(),
                             qPrintable(u"%1 takes %2 of \"%3\""_s.arg(field->objectName(),
                                                                       sequence.toString(), action->text())));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 30);
    }

    // With the focus anywhere, each key does one thing: an ambiguous shortcut does nothing at all.
    void noAmbiguousShortcuts()
    {
        m_window->portalView()->findBar()->open();
        const QList<QWidget *> places{panel()->filterEdit(), panel()->view(), pageFocus(),
                                      m_window->portalView()->findBar()->field(),
                                      panel()->dateFilter()->toEdit()};
        for (QWidget *place : places) {
            place->setFocus();
            QTRY_VERIFY(place->hasFocus());
            QHash<QKeySequence, QStringList> owners;
            for (QAction *action : shortcutActions(m_window.get())) {
                if (!live(action, m_window.get()))
                    continue;
                for (const QKeySequence &sequence : action->shortcuts())
                    owners[sequence].append(action->text());
            }
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(u"%1 in %2: %3"_s.arg(
                             it.key().toString(), QString::fromLatin1(place->metaObject()->className()),
                             it.value().join(u" | "_s))));
        }
    }

    // Help → Keyboard shortcuts lists every shortcut the window has, as the platform spells keys.
    void shortcutsDialogListsThemAll()
    {
        QAction *help = menuAction(*m_window, u"&Keyboard shortcuts"_s);
        QVERIFY(help);
        QVERIFY(!help->shortcut().isEmpty());
        help->trigger();
        auto *dialog = m_window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *table = dialog->table();
        QStringList rows;
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = table->topLevelItem(row);
            rows.append(item->text(0) + u" = "_s + item->text(1) + u" @ "_s + item->text(2));
        }
        const QString all = rows.join(u'\n');
        // Every action with a shortcut is there with its keys.
        for (QAction *action : shortcutActions(m_window.get())) {
            if (action->parent() && inside(dialog, qobject_cast<QWidget *>(action->parent())))
                continue;
            const QString keys = action->shortcuts().constFirst().toString(QKeySequence::NativeText);
            QString name = action->text().remove(u'&');
            if (name.endsWith(u"…"_s))
                name.chop(1);
            QVERIFY2(all.contains(name + u" = "_s + keys) || all.contains(name + u" = "_s),
                     qPrintable(name + u"\n"_s + all));
            bool found = false;
            for (const QString &row : rows)
                found |= row.startsWith(name + u" = "_s) && row.contains(keys);
            QVERIFY2(found, qPrintable(name + u" " + keys + u"\n"_s + all));
        }
        const QString f = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
        // Where it works: the portal view alone, not the menu it is listed in.
        QVERIFY2(rows.contains(u"Find in page = "_s + f + u" @ Portal page"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Find in events = "_s + f + u" @ Outside the portal page"_s), qPrintable(all));
        QVERIFY(
            all.contains(u"Find in events = "_s +
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText) +
                         u" @ Anywhere in the window"_s));
        QVERIFY(all.contains(u"Clear the event filter = Esc @ Event filter"_s));
        QVERIFY(all.contains(u"Move into the results = Down @ Event filter"_s));
        QVERIFY(all.contains(u"Pick a day from the calendar = Alt+Down @ From day, To day"_s));
        QVERIFY(rows.constFirst().endsWith(u"@ Anywhere in the window"_s)); // window-wide first
        dialog->close();
    }
};

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
