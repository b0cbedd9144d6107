#pragma once

#include "console/console.h"
#include "mainwindow.h"
#include "store/eventstore.h"

#include <QTemporaryDir>

#include <memory>

namespace opc {
class TokenStore;
}

namespace opc::test {

// The real console on a throw-away data directory, built exactly as the app builds it: the same
// composition root (Console) and the same window. Only the keychain is swapped for one in memory
// unless a test passes its own.
class ConsoleFixture
{
public:
    struct Options
    {
        TokenStore *tokenStore = nullptr; // taken over; null: an in-memory store
        QString handlerOrigin; // as --handler-origin
    };

    ConsoleFixture();
    explicit ConsoleFixture(const Options &options);
    ~ConsoleFixture();

    bool ok() const { return m_dir.isValid() && m_console->store()->isOpen(); }
    QString dataDir() const { return m_dir.path(); }
    Console *console() const { return m_console.get(); }
    MainWindow *window() const { return m_window.get(); }
    EventStore &store() { return *m_console->store(); }
    // Waits until worker frames have bound the console's events `count` times since start.
    bool waitForBinds(int count = 1, int timeoutMs = 30000);
    int binds() const { return m_bound; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<MainWindow> m_window;
    int m_bound = 0;
};

// Sets the environment QtWebEngine needs under ctest; call from initMain().
void prepareWebEngine();

} // namespace opc::test
