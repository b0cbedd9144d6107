#include "config/commandline.h"
#include "config/sessionautostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

using namespace opc;

// "Start with my session": the XDG autostart file for real (in a temporary XDG_CONFIG_HOME), and
// the Windows Run value and macOS LaunchAgent formats, which are built on every OS.
class TestSessionAutostart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    QString desktopPath() const
    {
        return m_config.filePath(u"autostart/"_s + QStringLiteral(OPC_APP_ID) + u".desktop"_s);
    }
    QString execLine() const
    {
        QFile file(desktopPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("Exec="))
                return QString::fromUtf8(line.mid(5));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        qunsetenv("APPIMAGE");
    }

    void xdgEntryFollowsTheChoice()
    {
        QCOMPARE(SessionAutostart::location(), desktopPath());
        QVERIFY(!SessionAutostart::state().enabled);
        QTemporaryDir data;
        QString error;
        QVERIFY2(SessionAutostart::enable(SessionAutostart::entryFor(data.path(), false), &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(desktopPath()));
        QCOMPARE(execLine(), QCoreApplication::applicationFilePath() + u" --data-dir "_s + data.path());
        QVERIFY(SessionAutostart::state().enabled);
        QVERIFY(!SessionAutostart::state().minimized);

        QVERIFY(SessionAutostart::enable(SessionAutostart::entryFor(data.path(), true), &error));
        QVERIFY(execLine().endsWith(u" --minimized"_s));
        QVERIFY(SessionAutostart::state().minimized);

        QVERIFY(SessionAutostart::disable(&error));
        QVERIFY(!QFile::exists(desktopPath()));
        QVERIFY(!SessionAutostart::state().enabled);
        QVERIFY(SessionAutostart::disable(&error)); // nothing to remove is no error
    }

    void removedOrDisabledByHandReadsAsOff()
    {
        QString error;
        QVERIFY(SessionAutostart::enable(SessionAutostart::entryFor({}, false), &error));
        QVERIFY(QFile::remove(desktopPath()));
        QVERIFY(!SessionAutostart::state().enabled);

        QVERIFY(SessionAutostart::enable(SessionAutostart::entryFor({}, false), &error));
        QFile file(desktopPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!SessionAutostart::state().enabled);
        QVERIFY(SessionAutostart::disable(&error));
    }

    void theDefaultDataDirIsNotNamed()
    {
        const auto entry = SessionAutostart::entryFor(CommandLine::defaultDataDir(), false);
        QCOMPARE(entry.program, QCoreApplication::applicationFilePath());
        QVERIFY(entry.arguments.isEmpty());
    }

    void pointsAtTheAppImageWhenRunAsOne()
    {
        QTemporaryDir dir;
        const QString appImage = dir.filePath(u"Operator Console-x86_64.AppImage"_s);
        QFile file(appImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        qputenv("APPIMAGE", QFile::encodeName(appImage));
        const auto entry = SessionAutostart::entryFor({}, true);
        qunsetenv("APPIMAGE");
        QCOMPARE(entry.program, appImage);
        QString error;
        QVERIFY(SessionAutostart::enable(entry, &error));
        QCOMPARE(execLine(), u"\"%1\" --minimized"_s.arg(appImage));
        // desktop-file-utils, where installed, agrees that the file is a valid desktop entry.
        if (const QString validate = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
            !validate.isEmpty()) {
            QProcess process;
            process.start(validate, {desktopPath()});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
        }
        QVERIFY(SessionAutostart::disable(&error));
        // An $APPIMAGE that is not there (a stale environment) is not used.
        qputenv("APPIMAGE", "/nonexistent/x.AppImage");
        QCOMPARE(SessionAutostart::currentProgram(), QCoreApplication::applicationFilePath());
        qunsetenv("APPIMAGE");
    }

    void execQuoting_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << u"/usr/bin/operator-console"_s << u"/usr/bin/operator-console"_s;
        QTest::newRow("space") << u"/opt/My Apps/oc"_s << u"\"/opt/My Apps/oc\""_s;
        // Quoting escapes $ and \ with a backslash; the string escaping then doubles each backslash.
        QTest::newRow("dollar and backslash") << u"/tmp/a$b\\c"_s << u"\"/tmp/a\\\\$b\\\\\\\\c\""_s;
        QTest::newRow("percent") << u"/tmp/100%/oc"_s << u"/tmp/100%%/oc"_s;
    }
    void execQuoting()
    {
        QFETCH(QString, program);
        QFETCH(QString, exec);
        QCOMPARE(SessionAutostart::desktopExec({program, {}}), exec);
    }

    void newlinesAreRefused()
    {
        QString error;
        QVERIFY(!SessionAutostart::enable({u"/tmp/a\nExec=evil"_s, {}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(desktopPath()));
    }

    void windowsRunValue()
    {
        QCOMPARE(SessionAutostart::windowsCommandLine(
                     {u"C:\\Program Files\\Operator Console\\operator-console.exe"_s, {u"--minimized"_s}}),
                 u"\"C:\\Program Files\\Operator Console\\operator-console.exe\" --minimized"_s);
        QCOMPARE(SessionAutostart::windowsCommandLine(
                     {u"C:\\oc\\operator-console.exe"_s, {u"--data-dir"_s, u"D:\\my data\\"_s}}),
                 u"C:\\oc\\operator-console.exe --data-dir \"D:\\my data\\\\\""_s);
    }

    void macLaunchAgent()
    {
        const QByteArray plist = SessionAutostart::launchAgentPlist(
            {u"/Applications/Operator Console.app/Contents/MacOS/operator-console"_s,
             {u"--data-dir"_s, u"/Users/a/R&D"_s, u"--minimized"_s}});
        QXmlStreamReader xml(plist);
        QStringList strings;
        bool runAtLoad = false;
        QString key;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"key"_s)
                key = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"string"_s)
                strings << xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"true"_s && key == u"RunAtLoad"_s)
                runAtLoad = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(runAtLoad);
        QVERIFY(strings.contains(QStringLiteral(OPC_APP_ID)));
        QVERIFY(strings.contains(u"/Users/a/R&D"_s));
        QVERIFY(strings.contains(u"--minimized"_s));
    }
};

QTEST_GUILESS_MAIN(TestSessionAutostart)
#include "tst_sessionautostart.moc"
