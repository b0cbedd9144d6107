#include "consoleapplication.h"
#include "memorytrimmer.h"

#include <QFile>
#include <QTest>

#include <algorithm>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using namespace opc;

class TestMemoryTrimmer : public QObject
{
    Q_OBJECT

    static qint64 residentBytes()
    {
        QFile statm(u"/proc/self/statm"_s);
        if (!statm.open(QIODevice::ReadOnly))
            return -1;
        return statm.readAll().split(' ').value(1).toLongLong() * 4096;
    }

private slots:
    // Freed heap that glibc kept goes back to the system; elsewhere the calls are harmless no-ops.
    void trimGivesFreedHeapBack()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces glibc's allocator: there is no glibc heap to trim");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("AddressSanitizer replaces glibc's allocator: there is no glibc heap to trim");
#endif
#endif
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
        // Many small blocks (below the mmap threshold, so they live in the heap), then one that
        // stays, so the freed ones are not at the heap's top (which glibc would release by itself).
        auto blocks = std::make_unique<std::vector<std::unique_ptr<char[]>>>();
        for (int i = 0; i < 64 * 1024; ++i) {
            blocks->emplace_back(new char[512]);
            std::fill_n(blocks->back().get(), 512, char(i));
        }
        auto pin = std::make_unique<char[]>(512);
        blocks.reset();
        const qint64 free = MemoryTrimmer::freeHeapBytes();
        QVERIFY2(free >= MemoryTrimmer::thresholdBytes, qPrintable(QString::number(free)));
        const qint64 before = residentBytes();
        QVERIFY(MemoryTrimmer::trim());
        const qint64 after = residentBytes();
        QVERIFY2(before - after > 16 * 1024 * 1024, qPrintable(u"RSS %1 -> %2"_s.arg(before).arg(after)));
#else
        QCOMPARE(MemoryTrimmer::freeHeapBytes(), -1);
        QVERIFY(!MemoryTrimmer::trim());
#endif
    }

    // Linux renders in software unless the user chose otherwise; other systems keep their GPU.
    void renderingChoice()
    {
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("OPC_USE_GPU");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--enable-logging");
        ConsoleApplication::chooseRendering();
#ifdef Q_OS_LINUX
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), "software");
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), "--enable-logging --disable-gpu");
        ConsoleApplication::chooseRendering(); // idempotent
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), "--enable-logging --disable-gpu");

        qunsetenv("QT_QUICK_BACKEND");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "");
        qputenv("OPC_USE_GPU", "1");
        ConsoleApplication::chooseRendering();
        QVERIFY(!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"));
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), "");

        qunsetenv("OPC_USE_GPU");
        qputenv("QT_QUICK_BACKEND", "rhi");
        ConsoleApplication::chooseRendering();
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), "rhi");
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), "");
#else
        QVERIFY(!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"));
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), "--enable-logging");
#endif
    }
};

QTEST_GUILESS_MAIN(TestMemoryTrimmer)
#include "tst_memorytrimmer.moc"
