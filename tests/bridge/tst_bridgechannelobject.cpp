#include "bridge/bridgechannelobject.h"
#include "bridge/callcardbridge.h"

#include <QMetaMethod>
#include <QMetaObject>
#include <QSignalSpy>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

// The object the page's web channel sees. QWebChannel publishes every public method, signal,
// property and enum of a published object, so its own part of the meta-object must be exactly
// one invokable, relay(QString), on top of a plain QObject.
class TestBridgeChannelObject : public QObject
{
    Q_OBJECT

private slots:
    void exposesOneInvokableAndNothingElse()
    {
        const QMetaObject &meta = BridgeChannelObject::staticMetaObject;
        QCOMPARE(meta.superClass(), &QObject::staticMetaObject);

        QCOMPARE(meta.methodCount() - meta.methodOffset(), 1);
        const QMetaMethod relay = meta.method(meta.methodOffset());
        QCOMPARE(relay.methodSignature(), QByteArray("relay(QString)"));
        QCOMPARE(relay.methodType(), QMetaMethod::Method); // invokable: neither a slot nor a signal
        QCOMPARE(relay.access(), QMetaMethod::Public);
        QCOMPARE(relay.returnType(), int(QMetaType::Void)); // nothing flows back to the page

        QCOMPARE(meta.propertyCount() - meta.propertyOffset(), 0);
        QCOMPARE(meta.enumeratorCount() - meta.enumeratorOffset(), 0);
        QCOMPARE(meta.constructorCount(), 0);
        QCOMPARE(meta.classInfoCount() - meta.classInfoOffset(), 0);
    }

    // The channel calls the method by name, as invokeMethod does; the message lands in the bridge,
    // which applies all its checks (here: no page is installed, so the relay is refused).
    void relayReachesTheBridge()
    {
        CallCardBridge bridge;
        BridgeChannelObject channelObject(&bridge);
        QSignalSpy events(&bridge, &CallCardBridge::eventReceived);

        QVERIFY(
            QMetaObject::invokeMethod(&channelObject, "relay", Q_ARG(QString, u"{\"kind\":\"event\"}"_s)));
        QCOMPARE(bridge.health()->refusedByReason().value(u"relay-off-portal"_s), 1);

        channelObject.relay(u"anything"_s);
        QCOMPARE(bridge.health()->refusedTotal(), 2);
        QCOMPARE(events.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBridgeChannelObject)
#include "tst_bridgechannelobject.moc"
