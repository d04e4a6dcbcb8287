#pragma once

#include <QString>

namespace ab::logging {

// Sets up the application log: a rotating file in `folder` (created when
// missing) and, when `verbose`, stderr too. Qt's own messages (qDebug,
// qWarning, …) are routed into the same log. Safe to call once per process.
void init(const QString &folder, bool verbose);

// The log file in use, empty before init().
QString logFilePath();

} // namespace ab::logging
