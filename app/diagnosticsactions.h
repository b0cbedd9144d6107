#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace opc {

// Help menu's support actions: open the diagnostics log, and copy what a supporter asks first
// (versions of the console, Qt, Chromium and the OS, and the data folder; never a secret).
class DiagnosticsActions : public QObject
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit DiagnosticsActions(const QString &dataDir, QObject *parent = nullptr);

    // QDesktopServices::openUrl unless a test replaces it.
    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }

    // Opens the log file, or its folder when there is no file yet.
    bool showLog();
    // Puts systemInfo() on the clipboard.
    void copySystemInfo();
    QString systemInfo() const;

private:
    QString m_dataDir;
    UrlOpener m_open;
};

} // namespace opc
