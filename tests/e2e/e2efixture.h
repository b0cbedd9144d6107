#pragma once

#include "config/consolesettings.h"
#include "mainwindow.h"
#include "store/eventstore.h"

#include <QTemporaryDir>

#include <memory>

namespace opc::test {

// A real console window on a throw-away data directory, as the app builds it.
class ConsoleFixture
{
public:
    ConsoleFixture();
    ~ConsoleFixture();

    bool ok() const { return m_dir.isValid() && m_store.isOpen(); }
    QString dataDir() const { return m_dir.path(); }
    MainWindow *window() const { return m_window.get(); }
    EventStore &store() { return m_store; }
    // Waits until worker frames have bound the console's events `count` times since start.
    bool waitForBinds(int count = 1, int timeoutMs = 30000);
    int binds() const { return m_bound; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    EventStore m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_bound = 0;
};

// Sets the environment QtWebEngine needs under ctest; call from initMain().
void prepareWebEngine();

} // namespace opc::test
