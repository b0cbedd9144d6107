#pragma once

#include "protocol/callcardevent.h"

#include <QByteArray>
#include <QIODevice>

namespace opc {

// Writes events to a device in one export format. Output is buffered and handed to the device in
// large blocks; call finish() at the end. Each format is one implementation.
class EventWriter
{
public:
    explicit EventWriter(QIODevice *device);
    virtual ~EventWriter() = default;
    Q_DISABLE_COPY_MOVE(EventWriter)

    virtual void writeHeader() { }
    virtual void write(const CallCardEvent &event) = 0;
    // Flushes the buffer; false if the device refused data at any point.
    bool finish();
    bool hasError() const { return m_error; }

protected:
    QByteArray &buffer() { return m_buffer; }
    // UTF-8 spellings computed once: exports write them on every row.
    static const QByteArray &eventNameUtf8(CallCardEventType type);
    static const QByteArray &kindNameUtf8(TransferTarget::Kind kind);
    // Hands the buffer to the device once it is large enough.
    void flushIfFull();

private:
    void flush();

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_error = false;
};

} // namespace opc
