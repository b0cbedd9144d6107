#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace opc::test {

// A fresh self-signed certificate (RSA 2048, valid for two days, subjectAltName IP:127.0.0.1 and
// DNS:localhost) made with the openssl tool, for loopback HTTPS servers. Null when openssl is
// missing (scripts/install-deps.sh installs it).
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static TestCertificate make(const QString &commonName);
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

} // namespace opc::test
