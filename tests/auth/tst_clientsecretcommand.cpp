#include "auth/clientsecretcommand.h"
#include "auth/memorytokenstore.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

class TestClientSecretCommand : public QObject
{
    Q_OBJECT

private slots:
    void storesTheFirstLineOfStdin()
    {
        MemoryTokenStore store;
        QByteArray input = "  s3cr3t+/=value  \nignored\n";
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        const auto out = ClientSecretCommand::run(&in, u"acme.bitrix24.com"_s, &store);
        QCOMPARE(out.exitCode, 0);
        QVERIFY(!out.message.contains(u"s3cr3t"_s));
        QCOMPARE(store.value(TokenStore::clientSecretKey(u"acme.bitrix24.com"_s)),
                 QByteArray("s3cr3t+/=value"));
    }
    void emptyInputOrNoPortalIsAUsageError()
    {
        MemoryTokenStore store;
        QByteArray input = "\n";
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        QCOMPARE(ClientSecretCommand::run(&in, u"acme.bitrix24.com"_s, &store).exitCode, 1);
        QCOMPARE(ClientSecretCommand::run(&in, QString(), &store).exitCode, 1);
        QCOMPARE(store.writeCount(), 0);
    }
    void unavailableKeychainExitsWith2()
    {
        MemoryTokenStore store;
        store.setUnavailable(true);
        QByteArray input = "secret\n";
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        const auto out = ClientSecretCommand::run(&in, u"acme.bitrix24.com"_s, &store);
        QCOMPARE(out.exitCode, 2);
        QVERIFY(out.message.contains(u"keychain"_s));
        QVERIFY(!out.message.contains(u"secret\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientSecretCommand)
#include "tst_clientsecretcommand.moc"
