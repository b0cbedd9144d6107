#pragma once

#include <QString>

namespace opc {

// Qt keeps some state of its own in per-user QSettings, outside any folder the console chooses:
// the file dialog's recent folders and view (QtProject.conf in ~/.config on Linux). With --data-dir
// everything the console writes must stay in that folder, so Qt's user-scope settings files move
// there too. On Windows and macOS native settings live in the registry and CFPreferences, which
// setPath does not move; there Qt's file dialogs are the system's and keep no such file.
namespace QtSettingsLocation {
void redirectTo(const QString &dataDir);
}

} // namespace opc
