#include "messagecapture.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace opc::test {
namespace {

// Messages may come from any thread (QtWebEngine's IO threads log too).
QMutex mutex;
QStringList recorded;
QtMessageHandler previous = nullptr;
bool active = false;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        recorded << QString::fromUtf8(context.category ? context.category : "default") + u": "_s + message;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

MessageCapture::MessageCapture()
{
    QMutexLocker lock(&mutex);
    Q_ASSERT(!active);
    active = true;
    recorded.clear();
    previous = qInstallMessageHandler(record);
}

MessageCapture::~MessageCapture()
{
    qInstallMessageHandler(previous);
    QMutexLocker lock(&mutex);
    previous = nullptr;
    active = false;
}

QStringList MessageCapture::messages() const
{
    QMutexLocker lock(&mutex);
    return recorded;
}

int MessageCapture::count(const QString &text) const
{
    QMutexLocker lock(&mutex);
    int n = 0;
    for (const QString &line : std::as_const(recorded))
        n += line.contains(text) ? 1 : 0;
    return n;
}

} // namespace opc::test
