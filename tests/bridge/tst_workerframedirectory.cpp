#include "bridge/workerframedirectory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {
WorkerFrameRef ref(const QString &sid, const QString &doc, const QString &handler = u"https://a.example"_s,
                   int index = 0)
{
    return {sid.repeated(32), doc.repeated(32), WebOrigin::parse(handler).origin, index};
}
} // namespace

class TestWorkerFrameDirectory : public QObject
{
    Q_OBJECT

private slots:
    void aNewDocumentReplacesTheOld()
    {
        WorkerFrameDirectory frames;
        bool accepted = false;
        QVERIFY(frames.attach(ref(u"a"_s, u"1"_s), &accepted).isEmpty());
        QVERIFY(accepted);
        frames.current(ref(u"a"_s, u"1"_s))->callbacks.insert(u"cb"_s, CallCardEventType::Initialized);
        QCOMPARE(frames.callbackIds(), QStringList{u"cb"_s});

        // The frame reloads: the old document's ids are gone with it.
        const QString replaced = frames.attach(ref(u"a"_s, u"2"_s), &accepted);
        QCOMPARE(replaced, WorkerFrameDirectory::listenerKey(ref(u"a"_s, u"1"_s)));
        QVERIFY(!frames.current(ref(u"a"_s, u"1"_s)));
        QVERIFY(frames.current(ref(u"a"_s, u"2"_s)));
        QVERIFY(frames.callbackIds().isEmpty());
    }

    void currentChecksDocumentAndHandler()
    {
        WorkerFrameDirectory frames;
        bool accepted = false;
        frames.attach(ref(u"a"_s, u"1"_s), &accepted);
        QVERIFY(!frames.current(ref(u"a"_s, u"1"_s, u"https://b.example"_s)));
        QVERIFY(!frames.current(ref(u"b"_s, u"1"_s)));
        QVERIFY(frames.retire(ref(u"a"_s, u"2"_s)).isEmpty()); // not the current document
        QVERIFY(!frames.retire(ref(u"a"_s, u"1"_s)).isEmpty());
        QVERIFY(!frames.current(ref(u"a"_s, u"1"_s)));
    }

    void isBounded()
    {
        WorkerFrameDirectory frames;
        bool accepted = false;
        for (int i = 0; i < WorkerFrameDirectory::maxFrames; ++i) {
            frames.attach({QString::number(i).rightJustified(32, u'0'), u"1"_s.repeated(32), {}, i},
                          &accepted);
            QVERIFY(accepted);
        }
        frames.attach(ref(u"f"_s, u"1"_s), &accepted);
        QVERIFY(!accepted);
    }

    void snapshotMarksThePreferredApp()
    {
        WorkerFrameDirectory frames;
        bool accepted = false;
        frames.attach(ref(u"b"_s, u"1"_s, u"https://b.example"_s, 1), &accepted);
        frames.attach(ref(u"a"_s, u"1"_s, u"https://a.example"_s, 0), &accepted);
        frames.current(ref(u"b"_s, u"1"_s, u"https://b.example"_s, 1))
            ->callbacks.insert(u"cb"_s, CallCardEventType::Initialized);
        const auto snapshot = frames.snapshot(WebOrigin::parse(u"https://b.example"_s).origin);
        QCOMPARE(snapshot.size(), 2);
        QCOMPARE(snapshot.at(0).index, 0); // DOM order
        QVERIFY(!snapshot.at(0).listening && !snapshot.at(0).preferred);
        QVERIFY(snapshot.at(1).listening && snapshot.at(1).preferred);
    }
};

QTEST_GUILESS_MAIN(TestWorkerFrameDirectory)
#include "tst_workerframedirectory.moc"
