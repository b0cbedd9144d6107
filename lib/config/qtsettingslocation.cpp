#include "qtsettingslocation.h"

#include <QSettings>

namespace opc::QtSettingsLocation {

void redirectTo(const QString &dataDir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dataDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
}

} // namespace opc::QtSettingsLocation
