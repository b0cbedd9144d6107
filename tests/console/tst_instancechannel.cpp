#include "console/instancechannel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

using namespace opc;

// Both ends of the channel a second launch uses, for real: a listening InstanceServer and the
// blocking InstanceClient in another thread (as in a second process), over a real local socket.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

    // Runs the blocking client in its own thread while this thread's event loop serves the server.
    static InstanceClient::Outcome handOver(const QString &dataDir, const QStringList &arguments,
                                            int timeoutMs = 5000)
    {
        InstanceClient::Outcome outcome;
        bool done = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            outcome = InstanceClient::handOver(dataDir, arguments, timeoutMs);
            done = true;
        }));
        thread->start();
        if (!QTest::qWaitFor([&] { return thread->isFinished(); }, timeoutMs + 5000))
            qFatal("the client did not return");
        thread->wait();
        Q_ASSERT(done);
        return outcome;
    }

    // JSON written with single quotes, which moc's tokenizer reads more easily than raw strings.
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }

private slots:
    void nameFollowsTheCanonicalDataDirectory()
    {
        QTemporaryDir root;
        QDir(root.path()).mkpath(u"a"_s);
        QDir(root.path()).mkpath(u"b"_s);
        const QString a = InstanceChannel::serverName(root.filePath(u"a"_s));
        QCOMPARE(InstanceChannel::serverName(root.filePath(u"b/../a"_s)), a);
        QVERIFY(InstanceChannel::serverName(root.filePath(u"b"_s)) != a);
        QVERIFY(QFileInfo(a).fileName().startsWith(u"opc-"_s));
    }

    void decodesOnlyValidLaunchRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("valid");
        QTest::newRow("launch")
            << json("{'v':1,'type':'launch','arguments':['--portal','https://a.bitrix24.com']}") << true;
        QTest::newRow("no arguments") << json("{'v':1,'type':'launch','arguments':[]}") << true;
        QTest::newRow("not json") << json("--portal x") << false;
        QTest::newRow("array") << json("[1,2]") << false;
        QTest::newRow("future version") << json("{'v':2,'type':'launch','arguments':[]}") << false;
        QTest::newRow("no version") << json("{'type':'launch','arguments':[]}") << false;
        QTest::newRow("other type") << json("{'v':1,'type':'quit','arguments':[]}") << false;
        QTest::newRow("arguments not a list")
            << json("{'v':1,'type':'launch','arguments':'--demo'}") << false;
        QTest::newRow("a number") << json("{'v':1,'type':'launch','arguments':[1]}") << false;
        QTest::newRow("too many") << QJsonDocument::fromVariant(
                                         QVariantMap{{u"v"_s, 1},
                                                     {u"type"_s, u"launch"_s},
                                                     {u"arguments"_s, QStringList(65, u"--demo"_s)}})
                                         .toJson()
                                  << false;
        QTest::newRow("too long") << QJsonDocument::fromVariant(
                                         QVariantMap{{u"v"_s, 1},
                                                     {u"type"_s, u"launch"_s},
                                                     {u"arguments"_s, QStringList{QString(5000, u'x')}}})
                                         .toJson()
                                  << false;
    }
    void decodesOnlyValidLaunchRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, valid);
        QString error;
        const auto arguments = InstanceChannel::decodeLaunch(request, &error);
        QCOMPARE(arguments.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void framesArePoppedWhole()
    {
        const QByteArray frames =
            InstanceChannel::encodeLaunch({u"--demo"_s}) + InstanceChannel::encodeReply(true);
        QByteArray buffer = frames.left(6);
        bool tooLarge = true;
        QVERIFY(!InstanceChannel::takeFrame(&buffer, &tooLarge));
        QVERIFY(!tooLarge);
        buffer = frames;
        const auto first = InstanceChannel::takeFrame(&buffer, &tooLarge);
        QVERIFY(first);
        QCOMPARE(*InstanceChannel::decodeLaunch(*first, nullptr), QStringList{u"--demo"_s});
        QVERIFY(InstanceChannel::takeFrame(&buffer, &tooLarge));
        QVERIFY(buffer.isEmpty());
        QByteArray huge("\x7f\x00\x00\x00", 4);
        QVERIFY(!InstanceChannel::takeFrame(&huge, &tooLarge));
        QVERIFY(tooLarge);
    }

    void aSecondLaunchHandsOverItsArguments()
    {
        QTemporaryDir dir;
        InstanceServer server(dir.path());
        QVERIFY(server.listen());
        QSignalSpy launches(&server, &InstanceServer::launchRequested);
        const QStringList arguments{u"--portal"_s, u"https://example.bitrix24.com/crm/"_s};

        const auto outcome = handOver(dir.path(), arguments);
        QCOMPARE(outcome.status, InstanceClient::Status::Delivered);
        QTRY_COMPARE(launches.size(), 1);
        const auto options = launches.at(0).at(0).value<CommandLineOptions>();
        QCOMPARE(options.portal, QUrl(u"https://example.bitrix24.com/crm/"_s));
        QCOMPARE(launches.at(0).at(1).toStringList(), arguments);

        // Another data directory is another console: nobody listens there.
        QTemporaryDir other;
        QCOMPARE(handOver(other.path(), arguments, 300).status, InstanceClient::Status::NotListening);
        QCOMPARE(launches.size(), 1);
    }

    void headlessCommandsAndBadArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export") << QStringList{u"--export-log"_s, u"-"_s};
        QTest::newRow("secret") << QStringList{u"--set-client-secret"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("bad portal") << QStringList{u"--portal"_s, u"ftp://x"_s};
    }
    void headlessCommandsAndBadArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        InstanceServer server(dir.path());
        QVERIFY(server.listen());
        QSignalSpy launches(&server, &InstanceServer::launchRequested);
        const auto outcome = handOver(dir.path(), arguments);
        QCOMPARE(outcome.status, InstanceClient::Status::Refused);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(!launches.wait(200));
    }

    void oversizedAndSlowClientsAreDropped()
    {
        QTemporaryDir dir;
        InstanceServer server(dir.path());
        server.setClientTimeout(300);
        QVERIFY(server.listen());
        QSignalSpy launches(&server, &InstanceServer::launchRequested);

        QLocalSocket huge;
        huge.connectToServer(server.serverName());
        QVERIFY(huge.waitForConnected(2000));
        huge.write(QByteArray("\x00\x10\x00\x00", 4) + QByteArray(1024, 'x')); // announces 1 MiB
        QTRY_COMPARE_WITH_TIMEOUT(huge.state(), QLocalSocket::UnconnectedState, 5000);

        QLocalSocket silent;
        silent.connectToServer(server.serverName());
        QVERIFY(silent.waitForConnected(2000));
        silent.write(InstanceChannel::encodeLaunch({u"--demo"_s}).left(5));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(launches.size(), 0);

        // The server still serves the next launch.
        QCOMPARE(handOver(dir.path(), {}).status, InstanceClient::Status::Delivered);
    }

    void aConsoleThatDoesNotAnswerTimesOut()
    {
        QTemporaryDir dir;
        // Accepts connections and never replies, as a console stuck in a dialog-less busy loop.
        QLocalServer stuck;
        QLocalServer::removeServer(InstanceChannel::serverName(dir.path()));
        QVERIFY(stuck.listen(InstanceChannel::serverName(dir.path())));
        QElapsedTimer clock;
        clock.start();
        const auto outcome = handOver(dir.path(), {u"--demo"_s}, 500);
        QCOMPARE(outcome.status, InstanceClient::Status::NoAnswer);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void theSocketIsTheUsersAlone()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix socket permissions");
#else
        QTemporaryDir dir;
        InstanceServer server(dir.path());
        QVERIFY(server.listen());
        QString path = server.serverName();
        if (!QDir::isAbsolutePath(path))
            path = QDir(QDir::tempPath()).filePath(path);
        const QFileInfo socket(path);
        QVERIFY2(socket.exists(), qPrintable(path));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
            QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(socket.permissions() & others, QFile::Permissions());
#endif
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
