#include "messagecapture.h"
#include "portal/legacywebprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

// The one browser profile of older versions (<dataDir>/web/storage and web/cache) moves into a
// portal's own folder, web/<key>/, once. Which portal gets it is PortalSession's decision
// (tst_portalsession); a real login surviving the move is tested there too.
class TestLegacyWebProfile : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

private slots:
    void movesStorageAndCacheIntoTheKeyFolder()
    {
        QTemporaryDir dataDir;
        const QDir web(dataDir.filePath(u"web"_s));
        writeFile(web.filePath(u"storage/Cookies"_s), "PHPSESSID");
        writeFile(web.filePath(u"storage/Local Storage/leveldb/000003.log"_s), "opcProbe");
        writeFile(web.filePath(u"cache/index"_s), "cached");
        test::MessageCapture log;
        QVERIFY(LegacyWebProfile::adopt(dataDir.path(), u"acme.bitrix24.com"_s));

        QVERIFY(!web.exists(u"storage"_s));
        QVERIFY(!web.exists(u"cache"_s));
        QCOMPARE(readFile(web.filePath(u"acme.bitrix24.com/storage/Cookies"_s)), QByteArray("PHPSESSID"));
        QCOMPARE(readFile(web.filePath(u"acme.bitrix24.com/storage/Local Storage/leveldb/000003.log"_s)),
                 QByteArray("opcProbe"));
        QCOMPARE(readFile(web.filePath(u"acme.bitrix24.com/cache/index"_s)), QByteArray("cached"));
        QCOMPARE(log.count(u"moved the browser profile of an older version"_s), 1);
        QVERIFY(log.messages().join(u'\n').contains(u"acme.bitrix24.com"));

        // Once: nothing is left to move.
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), u"acme.bitrix24.com"_s));
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), u"other.bitrix24.com"_s));
        QVERIFY(!web.exists(u"other.bitrix24.com"_s));
    }

    void theCacheIsOptional()
    {
        QTemporaryDir dataDir;
        const QDir web(dataDir.filePath(u"web"_s));
        writeFile(web.filePath(u"storage/Cookies"_s), "PHPSESSID");
        QVERIFY(LegacyWebProfile::adopt(dataDir.path(), u"http-127.0.0.1_8080"_s));
        QCOMPARE(readFile(web.filePath(u"http-127.0.0.1_8080/storage/Cookies"_s)), QByteArray("PHPSESSID"));
        QVERIFY(!web.exists(u"http-127.0.0.1_8080/cache"_s));
    }

    void nothingToMove()
    {
        QTemporaryDir dataDir;
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), u"acme.bitrix24.com"_s)); // no web/ at all
        const QDir web(dataDir.filePath(u"web"_s));
        QVERIFY(!web.exists(u"acme.bitrix24.com"_s));
        writeFile(web.filePath(u"cache/index"_s), "cached"); // a cache alone is no login
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), u"acme.bitrix24.com"_s));
        QVERIFY(web.exists(u"cache/index"_s));
        QVERIFY(!web.exists(u"acme.bitrix24.com"_s));
    }

    // The portal has its own profile already (used since the upgrade): it is not overwritten.
    void anExistingFolderWins()
    {
        QTemporaryDir dataDir;
        const QDir web(dataDir.filePath(u"web"_s));
        writeFile(web.filePath(u"storage/Cookies"_s), "old");
        writeFile(web.filePath(u"acme.bitrix24.com/storage/Cookies"_s), "new");
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), u"acme.bitrix24.com"_s));
        QCOMPARE(readFile(web.filePath(u"storage/Cookies"_s)), QByteArray("old"));
        QCOMPARE(readFile(web.filePath(u"acme.bitrix24.com/storage/Cookies"_s)), QByteArray("new"));
    }

    void anEmptyKeyIsNoPortal()
    {
        QTemporaryDir dataDir;
        const QDir web(dataDir.filePath(u"web"_s));
        writeFile(web.filePath(u"storage/Cookies"_s), "old");
        QVERIFY(!LegacyWebProfile::adopt(dataDir.path(), QString()));
        QCOMPARE(readFile(web.filePath(u"storage/Cookies"_s)), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestLegacyWebProfile)
#include "tst_legacywebprofile.moc"
