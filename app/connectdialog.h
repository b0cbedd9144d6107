#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace opc {

// Asks for the portal address and accepts it only when PortalAddress does, showing the specific
// reason otherwise.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QUrl &current, QWidget *parent = nullptr);

    QUrl portalUrl() const { return m_url; }
    QLineEdit *addressEdit() const { return m_edit; }
    QString errorText() const;

    void accept() override;

private:
    QLineEdit *m_edit;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QUrl m_url;
};

} // namespace opc
