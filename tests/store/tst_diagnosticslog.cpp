#include "protocol/logging.h"
#include "store/diagnosticslog.h"
#include "store/secretredactor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

using namespace opc;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestDiagnosticsLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DiagnosticsLog::uninstall(); }
    void writesCategorisedLines();
    void verboseEnablesDebug();
    void rotatesAtTheSizeCap();
    void isThreadSafe();
    void redactsSecrets_data();
    void redactsSecrets();
};

void TestDiagnosticsLog::writesCategorisedLines()
{
    QTemporaryDir dir;
    QVERIFY(DiagnosticsLog::install(dir.path(), {.echoToStderr = false}));
    qCWarning(lcStore) << "disk is full";
    qCInfo(lcBridge) << "bridge ready";
    qCDebug(lcStore) << "not shown without --verbose";
    const QString text = readText(DiagnosticsLog::logFilePath(dir.path()));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // 2026-11-24T10:15:00.123Z warning opconsole.store: disk is full
    static const QRegularExpression shape(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z warning opconsole\\.store: disk is full$"_s);
    QVERIFY2(shape.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).endsWith(u" info opconsole.bridge: bridge ready"_s));
}

void TestDiagnosticsLog::verboseEnablesDebug()
{
    QTemporaryDir dir;
    QVERIFY(DiagnosticsLog::install(dir.path(), {.verbose = true, .echoToStderr = false}));
    qCDebug(lcStore) << "row 42 written";
    QVERIFY(readText(DiagnosticsLog::logFilePath(dir.path()))
                .contains(u"debug opconsole.store: row 42 written"_s));
    QVERIFY(DiagnosticsLog::install(dir.path(), {.verbose = false, .echoToStderr = false}));
    QVERIFY(!lcStore().isDebugEnabled());
}

void TestDiagnosticsLog::rotatesAtTheSizeCap()
{
    QTemporaryDir dir;
    QVERIFY(
        DiagnosticsLog::install(dir.path(), {.maxFileBytes = 2000, .maxFiles = 3, .echoToStderr = false}));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcStore, "line %03d %s", i, QByteArray(40, 'x').constData());
    const QDir logs(DiagnosticsLog::logDirectory(dir.path()));
    QCOMPARE(logs.entryList(QDir::Files, QDir::Name),
             (QStringList{u"console.1.log"_s, u"console.2.log"_s, u"console.log"_s}));
    for (const QString &name : logs.entryList(QDir::Files))
        QVERIFY(QFileInfo(logs.filePath(name)).size() <= 2000);
    // The newest line is in console.log, the ones before it in console.1.log.
    QVERIFY(readText(logs.filePath(u"console.log"_s)).contains(u"line 199"_s));
    const QString previous = readText(logs.filePath(u"console.1.log"_s));
    const QString current = readText(logs.filePath(u"console.log"_s));
    const int firstCurrent = current.mid(current.indexOf(u"line "_s) + 5, 3).toInt();
    QVERIFY(previous.contains(u"line "_s + QString::number(firstCurrent - 1).rightJustified(3, u'0')));
    QVERIFY(
        !readText(logs.filePath(u"console.2.log"_s)).contains(u"line 000"_s)); // the oldest file was dropped
}

void TestDiagnosticsLog::isThreadSafe()
{
    QTemporaryDir dir;
    QVERIFY(DiagnosticsLog::install(dir.path(),
                                    {.maxFileBytes = 64 * 1024, .maxFiles = 50, .echoToStderr = false}));
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([t] {
            for (int i = 0; i < 500; ++i)
                qCInfo(lcStore, "thread %d message %d", t, i);
        }));
        threads.constLast()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    DiagnosticsLog::uninstall();
    QString all;
    for (const QString &name : QDir(DiagnosticsLog::logDirectory(dir.path())).entryList(QDir::Files))
        all += readText(DiagnosticsLog::logDirectory(dir.path()) + u'/' + name);
    const QStringList lines = all.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2000);
    for (const QString &line : lines)
        QVERIFY2(line.contains(u" info opconsole.store: thread "_s), qPrintable(line)); // no torn lines
}

void TestDiagnosticsLog::redactsSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("query") << u"GET https://b24.example/rest/user.get?auth=x&access_token=abc123SECRET&y=1"_s
                           << u"abc123SECRET"_s;
    QTest::newRow("json") << u"reply {\"access_token\": \"tok.en-SECRET\", \"expires\":3600}"_s
                          << u"tok.en-SECRET"_s;
    QTest::newRow("refresh") << u"refresh_token=R3fr3shSECRET"_s << u"R3fr3shSECRET"_s;
    QTest::newRow("client secret") << u"client_secret: 'cs_SECRET'"_s << u"cs_SECRET"_s;
    QTest::newRow("AUTH_ID") << u"placement AUTH_ID=a1b2c3SECRET&AUTH_EXPIRES=3600"_s << u"a1b2c3SECRET"_s;
    QTest::newRow("bracketed") << u"auth[access_token]=brSECRET"_s << u"brSECRET"_s;
    QTest::newRow("url encoded") << u"auth%5Baccess_token%5D=encSECRET"_s << u"encSECRET"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer eyJhbGciSECRET.x.y"_s << u"eyJhbGciSECRET"_s;
}

void TestDiagnosticsLog::redactsSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = SecretRedactor::redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(u"***"_s));

    // And in the file, whatever the caller forgot.
    QTemporaryDir dir;
    QVERIFY(DiagnosticsLog::install(dir.path(), {.echoToStderr = false}));
    qCWarning(lcAuth) << text;
    QVERIFY(!readText(DiagnosticsLog::logFilePath(dir.path())).contains(secret));
    QVERIFY(SecretRedactor::redact(u"transfer to +79161234567, user 12"_s) ==
            u"transfer to +79161234567, user 12"_s);
}

QTEST_GUILESS_MAIN(TestDiagnosticsLog)
#include "tst_diagnosticslog.moc"
