#include "demo/demoportalserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

// Issue #10 part 4: with --data-dir, everything the console writes stays in that folder. The real
// binary runs against the demo portal with HOME and the XDG folders in an empty sandbox until its
// web engine has shown a transfer; then no file may exist in the sandbox outside the data folder,
// and none may have appeared next to the executable (the install location, /usr in a package).
// (QtWebEngine before 6.9 used to put user_prefs.json into ~/.local/share/…/QtWebEngine.)
class TestE2EDataDir : public QObject
{
    Q_OBJECT

private slots:
    void nothingIsWrittenOutsideTheDataDir();
};

namespace {

// Every file below `dir`, for comparing the program's own folder before and after a run.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QStringList filesOutside(const QString &root, const QString &allowed)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == allowed || path.startsWith(allowed + u'/') || it.fileInfo().isDir())
            continue;
        found << QDir(root).relativeFilePath(path);
    }
    return found;
}

} // namespace

void TestE2EDataDir::nothingIsWrittenOutsideTheDataDir()
{
#if !defined(Q_OS_LINUX)
    QSKIP("HOME and XDG_* only move the per-user folders on Linux");
#endif
    QTemporaryDir sandbox;
    QVERIFY(sandbox.isValid());
    const QDir root(sandbox.path());
    const QString home = root.filePath(u"home"_s);
    const QString runtime = root.filePath(u"runtime"_s);
    const QString dataDir = root.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    DemoPortalServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QUrl portal = server.portalUrl();
    portal.setQuery(u"autoplay=transfer&binds=34"_s);

    // The program's folder stands in for /usr: nothing may be created next to the executable.
    const QString programDir = QFileInfo(QStringLiteral(OPC_CONSOLE_BINARY)).absolutePath();
    const QStringList programFiles = filesBelow(programDir);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s, u"XDG_STATE_HOME"_s})
        env.remove(name); // the defaults below HOME
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
    QProcess console;
    console.setProcessEnvironment(env);
    console.setStandardOutputFile(QProcess::nullDevice());
    QString log;
    connect(&console, &QProcess::readyReadStandardError, this,
            [&] { log += QString::fromUtf8(console.readAllStandardError()); });
    console.start(QStringLiteral(OPC_CONSOLE_BINARY),
                  {u"--data-dir"_s, dataDir, u"--portal"_s, portal.toString(), u"--verbose"_s});
    QVERIFY2(console.waitForStarted(30000), qPrintable(console.errorString()));
    const bool shown = QTest::qWaitFor(
        [&] {
            return log.contains(u"event shown in panel: BackgroundCallCard::transferButtonClick") ||
                console.state() == QProcess::NotRunning;
        },
        150000);
    QVERIFY2(shown && console.state() == QProcess::Running, qPrintable(log.right(6000)));

    // SIGTERM (a session logging out) quits like File → Quit: the window state is saved and the
    // second-launch socket removed (the check for files outside the data folder below sees it).
    console.terminate();
    QVERIFY2(console.waitForFinished(30000), "SIGTERM did not end the console");
    QCOMPARE(console.exitStatus(), QProcess::NormalExit);
    QVERIFY(QSettings(QDir(dataDir).filePath(u"operator-console.ini"_s), QSettings::IniFormat)
                .contains(u"window/geometry"_s));

    // The console did write: its settings, log, event store and the portal's web profile.
    for (const QString &file : {u"operator-console.ini"_s, u"events.sqlite"_s, u"logs/console.log"_s})
        QVERIFY2(QFileInfo::exists(QDir(dataDir).filePath(file)), qPrintable(file));
    // The portal's profile: web/<portal key>/storage (the key is the loopback portal's authority).
    const QStringList profiles =
        QDir(QDir(dataDir).filePath(u"web"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(profiles.size(), 1);
    QVERIFY(QFileInfo::exists(QDir(dataDir).filePath(u"web/"_s + profiles.first() + u"/storage"_s)));
    const QStringList outside = filesOutside(root.path(), dataDir);
    QVERIFY2(outside.isEmpty(), qPrintable(u"written outside --data-dir: "_s + outside.join(u", "_s)));
    QCOMPARE(filesBelow(programDir), programFiles);
}

QTEST_GUILESS_MAIN(TestE2EDataDir)
#include "tst_e2e_datadir.moc"
