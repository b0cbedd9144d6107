#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace opc {

class ConsoleSettings;

// File > Preferences: how long the log keeps events, transfer notifications, the optional
// telephony app handler origin, starting with the session (in the tray, if chosen) and what closing
// the window does while a telephony app is attached. Reads ConsoleSettings when built and writes them on OK;
// OK stays disabled while the origin is invalid, with the specific reason under the field. Sign-in settings
// live elsewhere.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(ConsoleSettings *settings, QWidget *parent = nullptr);

    struct OriginCheck
    {
        QString origin; // normalised: lower-case scheme://host[:port], default port dropped
        QString error; // specific and translated; empty when acceptable
        bool isValid() const { return error.isEmpty(); }
    };
    // Empty input is valid (listen to the first worker frame) and yields an empty origin.
    static OriginCheck checkHandlerOrigin(const QString &input);

    QRadioButton *keepForeverButton() const { return m_forever; }
    QRadioButton *keepDaysButton() const { return m_keepDays; }
    QSpinBox *retentionDaysBox() const { return m_days; }
    QCheckBox *notifyTransfersBox() const { return m_notify; }
    QLineEdit *handlerOriginEdit() const { return m_origin; }
    // Read from the desktop's own autostart entry (SessionAutostart) each time the dialog opens.
    QCheckBox *startWithSessionBox() const { return m_autostart; }
    QCheckBox *startInTrayBox() const { return m_startInTray; }
    QComboBox *closeActionBox() const { return m_closeAction; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The origin's inline error; empty while the origin is acceptable.
    QString errorText() const;

    // Refuses (and shows why) while the origin is invalid; else writes the settings (which announce
    // each real change with ConsoleSettings::changed) and closes.
    void accept() override;

private:
    void validateOrigin();
    void updateDaysLabel();
    QLayout *buildStartSection();
    // Writes or removes the autostart entry; false (and a message) if that fails.
    bool applyAutostart();

    ConsoleSettings *m_settings;
    QRadioButton *m_forever;
    QRadioButton *m_keepDays;
    QSpinBox *m_days;
    QLabel *m_daysLabel;
    QCheckBox *m_notify;
    QLineEdit *m_origin;
    QLabel *m_originError;
    QCheckBox *m_autostart;
    QCheckBox *m_startInTray;
    QComboBox *m_closeAction;
    QDialogButtonBox *m_buttons;
};

} // namespace opc
