#pragma once

#include <QStringList>

namespace opc::test {

// Records every Qt message ("category: text") while it lives, and passes each one on to the
// handler that was installed before (Qt Test's), so the test log stays complete. One at a time.
class MessageCapture
{
public:
    MessageCapture();
    ~MessageCapture();
    Q_DISABLE_COPY_MOVE(MessageCapture)

    QStringList messages() const;
    // How many recorded messages contain `text`.
    int count(const QString &text) const;
};

} // namespace opc::test
