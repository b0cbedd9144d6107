#include "e2efixture.h"

#include "bridge/callcardbridge.h"

#include <QCoreApplication>
#include <QTest>

namespace opc::test {

void prepareWebEngine()
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

ConsoleFixture::ConsoleFixture()
    : m_settings(std::make_unique<ConsoleSettings>(m_dir.path()))
{
    m_store.open(m_dir.path());
    m_window = std::make_unique<MainWindow>(m_dir.path(), m_settings.get(), &m_store);
    QObject::connect(m_window->bridge(), &CallCardBridge::workerFrameBound, m_window.get(),
                     [this] { ++m_bound; });
    m_window->resize(1280, 800);
    m_window->show();
}

ConsoleFixture::~ConsoleFixture()
{
    m_window.reset();
}

bool ConsoleFixture::waitForBinds(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_bound >= count; }, timeoutMs);
}

} // namespace opc::test
