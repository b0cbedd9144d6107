#include "consoleapplication.h"

#include "auth/authsession.h"
#include "auth/clientsecretcommand.h"
#include "auth/keychaintokenstore.h"
#include "auth/oauthsettings.h"
#include "auth/provisioningconfig.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "bannerbar.h"
#include "config/consolesettings.h"
#include "mainwindow.h"
#include "protocol/logging.h"
#include "protocol/urlauthority.h"
#include "store/diagnosticslog.h"
#include "store/eventstore.h"
#include "store/instancelock.h"
#include "store/retentionpruner.h"
#include "translatorloader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <unistd.h>

namespace opc {

void ConsoleApplication::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"OperatorConsole"_qs);
    QCoreApplication::setOrganizationDomain(u"operatorconsole.github.io"_qs);
    QCoreApplication::setApplicationName(u"operator-console"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPC_VERSION));
}

QString ConsoleApplication::dataDirectory(const CommandLineOptions &options)
{
    return QDir(options.dataDir.isEmpty() ? CommandLine::defaultDataDir() : options.dataDir).absolutePath();
}

void ConsoleApplication::fail(const QString &message)
{
    QTextStream(stderr) << "operator-console: " << message << Qt::endl;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), message);
}

int ConsoleApplication::run(int &argc, char **argv, const CommandLineOptions &options)
{
    // Chromium refuses to run as root with its sandbox; say so in the log below.
    const bool root = ::geteuid() == 0;
    if (root && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(tr("Operator Console"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(u":/icons/operator-console-%1.png"_qs.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral(OPC_APP_ID));
    TranslatorLoader::install(&app);

    const QString dataDir = dataDirectory(options);
    if (!QDir().mkpath(dataDir) || !QFileInfo(dataDir).isWritable()) {
        fail(tr("The data folder %1 can't be created or written. Choose another one with --data-dir.")
                 .arg(dataDir));
        return 1;
    }
    DiagnosticsLog::Options logOptions;
    logOptions.verbose = options.verbose;
    if (!DiagnosticsLog::install(dataDir, logOptions))
        QTextStream(stderr) << "operator-console: the diagnostics log can't be written in " << dataDir
                            << Qt::endl;
    qCInfo(lcApp) << "Operator Console" << OPC_VERSION << "starting, data folder" << dataDir;
    if (root)
        qCInfo(lcApp) << "running as root: QtWebEngine's sandbox is disabled (QTWEBENGINE_DISABLE_SANDBOX=1)";

    InstanceLock lock(dataDir);
    if (!lock.tryLock()) {
        fail(lock.errorString());
        return 1;
    }

    ConsoleSettings settings(dataDir);
    CommandLineOptions effective = options;
    if (!options.configFile.isEmpty()) {
        QString error;
        if (!applyProvisioning(options.configFile, &settings, &effective, &error)) {
            fail(error);
            return 2;
        }
    }
    EventStore store;
    const EventStore::OpenResult opened = store.open(dataDir);
    RetentionPruner pruner(EventStore::databasePath(dataDir));
    pruner.setRetentionDays(settings.retentionDays());

    MainWindow window(dataDir, &settings, &store);
    window.setRetentionPruner(&pruner);
    QNetworkAccessManager network;
    AuthSession session(new KeychainTokenStore(&network), &network);
    RestClient rest(&session, &network);
    UserDirectory directory(&rest, EventStore::databasePath(dataDir));
    window.attachAccount(&session, &rest, &directory);
    switch (opened.status) {
    case EventStore::OpenStatus::Opened:
        break;
    case EventStore::OpenStatus::CorruptMovedAside:
        window.banners()->showBanner(
            u"store-open"_qs,
            tr("The event log was damaged. It was moved aside to %1 and a new log was started.")
                .arg(QDir::toNativeSeparators(opened.movedAsidePath)),
            BannerBar::Level::Warning);
        break;
    case EventStore::OpenStatus::NewerSchema:
    case EventStore::OpenStatus::Unwritable:
        window.banners()->showBanner(u"store-open"_qs, opened.error, BannerBar::Level::Error);
        break;
    }

    if (effective.portal.isValid()) {
        settings.setPortalUrl(effective.portal);
        settings.sync();
        window.openPortal(effective.portal, false);
    } else if (!options.demo && settings.portalUrl().isValid() && !settings.portalUrl().isEmpty()) {
        window.openPortal(settings.portalUrl(), false);
    } else {
        window.openDemoPortal();
    }
    window.show();
    const int status = app.exec();
    qCInfo(lcApp) << "Operator Console exiting with status" << status;
    return status;
}

bool ConsoleApplication::applyProvisioning(const QString &file, ConsoleSettings *settings,
                                           CommandLineOptions *options, QString *error)
{
    OAuthSettings oauth;
    if (!ProvisioningConfig::load(file, &oauth, error))
        return false;
    settings->raw().beginGroup(u"oauth"_qs);
    oauth.save(settings->raw());
    settings->raw().endGroup();
    // --portal on the command line wins over the file's [portal] url.
    if (!options->portal.isValid() && oauth.portalUrl().isValid()) {
        options->portal = oauth.portalUrl();
        options->demo = false;
    }
    settings->sync();
    qCInfo(lcApp) << "provisioned from" << file;
    return true;
}

int ConsoleApplication::setClientSecret(int &argc, char **argv, const CommandLineOptions &options)
{
    QCoreApplication app(argc, argv);
    const QString dataDir = dataDirectory(options);
    QDir().mkpath(dataDir);
    ConsoleSettings settings(dataDir);
    CommandLineOptions effective = options;
    QString error;
    if (!options.configFile.isEmpty() &&
        !applyProvisioning(options.configFile, &settings, &effective, &error)) {
        QTextStream(stderr) << "operator-console: " << error << Qt::endl;
        return 2;
    }
    const QUrl portal = effective.portal.isValid() ? effective.portal : settings.portalUrl();
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        QTextStream(stderr) << "operator-console: " << tr("cannot read standard input") << Qt::endl;
        return 2;
    }
    const auto outcome = ClientSecretCommand::run(&input, urlAuthority(portal));
    QTextStream(outcome.exitCode == 0 ? stdout : stderr)
        << "operator-console: " << outcome.message << Qt::endl;
    return outcome.exitCode;
}

} // namespace opc
