#include "store/eventstore.h"
#include "store/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    static constexpr QFile::Permissions kAnyGroupOrOther = QFile::ReadGroup | QFile::WriteGroup |
        QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

private slots:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix permissions only");
#endif
    }

    void aNewDataFolderIsTheOwnersOnly()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(u"a/b/data"_s);
        QVERIFY(PrivateFiles::makePrivateDir(dir));
        const QFile::Permissions permissions = QFileInfo(dir).permissions();
        QCOMPARE(permissions & kAnyGroupOrOther, QFile::Permissions());
        QVERIFY(permissions & QFile::WriteOwner);
        QVERIFY(permissions & QFile::ExeOwner);
    }

    void anExistingFolderKeepsItsPermissions()
    {
        QTemporaryDir root;
        QVERIFY(QFile::setPermissions(root.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(PrivateFiles::makePrivateDir(root.path()));
        QVERIFY(QFileInfo(root.path()).permissions() & QFile::ReadGroup);
    }

    void theEventLogIsTheOwnersOnly()
    {
        QTemporaryDir root;
        const QString dataDir = root.filePath(u"data"_s);
        EventStore store;
        QVERIFY(store.open(dataDir).isOpen());
        QCOMPARE(QFileInfo(dataDir).permissions() & kAnyGroupOrOther, QFile::Permissions());
        const QFile::Permissions log = QFileInfo(EventStore::databasePath(dataDir)).permissions();
        QCOMPARE(log & kAnyGroupOrOther, QFile::Permissions());
        QVERIFY(log & QFile::ReadOwner);
        QVERIFY(log & QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
