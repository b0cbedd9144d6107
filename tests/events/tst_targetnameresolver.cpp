#include "fakeportal.h"

#include "auth/restclient.h"
#include "auth/userdirectory.h"
#include "events/targetnameresolver.h"
#include "store/eventstore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>

using namespace opc;
using namespace Qt::StringLiterals;
using opc::test::baseTime;
using opc::test::makeEvent;
using opc::test::makeTransfer;
using Kind = TransferTarget::Kind;

// Transfer targets get names: a real event log on a temporary file and a real UserDirectory asking
// the loopback fake Bitrix24, as the console wires them.
class TestTargetNameResolver : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::FakePortal portal;
        QNetworkAccessManager nam;
        MemoryTokenStore tokens;
        AuthSession session{&tokens, &nam};
        RestClient rest{&session, &nam};
        QTemporaryDir dir;
        EventStore store;
        std::unique_ptr<UserDirectory> directory;
        std::unique_ptr<TargetNameResolver> resolver;

        Rig()
        {
            session.setSettings(portal.settings());
            session.storeClientSecret(test::kClientSecret);
            QVERIFY(store.open(dir.path()).isOpen());
            directory = std::make_unique<UserDirectory>(&rest, EventStore::databasePath(dir.path()));
            directory->setPortalKey(portal.fake->portalHost());
            resolver = std::make_unique<TargetNameResolver>(&store, directory.get());
        }
        CallCardEvent append(CallCardEvent event)
        {
            store.append(event);
            return event;
        }
        QString storedName(qint64 id)
        {
            for (const auto &event : store.page({}, EventPageKey::newest(), 100)) {
                if (event.id == id)
                    return event.targetName;
            }
            return u"(missing)"_s;
        }
    };

private slots:
    void namesAnEmployeeInTheLog()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        const auto first = rig.append(makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"12"_s}));
        QSignalSpy named(&rig.store, &EventStore::targetNameChanged);
        rig.resolver->resolve(first);
        QVERIFY(named.wait());
        QCOMPARE(named.first().at(0).toString(), u"12"_s);
        QCOMPARE(rig.storedName(first.id), u"Wei Chen, Support, ext. 112"_s);

        // Known now: the next transfer to the same employee is named at once, without a request.
        const int calls = int(rig.portal.fake->restCalls().size());
        const auto second = rig.append(makeTransfer(baseTime().addSecs(1), u"+2"_s, {Kind::User, u"12"_s}));
        rig.resolver->resolve(second);
        QCOMPARE(named.size(), 2);
        QCOMPARE(rig.storedName(second.id), u"Wei Chen, Support, ext. 112"_s);
        QCOMPARE(rig.portal.fake->restCalls().size(), calls);
    }

    void namesEverySpellingOfAMatchedNumber()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        const auto e164 = rig.append(makeTransfer(baseTime(), u"+7"_s, {Kind::Phone, u"+14155550105"_s}));
        const auto typed =
            rig.append(makeTransfer(baseTime().addSecs(1), u"+7"_s, {Kind::Phone, u"+1 415 555-0105"_s}));
        const auto stranger =
            rig.append(makeTransfer(baseTime().addSecs(2), u"+7"_s, {Kind::Phone, u"+4930123456"_s}));
        QSignalSpy matched(rig.directory.get(), &UserDirectory::phoneResolved);
        QSignalSpy unmatched(rig.directory.get(), &UserDirectory::phoneNotMatched);
        rig.resolver->resolve(e164);
        rig.resolver->resolve(typed);
        rig.resolver->resolve(stranger);
        QTRY_COMPARE(matched.size() + unmatched.size(), 3);
        QCOMPARE(rig.storedName(e164.id), u"Ivan Petrov, Sales, ext. 105"_s);
        QCOMPARE(rig.storedName(typed.id), u"Ivan Petrov, Sales, ext. 105"_s);
        QCOMPARE(rig.storedName(stranger.id), QString());
    }

    void leavesNamedAndOtherEventsAlone()
    {
        Rig rig;
        QVERIFY(test::signIn(rig.nam, rig.session));
        const int calls = int(rig.portal.fake->restCalls().size());
        QSignalSpy named(&rig.store, &EventStore::targetNameChanged);
        rig.resolver->resolve(
            rig.append(makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"2"_s}, u"Known"_s)));
        rig.resolver->resolve(rig.append(makeEvent(CallCardEventType::HangupButtonClick, baseTime())));
        rig.resolver->resolve(rig.append(makeTransfer(baseTime(), u"+1"_s, {Kind::Queue, u"3"_s})));
        // A transfer that does need a name, as a barrier: once it is named, anything asked for the
        // events above would have been answered too.
        rig.resolver->resolve(rig.append(makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"4"_s})));
        QVERIFY(named.wait());
        QTRY_COMPARE(rig.portal.fake->restCalls().size(), calls + 1);
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().at(0).toString(), u"4"_s);
    }

    void withoutSignInTheIdsStay()
    {
        Rig rig;
        const auto transfer = rig.append(makeTransfer(baseTime(), u"+1"_s, {Kind::User, u"12"_s}));
        QSignalSpy failed(rig.directory.get(), &UserDirectory::lookupFailed);
        QSignalSpy named(&rig.store, &EventStore::targetNameChanged);
        rig.resolver->resolve(transfer);
        QVERIFY(failed.wait());
        QCOMPARE(named.size(), 0);
        QCOMPARE(rig.storedName(transfer.id), QString());
    }
};

QTEST_GUILESS_MAIN(TestTargetNameResolver)
#include "tst_targetnameresolver.moc"
