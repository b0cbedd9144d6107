#pragma once

#include <QString>

namespace opc {

// The data folder holds call events and browser sessions: on Unix it is created readable by its
// owner only (0700), and the event log file is 0600, whatever the umask says.
namespace PrivateFiles {

// Creates `dir` (and missing parents) like QDir::mkpath; a folder it creates is 0700. A folder that
// already exists keeps its permissions (the operator may have chosen them).
bool makePrivateDir(const QString &dir);
// Makes an existing file read/write for its owner only (0600).
bool restrictToOwner(const QString &file);

} // namespace PrivateFiles
} // namespace opc
