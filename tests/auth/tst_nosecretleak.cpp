// Signs in, refreshes and resolves names in a child process with every opconsole.* category at
// debug level, then scans the data directory, the diagnostics log and the child's whole output
// for the tokens, codes and the client secret. Label "keychain": the child uses the real one.
#include "fakeportal.h"

#include "auth/keychaintokenstore.h"
#include "auth/restclient.h"
#include "auth/userdirectory.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

QFile *g_diagnostics = nullptr;
QtMessageHandler g_previous = nullptr;

// Stands in for the app's diagnostics log: every message to a file in the data dir and to stderr.
void diagnosticsHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_diagnostics) {
        g_diagnostics->write(qFormatLogMessage(type, context, message).toUtf8() + '\n');
        g_diagnostics->flush();
    }
    g_previous(type, context, message);
}

int runScenario(const QString &dataDir, const QString &secretsFile)
{
    QDir().mkpath(dataDir + u"/logs"_s);
    QFile log(dataDir + u"/logs/diagnostics.log"_s);
    log.open(QIODevice::WriteOnly | QIODevice::Append);
    g_diagnostics = &log;
    g_previous = qInstallMessageHandler(diagnosticsHandler);
    QLoggingCategory::setFilterRules(u"opconsole.*.debug=true"_s);

    test::FakePortal portal;
    QNetworkAccessManager nam;
    KeychainTokenStore store;
    store.setRetryDelay(200);
    AuthSession session(&store, &nam);
    session.setSettings(portal.settings());
    session.storeClientSecret(test::kClientSecret);
    if (!test::signIn(nam, session))
        return 10;
    RestClient rest(&session, &nam);
    UserDirectory names(&rest, dataDir + u"/console.sqlite"_s);
    names.setPortalKey(portal.fake->portalHost());

    portal.fake->expireAccessTokens(); // forces 401 expired_token -> refresh -> retry
    QStringList seen;
    QObject::connect(&names, &UserDirectory::userResolved, &names,
                     [&](const UserInfo &u) { seen << u.summary(); });
    QObject::connect(&names, &UserDirectory::phoneResolved, &names,
                     [&](const QString &, const UserInfo &u) { seen << u.summary(); });
    QObject::connect(&names, &UserDirectory::currentUserResolved, &names,
                     [&](const UserInfo &u) { seen << u"me: "_s + u.summary(); });
    for (qint64 id : {2, 7, 12})
        names.resolve(id);
    names.resolvePhone(u"+7 903 555-01-40"_s);
    names.resolveCurrentUser();
    if (!QTest::qWaitFor([&] { return seen.size() == 5; }, 20000))
        return 11;
    // Deliberately chatty, like a debugging operator would be.
    qInfo().noquote() << "RESOLVED" << seen.join(u" | "_s);
    qInfo() << "REFRESHES" << portal.fake->tokenRequestCount(u"refresh_token"_s);
    qInfo() << "STORAGE" << (session.isMemoryOnly() ? "memory" : "keychain");
    qDebug() << "session" << session.state() << session.banner() << rest.problem().message();

    QFile out(secretsFile);
    out.open(QIODevice::WriteOnly);
    out.write(portal.fake->secretsIssued().join(u'\n').toUtf8());
    return 0;
}

} // namespace

class TestNoSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void noTokenOrSecretAnywhere()
    {
        QTemporaryDir dataDir;
        QTemporaryDir outside;
        const QString secretsFile = outside.filePath(u"secrets.txt"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--scenario"_s, dataDir.path(), secretsFile});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("Ivan Petrov, Sales, ext. 105"), output.constData());
        QVERIFY(output.contains("REFRESHES 1"));
        QVERIFY2(output.contains("STORAGE keychain"), "the real keychain was not reachable");
        QVERIFY(output.contains("me: "));

        QFile list(secretsFile);
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QList<QByteArray> secrets = list.readAll().split('\n');
        QVERIFY(secrets.size() >= 6); // code, 2 pairs, the client secret
        QVERIFY(secrets.contains(test::kClientSecret.toUtf8()));

        QList<std::pair<QString, QByteArray>> haystacks{{u"child output"_s, output}};
        QDirIterator it(dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            haystacks.append({f.fileName(), f.readAll()});
        }
        QVERIFY(std::any_of(haystacks.cbegin(), haystacks.cend(), [](const auto &h) {
            return h.first.endsWith(u"diagnostics.log"_s) && !h.second.isEmpty();
        }));
        QVERIFY(std::any_of(haystacks.cbegin(), haystacks.cend(),
                            [](const auto &h) { return h.first.endsWith(u"console.sqlite"_s); }));
        for (const auto &[where, content] : haystacks)
            for (const QByteArray &secret : secrets)
                QVERIFY2(secret.isEmpty() || !content.contains(secret),
                         qPrintable(where + u" contains a secret"_s));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--scenario") == 0)
        return runScenario(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestNoSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecretleak.moc"
