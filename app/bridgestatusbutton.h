#pragma once

#include <QPointer>
#include <QToolButton>

namespace opc {

class BridgeHealth;

// The bridge health indicator of the status bar: which telephony app's frame the console listens
// in, and how many messages it refused; a click shows the frames, the last event and the refusals.
class BridgeStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit BridgeStatusButton(QWidget *parent = nullptr);

    void setHealth(BridgeHealth *health);
    QString detailsText() const;

private:
    void refresh();
    void showDetails();

    QPointer<BridgeHealth> m_health;
};

} // namespace opc
