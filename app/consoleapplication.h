#pragma once

#include "config/commandline.h"

#include <QCoreApplication>

namespace opc {

class ConsoleSettings;
class InstanceLock;
class ProvisioningConfig;

// Starts the console: QApplication, data directory, single-instance lock (a second launch hands its
// arguments to the running console and exits), diagnostics log, then the composition root (Console)
// and the window that shows it.
class ConsoleApplication
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleApplication)

public:
    // Organisation, name and version; QStandardPaths derives the default data directory from them.
    static void setApplicationIdentity();
    static int run(int &argc, char **argv, const CommandLineOptions &options);
    static int setClientSecret(int &argc, char **argv, const CommandLineOptions &options);
    // Before QApplication: on Linux, software rendering unless the user chose a Qt Quick backend
    // or set OPC_USE_GPU=1 (bench/RESULTS.md has the figures).
    static void chooseRendering();

private:
    // Reads an admin's --config INI into the settings (the file's portal applies unless --portal
    // was given: then `options.portal` is set from it).
    static bool applyProvisioning(const QString &file, ConsoleSettings *settings, CommandLineOptions *options,
                                  QString *error);
    // Another console holds the data directory: hand it this start's arguments, or say why not.
    static int handOver(const InstanceLock &lock, const QString &dataDir);
    static QString dataDirectory(const CommandLineOptions &options);
    static void fail(const QString &message);
};

} // namespace opc
