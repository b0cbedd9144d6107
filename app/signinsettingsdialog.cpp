#include "signinsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {
namespace {
enum ServerChoice { International, Region, Custom };
}

SignInSettingsDialog::SignInSettingsDialog(const OAuthSettings &current, bool hasSecret, QWidget *parent)
    : QDialog(parent)
    , m_clientId(new QLineEdit(current.clientId(), this))
    , m_secret(new QLineEdit(this))
    , m_server(new QComboBox(this))
    , m_customServer(new QLineEdit(this))
    , m_redirect(new QLineEdit(current.redirectUri().toString(), this))
    , m_error(new QLabel(this))
    , m_result(current)
{
    setWindowTitle(tr("Sign-in settings"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(hasSecret ? tr("Stored in the system keychain; type to replace")
                                           : tr("From the application's settings in Bitrix24"));
    m_server->addItem(tr("International (oauth.bitrix.info)"));
    m_server->addItem(tr("Russia region (oauth.bitrix24.tech)"));
    m_server->addItem(tr("Self-hosted server…"));
    const QUrl server = current.oauthServer();
    if (server == OAuthSettings::regionServer())
        m_server->setCurrentIndex(Region);
    else if (server != OAuthSettings::defaultServer()) {
        m_server->setCurrentIndex(Custom);
        m_customServer->setText(server.toString());
    }
    m_customServer->setPlaceholderText(u"https://oauth.example.com"_s);
    m_customServer->setEnabled(m_server->currentIndex() == Custom);
    connect(m_server, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_customServer->setEnabled(index == Custom); });
    m_redirect->setPlaceholderText(u"https://console.example.com/oauth/done"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setObjectName(u"signInSettingsError"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Client ID:"), m_clientId);
    form->addRow(tr("Client secret:"), m_secret);
    form->addRow(tr("OAuth server:"), m_server);
    form->addRow(QString(), m_customServer);
    form->addRow(tr("Redirect URI:"), m_redirect);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInSettingsDialog::reject);
    auto *hint = new QLabel(tr("These come from the local application registered for the console in your "
                               "Bitrix24 portal. The secret is kept in the system keychain only."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QUrl SignInSettingsDialog::chosenServer() const
{
    switch (m_server->currentIndex()) {
    case Region:
        return OAuthSettings::regionServer();
    case Custom:
        return QUrl(m_customServer->text().trimmed());
    default:
        return OAuthSettings::defaultServer();
    }
}

QString SignInSettingsDialog::newClientSecret() const
{
    return m_secret->text().trimmed();
}

void SignInSettingsDialog::accept()
{
    OAuthSettings candidate = m_result;
    candidate.setClientId(m_clientId->text());
    candidate.setOAuthServer(chosenServer());
    candidate.setRedirectUri(QUrl(m_redirect->text().trimmed()));
    const QStringList problems = candidate.validate();
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(u'\n'));
        m_error->show();
        return;
    }
    m_result = candidate;
    QDialog::accept();
}

} // namespace opc
