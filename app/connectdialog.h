#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opc {

class Console;
class PortalTrial;

// Asks for the portal address and accepts it only when PortalAddress does, showing the specific
// reason otherwise (and a button for the address the operator probably meant). With a console it
// also tries the address before it replaces the working portal: the dialog stays open while the
// new portal loads, closes once the console has switched, and on a failure says why, keeps the
// current portal, and offers "Use it anyway". The dialog grows with its messages; nothing is cut.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QUrl &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Try the address on `console` before accepting (Console::tryPortal).
    void setConsole(Console *console);

    QUrl portalUrl() const { return m_url; }
    QLineEdit *addressEdit() const { return m_edit; }
    QString errorText() const;
    QPushButton *suggestionButton() const { return m_suggest; }
    // "Opening …" while a trial runs, then why it failed.
    QString statusText() const;
    bool isTrying() const;
    QPushButton *useAnywayButton() const { return m_useAnyway; }
    QPushButton *connectButton() const;

    void accept() override;
    void reject() override;

private:
    void showError(const QString &text);
    void showStatus(const QString &text, bool problem);
    void setBusy(bool busy);
    void onTrialFinished(bool ok);
    QString currentPortalName() const;
    void fitContents();

    QLineEdit *m_edit;
    QLabel *m_error;
    QPushButton *m_suggest;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_useAnyway;
    QUrl m_url;
    QUrl m_suggestion;
    Console *m_console = nullptr;
    QPointer<PortalTrial> m_trial;
};

} // namespace opc
