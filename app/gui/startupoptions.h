#pragma once

#include "util/result.h"

#include <QString>

class QCommandLineParser;

namespace ab::app {

// Declares the workbench's options (and --help, --version) on `parser`.
void addStartupOptions(QCommandLineParser &parser);
// The workspace the parsed command line names: a file's path, or a team
// workspace's address in its canonical form (ServerAddress::toString());
// empty when none is named. At most one may be named (--db PATH,
// --server URL or a file); a malformed address is refused with the part
// that is wrong.
Result<QString> workspaceToOpen(const QCommandLineParser &parser);

} // namespace ab::app
