#include "e2efixture.h"

#include "auth/memorytokenstore.h"
#include "bridge/callcardbridge.h"
#include "portal/portalsession.h"

#include <QCoreApplication>
#include <QTest>

namespace opc::test {

void prepareWebEngine()
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

ConsoleFixture::ConsoleFixture()
    : ConsoleFixture(Options{})
{
}

ConsoleFixture::ConsoleFixture(const Options &options)
{
    Console::Options consoleOptions;
    consoleOptions.dataDir = m_dir.path();
    consoleOptions.handlerOrigin = options.handlerOrigin;
    consoleOptions.tokenStore = options.tokenStore ? options.tokenStore : new MemoryTokenStore;
    m_console = std::make_unique<Console>(consoleOptions);
    m_window = std::make_unique<MainWindow>(m_console.get());
    QObject::connect(m_console.get(), &Console::sessionChanged, m_window.get(),
                     [this](PortalSession *session) {
                         QObject::connect(session->bridge(), &CallCardBridge::workerFrameBound,
                                          m_window.get(), [this] { ++m_bound; });
                     });
    m_window->resize(1280, 800);
    m_window->show();
}

ConsoleFixture::~ConsoleFixture()
{
    m_window.reset();
    m_console.reset();
}

bool ConsoleFixture::waitForBinds(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_bound >= count; }, timeoutMs);
}

} // namespace opc::test
