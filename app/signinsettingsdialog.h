#pragma once

#include "auth/oauthsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace opc {

// The Bitrix24 application's OAuth settings for the current portal: client id, client secret
// (written to the system keychain only, never shown again), OAuth server and redirect URI.
class SignInSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SignInSettingsDialog(const OAuthSettings &current, bool hasSecret, QWidget *parent = nullptr);

    OAuthSettings settings() const { return m_result; }
    // Empty when the operator left the secret unchanged.
    QString newClientSecret() const;

    void accept() override;

private:
    QUrl chosenServer() const;

    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QComboBox *m_server;
    QLineEdit *m_customServer;
    QLineEdit *m_redirect;
    QLabel *m_error;
    OAuthSettings m_result;
};

} // namespace opc
