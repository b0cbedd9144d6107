#include "keychaintokenstore.h"

#include "protocol/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace opc {

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(QStringLiteral(OPC_APP_ID), parent)
{
}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{
    m_timeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &KeychainTokenStore::onTimeout);
    connect(&m_retry, &QTimer::timeout, this, &KeychainTokenStore::startNext);
}

KeychainTokenStore::~KeychainTokenStore()
{
    if (m_job)
        m_job->disconnect(this);
}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    enqueue({Kind::Read, key, {}, context, std::move(callback)});
}

void KeychainTokenStore::write(const QString &key, const QByteArray &data, QObject *context,
                               Callback callback)
{
    enqueue({Kind::Write, key, data, context, std::move(callback)});
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    enqueue({Kind::Remove, key, {}, context, std::move(callback)});
}

void KeychainTokenStore::enqueue(Operation op)
{
    m_queue.append(std::move(op)); // QQueue::enqueue() only copies
    if (!m_current)
        QTimer::singleShot(0, this, &KeychainTokenStore::startNext);
}

void KeychainTokenStore::startNext()
{
    if (!m_current) {
        if (m_queue.isEmpty())
            return;
        m_current = m_queue.dequeue();
    }
    if (m_unavailable) {
        complete({Status::Unavailable, {}, u"keychain unavailable earlier in this session"_s});
        return;
    }

    // Jobs have no parent: deleting a running job crashes when libsecret answers later, so a
    // job outlives the store if need be and deletes itself when done (autoDelete).
    QKeychain::Job *job = nullptr;
    switch (m_current->kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(QString::fromUtf8(m_current->data));
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(m_current->key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext QSettings (qt-platform-notes.md §5)
    connect(job, &QKeychain::Job::finished, this, &KeychainTokenStore::onJobFinished);
    m_job = job;
    ++m_attempts;
    m_timeout.start(m_timeoutMs);
    job->start();
}

void KeychainTokenStore::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job || !m_current)
        return;
    m_timeout.stop();
    m_job = nullptr;

    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        Result result;
        if (m_current->kind == Kind::Read)
            result.data = static_cast<QKeychain::ReadPasswordJob *>(job)->textData().toUtf8();
        complete(result);
    } else if (error == QKeychain::EntryNotFound && m_current->kind != Kind::Write) {
        // Deleting what is not there is a success for sign-out.
        complete({m_current->kind == Kind::Read ? Status::NotFound : Status::Ok, {}, {}});
    } else {
        failOrRetry(u"QtKeychain error %1: %2"_s.arg(int(error)).arg(job->errorString()));
    }
}

void KeychainTokenStore::onTimeout()
{
    if (m_job) {
        // The job may still finish later; it deletes itself, we no longer listen.
        m_job->disconnect(this);
        m_job = nullptr;
    }
    failOrRetry(u"keychain did not answer within %1 ms"_s.arg(m_timeoutMs));
}

void KeychainTokenStore::failOrRetry(const QString &reason)
{
    if (!m_current->retried && m_retryDelayMs >= 0) {
        qCInfo(lcAuth) << "Keychain not ready, retrying in" << m_retryDelayMs << "ms:" << reason;
        m_current->retried = true;
        m_retry.start(m_retryDelayMs);
        return;
    }
    qCWarning(lcAuth) << "Keychain unavailable, keeping secrets in memory only:" << reason;
    m_unavailable = true;
    complete({Status::Unavailable, {}, reason});
}

void KeychainTokenStore::complete(Result result)
{
    Operation op = std::move(*m_current);
    m_current.reset();
    // Never start the next job from inside a job's finished signal (QtKeychain restriction).
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &KeychainTokenStore::startNext);
    if (op.context && op.callback)
        op.callback(result);
}

} // namespace opc
