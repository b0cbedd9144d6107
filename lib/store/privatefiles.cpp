#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace opc::PrivateFiles {

bool makePrivateDir(const QString &dir)
{
    const bool existed = QFileInfo(dir).isDir();
    if (!QDir().mkpath(dir))
        return false;
#ifdef Q_OS_UNIX
    if (!existed)
        return QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#else
    Q_UNUSED(existed)
#endif
    return true;
}

bool restrictToOwner(const QString &file)
{
#ifdef Q_OS_UNIX
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
#else
    Q_UNUSED(file)
    return true;
#endif
}

} // namespace opc::PrivateFiles
