#include "machineconfig.h"

#include "commandline.h"
#include "portaladdress.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace opc {

QString MachineConfig::systemLocation()
{
#ifdef Q_OS_WIN
    // The key the MSI writes (Win64 components: the 64-bit view, which QSettings reads by default).
    return u"HKEY_LOCAL_MACHINE\\Software\\Operator Console"_s;
#else
    return u"/etc/operator-console/machine.conf"_s;
#endif
}

MachineConfig MachineConfig::readSystem()
{
#ifdef Q_OS_WIN
    const QSettings settings(systemLocation(), QSettings::NativeFormat);
#else
    const QSettings settings(systemLocation(), QSettings::IniFormat);
#endif
    return read(settings);
}

MachineConfig MachineConfig::read(const QSettings &settings)
{
    MachineConfig config;
    // An unquoted INI value with commas comes back as a list; a URL or a path is one string.
    const auto text = [&settings](const QString &key) {
        return settings.value(key).toStringList().join(u',').trimmed();
    };
    config.configFile = text(u"ConfigFile"_s);
    if (const QString portal = text(u"PortalUrl"_s); !portal.isEmpty()) {
        const PortalAddress::Result address = PortalAddress::parse(portal);
        if (address.isValid())
            config.portalUrl = address.url;
        else
            config.warning = tr("%1: PortalUrl ignored: %2").arg(systemLocation(), address.error);
    }
    return config;
}

void MachineConfig::applyConfigFile(CommandLineOptions *options) const
{
    if (options->configFile.isEmpty() && !options->demo)
        options->configFile = configFile;
}

void MachineConfig::applyPortal(CommandLineOptions *options, const QUrl &rememberedPortal) const
{
    if (!options->portal.isValid() && !options->demo && rememberedPortal.isEmpty())
        options->portal = portalUrl;
}

} // namespace opc
