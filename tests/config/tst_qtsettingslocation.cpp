#include "config/qtsettingslocation.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

// With --data-dir, the state Qt's own file dialog keeps per user lands in the data folder.
class TestQtSettingsLocation : public QObject
{
    Q_OBJECT

private slots:
    void fileDialogStateStaysInTheDataDir()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP(
            "native settings are the registry (Windows) or CFPreferences (macOS): setPath moves only files");
#endif
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QtSettingsLocation::redirectTo(dataDir.path());
        QVERIFY(QSettings(QSettings::UserScope, u"QtProject"_s).fileName().startsWith(dataDir.path()));
        {
            // The widget-based dialog (the one Linux desktops without a portal get) saves its state
            // into QSettings(UserScope, "QtProject") when it is destroyed.
            QFileDialog dialog(nullptr, u"Export"_s, dataDir.path());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.reject();
        }
        QVERIFY2(QFile::exists(dataDir.filePath(u"QtProject.conf"_s)),
                 qPrintable(
                     QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
    }
};

QTEST_MAIN(TestQtSettingsLocation)
#include "tst_qtsettingslocation.moc"
