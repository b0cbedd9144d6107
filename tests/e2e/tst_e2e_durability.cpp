#include "demo/demoportalserver.h"
#include "store/eventstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace opc;

namespace {

// The real console binary in its own process, headless, its stderr (the diagnostics log) collected.
class ChildConsole
{
public:
    ChildConsole(const QString &dataDir, const QUrl &portal)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
        m_process.setProcessEnvironment(env);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_stderr += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(QStringLiteral(OPC_CONSOLE_BINARY),
                        {u"--data-dir"_s, dataDir, u"--portal"_s, portal.toString(), u"--verbose"_s});
    }
    ~ChildConsole()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess &process() { return m_process; }
    const QString &log() const { return m_stderr; }

    // The first match of `pattern` in stderr, waiting for it as long as the process runs.
    QRegularExpressionMatch waitForLine(const QRegularExpression &pattern, int timeoutMs)
    {
        QRegularExpressionMatch match;
        const bool ended = QTest::qWaitFor(
            [&] {
                match = pattern.match(m_stderr);
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        if (!ended || !match.hasMatch())
            qWarning().noquote() << "child console log so far:\n" << m_stderr.right(6000);
        return match;
    }

private:
    QProcess m_process;
    QString m_stderr;
};

} // namespace

// Issue: a transfer that the panel has shown must survive the console being killed right away. The
// console commits each event before it shows it, so SIGKILL after the panel line loses nothing, and
// the next console takes over the stale instance lock.
class TestE2EDurability : public QObject
{
    Q_OBJECT

private slots:
    void shownTransferSurvivesSigkill();
};

void TestE2EDurability::shownTransferSurvivesSigkill()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    DemoPortalServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    // The page's sample call starts once the demo worker's 17 bindings and the console's 17 are in.
    QUrl portal = server.portalUrl();
    portal.setQuery(u"autoplay=transfer&binds=34"_s);

    qint64 shownId = 0;
    {
        ChildConsole first(dataDir.path(), portal);
        QVERIFY2(first.process().waitForStarted(30000), qPrintable(first.process().errorString()));
        const QRegularExpressionMatch shown = first.waitForLine(
            QRegularExpression(
                u"opconsole\\.app: event shown in panel: BackgroundCallCard::transferButtonClick id (\\d+)"_s),
            150000);
        QVERIFY2(shown.hasMatch(), "the child console never showed the transfer");
        shownId = shown.captured(1).toLongLong();
        QVERIFY(shownId > 0);

        first.process().kill(); // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
        QVERIFY(first.process().waitForFinished(30000));
        QCOMPARE(first.process().exitStatus(), QProcess::CrashExit);
        QVERIFY(first.log().contains(u"event shown in panel: BackgroundCallCard::initialized"));
    }

    {
        EventStore store;
        QVERIFY(store.open(dataDir.path()).isOpen());
        const QList<CallCardEvent> events = store.page({}, EventPageKey::newest(), 100);
        const auto transfer = std::find_if(events.cbegin(), events.cend(),
                                           [&](const CallCardEvent &e) { return e.id == shownId; });
        QVERIFY2(transfer != events.cend(), "the shown transfer is not in the store");
        QVERIFY(transfer->isTransfer());
        QCOMPARE(transfer->target.value(), u"12"_s);
        QCOMPARE(transfer->target.kind(), TransferTarget::Kind::User);
        QCOMPARE(transfer->phoneNumber, u"+19001234567"_s);
        QCOMPARE(transfer->payloadJson, QByteArray("{\"phoneNumber\":\"+19001234567\",\"target\":12}"));
        QCOMPARE(transfer->portalHost, server.portalHost());
        QVERIFY(transfer->callId.startsWith(u"externalCall."));
        EventFilter transfers;
        transfers.transfersOnly = true;
        QCOMPARE(store.count(transfers), 1);
    }

    // The killed console left its lock file behind; the next one takes it over and starts normally.
    ChildConsole second(dataDir.path(), server.portalUrl());
    QVERIFY(second.process().waitForStarted(30000));
    QVERIFY(second.waitForLine(QRegularExpression(u"opconsole\\.app: .*starting"_s), 60000).hasMatch());
    QVERIFY(second.waitForLine(QRegularExpression(u"opconsole\\.app: opening portal"_s), 60000).hasMatch());
    QCOMPARE(second.process().state(), QProcess::Running);
    QVERIFY2(!second.log().contains(u"already using the data directory") &&
                 !second.log().contains(u"is in use by pid"),
             qPrintable(second.log()));
    second.process().terminate();
    if (!second.process().waitForFinished(30000)) {
        second.process().kill();
        QVERIFY(second.process().waitForFinished(10000));
    }
}

QTEST_GUILESS_MAIN(TestE2EDurability)
#include "tst_e2e_durability.moc"
