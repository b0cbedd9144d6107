#pragma once

#include "config/consolesettings.h"

#include <QObject>

#include <functional>

class QWidget;

namespace opc {

// Whether closing the window hides it to the tray instead of quitting: only while a telephony app
// is attached (quitting would stop recording its events) and a tray exists to come back from. The
// operator is asked once; the answer is kept in the settings.
class CloseToTray : public QObject
{
    Q_OBJECT

public:
    // Asks the operator; true keeps the console running in the tray.
    using Prompt = std::function<bool(QWidget *parent)>;

    explicit CloseToTray(ConsoleSettings *settings, QObject *parent = nullptr);

    // Tests replace the modal question.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    bool shouldHide(QWidget *window, bool trayAvailable, bool telephonyAttached);

    static bool askOperator(QWidget *parent);

private:
    ConsoleSettings *m_settings;
    Prompt m_prompt = &CloseToTray::askOperator;
};

} // namespace opc
