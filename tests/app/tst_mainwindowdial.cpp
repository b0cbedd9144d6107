#include "auth/memorytokenstore.h"
#include "callsview.h"
#include "console/console.h"
#include "eventpanel.h"
#include "mainwindow.h"
#include "portal/externalopener.h"
#include "portal/portalsession.h"
#include "store/callsmodel.h"
#include "store/eventstore.h"
#include "webtestutil.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace opc;
using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"+7 (495) 123-45-67"_s;

// A portal with click-to-call, as Bitrix24 with its telephony on: a click on a callto: link
// anywhere in the document dials (here: notes the link in window.dialled) and cancels the click.
const QByteArray kClickToCallPage = R"(<!doctype html><title>portal</title><p>portal with telephony</p>
<script>
window.dialled = [];
document.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a[href^="callto:"], a[href^="tel:"]');
    if (!link) return;
    e.preventDefault();
    window.dialled.push(link.getAttribute('href'));
}, true);
</script>)";
// A portal without it: nothing takes the click.
const QByteArray kPlainPage = "<!doctype html><title>portal</title><p>portal without telephony</p>";

} // namespace

// Screen pop (issue #12): "Call …" in a call's context menu dials through the portal's click-to-call
// when the portal has it, and otherwise copies the number and says so; the console itself never opens
// callto:/tel: links.
class TestMainWindowDial : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;

    struct Rig
    {
        QTemporaryDir dir;
        std::unique_ptr<Console> console;
        std::unique_ptr<MainWindow> window;
        QList<QUrl> launched;

        ~Rig()
        {
            window.reset();
            console.reset();
        }
        QTreeView *calls() const { return window->callsView()->view(); }
    };

    // The window on `path` with one call from kNumber in the log, the Calls tab shown.
    std::unique_ptr<Rig> start(const QString &path)
    {
        auto rig = std::make_unique<Rig>();
        rig->console = std::make_unique<Console>(Console::Options{rig->dir.path(), {}, new MemoryTokenStore});
        CallCardEvent opened;
        opened.type = CallCardEventType::Initialized;
        opened.time = QDateTime::currentDateTimeUtc();
        opened.callId = u"CALL.7"_s;
        opened.portalHost = QUrl(m_origin).authority();
        opened.payloadJson = "{\"CALL_ID\":\"CALL.7\",\"PHONE_NUMBER\":\"" + kNumber.toUtf8() +
            "\",\"CALL_DIRECTION\":\"incoming\"}";
        if (!rig->console->store()->append(opened))
            return {};
        rig->console->openPortal(QUrl(m_origin + path), false);
        if (!rig->console->session())
            return {};
        rig->console->session()->externalOpener()->setOpener([r = rig.get()](const QUrl &url) {
            r->launched.append(url);
            return true;
        });
        rig->window = std::make_unique<MainWindow>(rig->console.get());
        QSignalSpy loaded(rig->window->page(), &QWebEnginePage::loadFinished);
        rig->window->resize(1366, 768);
        rig->window->show();
        if (!QTest::qWaitForWindowExposed(rig->window.get()) || !loaded.wait(20000) ||
            !loaded.constLast().at(0).toBool())
            return {};
        rig->window->eventPanel()->tabs()->setCurrentWidget(rig->window->callsView());
        return rig;
    }

    // Opens the call's context menu as a right click does and clicks its "Call …" entry; returns the
    // entry's text (empty when the menu had none).
    static QString clickCallInMenu(QTreeView *view)
    {
        QString clicked;
        QTimer::singleShot(0, view, [&clicked] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(u"Call "_s)) {
                    clicked = action->text();
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    return;
                }
            }
            menu->close();
        });
        const QPoint pos = view->visualRect(view->model()->index(0, CallsModel::ClientNumberColumn)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &event); // returns once the menu has closed
        return clicked;
    }

    static QStringList dialled(QWebEnginePage *page)
    {
        QStringList links;
        const QVariant value = test::runJs(page, u"JSON.stringify(window.dialled || null)"_s);
        for (const auto &link : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            links.append(link.toString());
        return links;
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
        test::serveHtml(m_server, u"/telephony"_s, kClickToCallPage);
        test::serveHtml(m_server, u"/plain"_s, kPlainPage);
    }

    void dialsThroughThePortalsClickToCall()
    {
        auto rig = start(u"/telephony"_s);
        QVERIFY(rig);
        QTRY_COMPARE(rig->calls()->model()->rowCount(), 1);
        QCOMPARE(dialled(rig->window->page()), QStringList());
        QApplication::clipboard()->setText(u"untouched"_s);

        QCOMPARE(clickCallInMenu(rig->calls()), u"Call %1"_s.arg(kNumber));
        // The portal got the click on callto: with the number as a dialler wants it.
        QTRY_COMPARE(dialled(rig->window->page()), QStringList{u"callto:+74951234567"_s});
        // The console learnt it was taken (its answer comes before this round trip's): no copy, no note.
        test::runJs(rig->window->page(), u"1"_s, QWebEngineScript::ApplicationWorld);
        QCOMPARE(QApplication::clipboard()->text(), u"untouched"_s);
        QVERIFY2(!rig->window->statusBar()->currentMessage().contains(kNumber),
                 qPrintable(rig->window->statusBar()->currentMessage()));
        QCOMPARE(rig->window->page()->url(), QUrl(m_origin + u"/telephony"_s));
        QVERIFY(rig->launched.isEmpty());
    }

    void copiesTheNumberWithoutClickToCall()
    {
        auto rig = start(u"/plain"_s);
        QVERIFY(rig);
        QTRY_COMPARE(rig->calls()->model()->rowCount(), 1);
        QApplication::clipboard()->setText(u"untouched"_s);

        QCOMPARE(clickCallInMenu(rig->calls()), u"Call %1"_s.arg(kNumber));
        QTRY_COMPARE(QApplication::clipboard()->text(), kNumber);
        const QString message = rig->window->statusBar()->currentMessage();
        QVERIFY2(message.contains(kNumber) && message.contains(u"clipboard"_s), qPrintable(message));
        // Nothing opened callto: outside the console, and the portal stayed where it was.
        QCOMPARE(rig->window->page()->url(), QUrl(m_origin + u"/plain"_s));
        QVERIFY(rig->launched.isEmpty());
        QCOMPARE(dialled(rig->window->page()), QStringList());
    }
};

QTEST_MAIN(TestMainWindowDial)
#include "tst_mainwindowdial.moc"
