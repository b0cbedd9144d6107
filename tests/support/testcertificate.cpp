#include "testcertificate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace opc::test {

TestCertificate TestCertificate::make(const QString &commonName)
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(u"cert.pem"_s);
    const QString keyPath = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                   u"-subj"_s, u"/CN="_s + commonName + u"/O=Operator Console tests"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, keyPath, u"-out"_s,
                   certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return TestCertificate();
    QFile cert(certPath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return TestCertificate();
    return {QSslCertificate(cert.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem)};
}

} // namespace opc::test
