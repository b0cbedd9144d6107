#include "config/commandline.h"
#include "config/machineconfig.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using opc::CommandLineOptions;
using opc::MachineConfig;

// What an admin presets for every user (the MSI's PORTAL_URL and CONFIGFILE, /etc on Linux):
// read from an INI file standing in for the registry key, and only filling what the command
// line, the provisioning file and the user left open.
class TestMachineConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    MachineConfig readIni(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"machine%1.conf"_s.arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        f.close();
        const QSettings settings(path, QSettings::IniFormat);
        return MachineConfig::read(settings);
    }

    static CommandLineOptions parse(const QStringList &args)
    {
        return opc::CommandLine::parse(QStringList{u"operator-console"_s} + args);
    }

private slots:
    void readsBothValues()
    {
        const MachineConfig config = readIni("[General]\nPortalUrl=acme.bitrix24.com\n"
                                             "ConfigFile=/srv/Operator Console/a,b.ini\n");
        QCOMPARE(config.portalUrl, QUrl(u"https://acme.bitrix24.com/"_s));
        // An unquoted comma must not cut the path.
        QCOMPARE(config.configFile, u"/srv/Operator Console/a,b.ini"_s);
        QVERIFY(config.warning.isEmpty());
    }

    // The MSI writes both values on every install; a property not given leaves them empty.
    void emptyValuesAreUnset()
    {
        const MachineConfig config = readIni("[General]\nPortalUrl=\nConfigFile=  \n");
        QVERIFY(config.portalUrl.isEmpty());
        QVERIFY(config.configFile.isEmpty());
        QVERIFY(config.warning.isEmpty());
        const MachineConfig none = readIni("");
        QVERIFY(none.portalUrl.isEmpty());
        QVERIFY(none.configFile.isEmpty());
    }

    void invalidPortalIsIgnoredWithAWarning()
    {
        const MachineConfig config = readIni("[General]\nPortalUrl=ftp://acme.bitrix24.com\n");
        QVERIFY(config.portalUrl.isEmpty());
        QVERIFY(config.warning.contains(u"PortalUrl"_s));
    }

    void configFileFillsOnlyAnEmptyConfigOption()
    {
        const MachineConfig config =
            readIni("[General]\nConfigFile=/etc/operator-console/provisioning.ini\n");
        CommandLineOptions plain = parse({});
        config.applyConfigFile(&plain);
        QCOMPARE(plain.configFile, u"/etc/operator-console/provisioning.ini"_s);

        CommandLineOptions own = parse({u"--config"_s, u"/home/a/mine.ini"_s});
        config.applyConfigFile(&own);
        QCOMPARE(own.configFile, u"/home/a/mine.ini"_s);

#if OPC_WITH_DEMO
        // The demo stays the demo: the machine's file would switch it to the real portal.
        CommandLineOptions demo = parse({u"--demo"_s});
        config.applyConfigFile(&demo);
        QVERIFY(demo.configFile.isEmpty());
#endif
    }

    void portalFillsOnlyWhenNobodyChoseOne()
    {
        const MachineConfig config = readIni("[General]\nPortalUrl=https://acme.bitrix24.com\n");
        CommandLineOptions first = parse({});
        config.applyPortal(&first, QUrl());
        QCOMPARE(first.portal, QUrl(u"https://acme.bitrix24.com/"_s));

        // The operator's own portal (remembered from an earlier start) wins.
        CommandLineOptions later = parse({});
        config.applyPortal(&later, QUrl(u"https://other.bitrix24.de/"_s));
        QVERIFY(!later.portal.isValid());

        CommandLineOptions given = parse({u"--portal"_s, u"https://other.bitrix24.de"_s});
        config.applyPortal(&given, QUrl());
        QCOMPARE(given.portal, QUrl(u"https://other.bitrix24.de/"_s));

#if OPC_WITH_DEMO
        CommandLineOptions demo = parse({u"--demo"_s});
        config.applyPortal(&demo, QUrl());
        QVERIFY(!demo.portal.isValid());
#endif
    }

    void systemLocationIsMachineWide()
    {
#ifdef Q_OS_WIN
        QCOMPARE(MachineConfig::systemLocation(), u"HKEY_LOCAL_MACHINE\\Software\\Operator Console"_s);
#else
        QCOMPARE(MachineConfig::systemLocation(), u"/etc/operator-console/machine.conf"_s);
#endif
    }
};

QTEST_GUILESS_MAIN(TestMachineConfig)
#include "tst_machineconfig.moc"
