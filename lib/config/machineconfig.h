#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace opc {

struct CommandLineOptions;

// What an administrator presets for every user of the machine:
//  - Windows: the MSI's PORTAL_URL and CONFIGFILE properties, written to
//    HKEY_LOCAL_MACHINE\Software\Operator Console as the string values PortalUrl and ConfigFile
//    (packaging/windows/operator-console.wxs);
//  - Linux and macOS: the same two keys in /etc/operator-console/machine.conf ([General] group).
// Empty or missing values mean "not set". The command line and the user's own choice win.
class MachineConfig
{
    Q_DECLARE_TR_FUNCTIONS(opc::MachineConfig)

public:
    QUrl portalUrl; // as PortalAddress parses it; empty when unset or invalid
    QString configFile; // a provisioning INI (--config); empty when unset
    QString warning; // one translated line when a value was ignored, else empty

    // Reads PortalUrl and ConfigFile from `settings` (the registry key or the file).
    static MachineConfig read(const QSettings &settings);
    // read() from this platform's machine-wide location.
    static MachineConfig readSystem();
    // The registry key or file path that readSystem() reads, for the log.
    static QString systemLocation();

    // --config defaults to ConfigFile, unless the command line has --config or --demo.
    void applyConfigFile(CommandLineOptions *options) const;
    // The portal defaults to PortalUrl when neither the command line (--portal, --demo), nor the
    // provisioning file, nor the user (the remembered portal) chose one.
    void applyPortal(CommandLineOptions *options, const QUrl &rememberedPortal) const;
};

} // namespace opc
