#include "downloadsdialog.h"
#include "portal/downloadlist.h"
#include "portaldownloads.h"
#include "webtestutil.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;

// Downloads from a real page of a loopback portal: a link to a CSV file (Content-Disposition:
// attachment) and "Save page"; the save dialog is answered by the test.
class TestPortalDownloads : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QString m_origin;
    static constexpr QByteArrayView kCsv = "time,number\n2026-11-24 10:00,+79001234567\n";

    struct Rig
    {
        QWidget window;
        std::unique_ptr<QWebEngineProfile> profile = std::make_unique<QWebEngineProfile>();
        PortalDownloads *downloads = new PortalDownloads(&window);
        std::unique_ptr<QWebEngineView> view = std::make_unique<QWebEngineView>();
        QWebEnginePage *page = new QWebEnginePage(profile.get(), view.get());
        QStringList suggested;
        ~Rig()
        {
            view.reset();
            profile.reset();
        }
    };

    std::unique_ptr<Rig> rig(const QString &saveAs)
    {
        auto r = std::make_unique<Rig>();
        r->view->setPage(r->page);
        r->downloads->watch(r->profile.get());
        r->downloads->setChooser([r = r.get(), saveAs](const QString &suggested) {
            r->suggested.append(suggested);
            return saveAs;
        });
        return r;
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
                        "<!doctype html><title>Calls report</title><p>needle in the report</p>"
                        "<a id=csv href='/report'>report</a>");
        m_server.route(u"/report"_s, [](const QHttpServerRequest &) {
            QHttpServerResponse response(QByteArrayLiteral("text/csv"), kCsv.toByteArray());
            response.setHeader("Content-Disposition", "attachment; filename=\"calls.csv\"");
            return response;
        });
    }

    void savedWhereTheOperatorChose()
    {
        QTemporaryDir out;
        const QString target = out.filePath(u"november.csv"_s);
        auto r = rig(target);
        QSignalSpy finished(r->downloads, &PortalDownloads::finished);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        test::runJs(r->page, u"document.getElementById('csv').click()"_s);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(QFileInfo(r->suggested.value(0)).fileName(), u"calls.csv"_s);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kCsv.toByteArray());
        DownloadList *list = r->downloads->list();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->filePath(0), target);
        QVERIFY(list->isFinished(0));
        QVERIFY(list->index(0).data().toString().startsWith(u"november.csv"));
    }

    void cancelledDialogSavesNothing()
    {
        QTemporaryDir out;
        auto r = rig(QString());
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        QSignalSpy started(r->downloads, &PortalDownloads::started);
        test::runJs(r->page, u"document.getElementById('csv').click()"_s);
        QTRY_COMPARE(r->suggested.size(), 1);
        QCOMPARE(started.size(), 0);
        QCOMPARE(r->downloads->list()->rowCount(), 0);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 0);
    }

    // "Save page" (File menu and context menu) saves one MHTML file named after the page.
    void savePageWritesOneFile()
    {
        QTemporaryDir out;
        const QString target = out.filePath(u"page.mhtml"_s);
        auto r = rig(target);
        QSignalSpy finished(r->downloads, &PortalDownloads::finished);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        r->page->triggerAction(QWebEnginePage::SavePage);
        QVERIFY(finished.wait(20000));
        QCOMPARE(QFileInfo(r->suggested.value(0)).fileName(), u"Calls report.mhtml"_s);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray mhtml = file.readAll();
        QVERIFY2(mhtml.startsWith("From: <Saved by Blink>") && mhtml.contains("needle"),
                 mhtml.left(400).constData());
    }

    void listOpensTheFileAndItsFolder()
    {
        QTemporaryDir out;
        const QString target = out.filePath(u"calls.csv"_s);
        auto r = rig(target);
        QSignalSpy finished(r->downloads, &PortalDownloads::finished);
        QVERIFY(test::loadAndWait(r->page, QUrl(m_origin + u"/portal"_s)));
        test::runJs(r->page, u"document.getElementById('csv').click()"_s);
        QVERIFY(finished.wait(20000));

        r->downloads->showAction()->trigger();
        DownloadsDialog *dialog = r->downloads->dialog();
        QTRY_VERIFY(dialog->isVisible());
        QList<QUrl> opened;
        dialog->setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QVERIFY(dialog->openButton()->isEnabled());
        dialog->openButton()->click();
        dialog->folderButton()->click();
        QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(target), QUrl::fromLocalFile(out.path())}));
    }

    // Without a chooser set, the real save dialog asks (modally: QtWebEngine 6.4 wants the answer
    // before the download signal returns).
    void theRealSaveDialogAsks()
    {
        QTemporaryDir out;
        const QString target = out.filePath(u"from-dialog.csv"_s);
        Rig r;
        r.view->setPage(r.page);
        r.downloads->watch(r.profile.get());
        QSignalSpy finished(r.downloads, &PortalDownloads::finished);
        QVERIFY(test::loadAndWait(r.page, QUrl(m_origin + u"/portal"_s)));
        QString shownName;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            shownName = name->text();
            name->setText(target); // as the operator types it
            QMetaObject::invokeMethod(dialog, "accept");
        });
        answer.start();
        test::runJs(r.page, u"document.getElementById('csv').click()"_s);
        QVERIFY(finished.wait(20000));
        QCOMPARE(shownName, u"calls.csv"_s);
        QVERIFY2(QFile::exists(target), qPrintable(r.downloads->list()->filePath(0)));
    }
};

QTEST_MAIN(TestPortalDownloads)
#include "tst_portaldownloads.moc"
