#include "consoleapplication.h"

#include "auth/clientsecretcommand.h"
#include "bannerbar.h"
#include "config/consolesettings.h"
#include "config/machineconfig.h"
#include "config/provisioningconfig.h"
#include "config/qtsettingslocation.h"
#include "console/console.h"
#include "console/instancechannel.h"
#include "console/terminationsignals.h"
#include "console/traynotifier.h"
#include "logupdatedialog.h"
#include "mainwindow.h"
#include "memorytrimmer.h"
#include "protocol/logging.h"
#include "protocol/weborigin.h"
#include "secondlaunch.h"
#include "store/diagnosticslog.h"
#include "store/eventstore.h"
#include "store/instancelock.h"
#include "store/privatefiles.h"
#include "translatorloader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// How long a second launch waits for the running console: it may be busy starting its web engine.
constexpr int kHandOverTimeoutMs = 10000;

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

void ConsoleApplication::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"OperatorConsole"_s);
    QCoreApplication::setOrganizationDomain(u"operatorconsole.github.io"_s);
    QCoreApplication::setApplicationName(u"operator-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPC_VERSION));
}

QString ConsoleApplication::dataDirectory(const CommandLineOptions &options)
{
    return QDir(options.dataDir.isEmpty() ? CommandLine::defaultDataDir() : options.dataDir).absolutePath();
}

void ConsoleApplication::fail(const QString &message)
{
    QTextStream(stderr) << "operator-console: " << message << Qt::endl;
    // Without a screen (offscreen, minimal: tests, CI) nobody could close the box.
    const QString platform = QGuiApplication::platformName();
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) && platform != u"offscreen"_s &&
        platform != u"minimal"_s)
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), message);
}

int ConsoleApplication::run(int &argc, char **argv, const CommandLineOptions &options)
{
    // Chromium refuses to run as root with its sandbox; say so in the log below.
    const bool root = runningAsRoot();
    if (root && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    chooseRendering();
    QApplication app(argc, argv);
    // Translations first: the display name is the window title and the tray's tooltip.
    TranslatorLoader::install(&app);
    QApplication::setApplicationDisplayName(tr("Operator Console"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(u":/icons/operator-console-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral(OPC_APP_ID));

    const QString dataDir = dataDirectory(options);
    if (!PrivateFiles::makePrivateDir(dataDir) || !QFileInfo(dataDir).isWritable()) {
        fail(tr("The data folder %1 can't be created or written. Choose another one with --data-dir.")
                 .arg(dataDir));
        return 1;
    }
    if (!options.dataDir.isEmpty())
        QtSettingsLocation::redirectTo(dataDir);
    // Before the diagnostics log: a second launch hands over and leaves the running console's log alone.
    InstanceLock lock(dataDir);
    if (!lock.tryLock())
        return handOver(lock, dataDir);
    DiagnosticsLog::Options logOptions;
    logOptions.verbose = options.verbose;
    if (!DiagnosticsLog::install(dataDir, logOptions))
        QTextStream(stderr) << "operator-console: the diagnostics log can't be written in " << dataDir
                            << Qt::endl;
    qCInfo(lcApp) << "Operator Console" << OPC_VERSION << "starting, data folder" << dataDir;
    if (root)
        qCInfo(lcApp) << "running as root: QtWebEngine's sandbox is disabled (QTWEBENGINE_DISABLE_SANDBOX=1)";
    // Under the instance lock, before the store opens the log: an older log is updated off the GUI
    // thread with a progress dialog, not in a frozen start. Quitting there leaves it for the next start.
    if (!LogUpdateDialog::runIfNeeded(EventStore::databasePath(dataDir)))
        return 0;

    InstanceServer instances(dataDir);
    instances.listen();

    Console console({dataDir, options.handlerOrigin, nullptr});
    CommandLineOptions effective = options;
    // The admin's machine-wide presets (the MSI's PORTAL_URL and CONFIGFILE) fill what is left open.
    const MachineConfig machine = MachineConfig::readSystem();
    if (!machine.warning.isEmpty())
        qCWarning(lcApp).noquote() << machine.warning;
    machine.applyConfigFile(&effective);
    if (!effective.configFile.isEmpty()) {
        QString error;
        if (!applyProvisioning(effective.configFile, console.settings(), &effective, &error)) {
            fail(error);
            return 2;
        }
    }
    machine.applyPortal(&effective, console.settings()->portalUrl());
    MainWindow window(&console);
    SecondLaunch secondLaunch(&window, &console);
    QObject::connect(&instances, &InstanceServer::launchRequested, &secondLaunch, &SecondLaunch::apply);
    // --minimized (the session's autostart): in the tray, or minimised when there is none.
    if (!options.minimized)
        window.show();
    else if (!console.tray()->isAvailable())
        window.showMinimized();
    MemoryTrimmer trimmer;
    QString error;
    switch (console.openStartPortal(effective.portal, effective.demo, &error)) {
    case Console::StartOutcome::Opened:
        break;
    case Console::StartOutcome::NeedsPortalAddress:
        window.show();
        window.showConnectDialog();
        break;
    case Console::StartOutcome::Failed:
        window.banners()->showBanner(u"demo"_s, error, BannerBar::Level::Error);
        break;
    }
    TerminationSignals termination;
    // As File → Quit: the window saves its geometry and state on the way out.
    QObject::connect(&termination, &TerminationSignals::received, &window, &MainWindow::quitConsole);
    const int status = app.exec();
    qCInfo(lcApp) << "Operator Console exiting with status" << status;
    return status;
}

int ConsoleApplication::handOver(const InstanceLock &lock, const QString &dataDir)
{
    if (lock.holder() != InstanceLock::Holder::ThisUser) {
        fail(lock.errorString());
        return 1;
    }
    const auto outcome =
        InstanceClient::handOver(dataDir, QCoreApplication::arguments().mid(1), kHandOverTimeoutMs);
    switch (outcome.status) {
    case InstanceClient::Status::Delivered:
        return 0;
    case InstanceClient::Status::Refused:
        fail(tr("The running Operator Console did not take this start: %1").arg(outcome.error));
        return 2;
    case InstanceClient::Status::Untrusted:
        fail(tr("Can't reach the running Operator Console safely: %1").arg(outcome.error));
        return 1;
    case InstanceClient::Status::NotListening:
    case InstanceClient::Status::NoAnswer:
        break;
    }
    QTextStream(stderr) << "operator-console: " << outcome.error << Qt::endl;
    fail(lock.notAnsweringString());
    return 1;
}

void ConsoleApplication::chooseRendering()
{
#ifdef Q_OS_LINUX
    // The window is Widgets and the portal a web page: GPU compositing buys little there, while the
    // GL stack (often Mesa's llvmpipe, which maps libLLVM) and its GPU thread cost about 120 MiB
    // across the console's processes. Chromium then rasterises in software, as it does without a GPU.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIntValue("OPC_USE_GPU") == 1)
        return;
    qputenv("QT_QUICK_BACKEND", "software");
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--disable-gpu"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --disable-gpu").trimmed());
#endif
}

bool ConsoleApplication::applyProvisioning(const QString &file, ConsoleSettings *settings,
                                           CommandLineOptions *options, QString *error)
{
    ProvisioningConfig config;
    if (!ProvisioningConfig::load(file, &config, error))
        return false;
    settings->setOAuthSettings(config.oauth);
    if (!config.handlerOrigin.isEmpty())
        settings->setHandlerOrigin(config.handlerOrigin);
    // --portal on the command line wins over the file's [portal] url.
    if (!options->portal.isValid() && config.portalUrl.isValid()) {
        options->portal = config.portalUrl;
        options->demo = false;
    }
    qCInfo(lcApp) << "provisioned from" << file;
    return true;
}

int ConsoleApplication::setClientSecret(int &argc, char **argv, const CommandLineOptions &options)
{
    QCoreApplication app(argc, argv);
    const QString dataDir = dataDirectory(options);
    PrivateFiles::makePrivateDir(dataDir);
    ConsoleSettings settings(dataDir);
    CommandLineOptions effective = options;
    MachineConfig::readSystem().applyConfigFile(&effective);
    QString error;
    if (!effective.configFile.isEmpty() &&
        !applyProvisioning(effective.configFile, &settings, &effective, &error)) {
        QTextStream(stderr) << "operator-console: " << error << Qt::endl;
        return 2;
    }
    const QUrl portal = effective.portal.isValid() ? effective.portal : settings.portalUrl();
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        QTextStream(stderr) << "operator-console: " << tr("cannot read standard input") << Qt::endl;
        return 2;
    }
    const auto outcome = ClientSecretCommand::run(&input, WebOrigin::fromUrl(portal).authority());
    QTextStream(outcome.exitCode == 0 ? stdout : stderr)
        << "operator-console: " << outcome.message << Qt::endl;
    return outcome.exitCode;
}

} // namespace opc
