#include "auth/memorytokenstore.h"
#include "console/console.h"
#include "eventpanel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "portalview.h"
#include "portalwebview.h"
#include "webtestutil.h"

#include <QAction>
#include <QHttpServer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opc;
using namespace Qt::StringLiterals;

// The window's menus carry the portal view's actions, and Ctrl+F searches where the focus is: the
// portal page or the events.
class TestMainWindowMenus : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;

    static QStringList texts(const QMenu *menu)
    {
        QStringList result;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                result.append(action->text());
        }
        return result;
    }
    static QMenu *menu(MainWindow &window, const QString &title)
    {
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() && action->text() == title)
                return action->menu();
        }
        return nullptr;
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
        test::serveHtml(m_server, u"/portal"_s, "<!doctype html><title>portal</title><p>needle</p>");
    }

    void menusCarryThePortalActions()
    {
        QTemporaryDir dir;
        Console console({dir.path(), {}, new MemoryTokenStore});
        console.openPortal(QUrl(m_origin + u"/portal"_s), false);
        MainWindow window(&console);
        PortalView *view = window.portalView();
        const QStringList file = texts(menu(window, u"&File"_s));
        const QStringList viewMenu = texts(menu(window, u"&View"_s));
        for (auto id : {PortalView::Action::Print, PortalView::Action::SavePage})
            QVERIFY2(file.contains(view->action(id)->text()), qPrintable(file.join(u", ")));
        QVERIFY(file.contains(u"&Downloads"_s));
        for (auto id :
             {PortalView::Action::Back, PortalView::Action::Forward, PortalView::Action::Reload,
              PortalView::Action::ZoomIn, PortalView::Action::ZoomOut, PortalView::Action::ZoomReset,
              PortalView::Action::Find, PortalView::Action::ForgetPermissions})
            QVERIFY2(viewMenu.contains(view->action(id)->text()), qPrintable(viewMenu.join(u", ")));
        QCOMPARE(viewMenu.count(u"&Reload portal"_s), 1);
    }

    void ctrlFSearchesWhereTheFocusIs()
    {
        QTemporaryDir dir;
        Console console({dir.path(), {}, new MemoryTokenStore});
        console.openPortal(QUrl(m_origin + u"/portal"_s), false);
        MainWindow window(&console);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
        QVERIFY(loaded.wait(20000));

        QWidget *page = window.portalView()->webView()->focusProxy();
        QVERIFY(page);
        page->setFocus();
        QTRY_VERIFY(page->hasFocus());
        QTest::keyClick(page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.portalView()->findBar()->field()->hasFocus());
        QVERIFY(!window.eventPanel()->filterEdit()->hasFocus());
        QTest::keyClick(window.portalView()->findBar()->field(), Qt::Key_Escape);

        window.eventPanel()->view()->setFocus();
        QTRY_VERIFY(window.eventPanel()->view()->hasFocus());
        QTest::keyClick(window.eventPanel()->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.eventPanel()->filterEdit()->hasFocus());
        QVERIFY(!window.portalView()->findBar()->isVisible());
    }
};

QTEST_MAIN(TestMainWindowMenus)
#include "tst_mainwindowmenus.moc"
