#pragma once

#include "scenario.h"

#include <QDate>
#include <QString>
#include <memory>

namespace ab {
class Workspace;
}

namespace ab::bench {

// The demo workspace the scenarios share: a fixed seed and day, so that every
// run builds the same one, and one file in the work folder, so that a run
// builds it once.
inline const QDate kDemoToday(2026, 6, 15);
constexpr quint64 kDemoSeed = 20230411;
inline const QString kBenchActor = QStringLiteral("bench");

// Creates and fills a demo workspace at `path` (removing what was there); the
// time covers creation, generation with its indexes, and closing the file.
Result<BenchResult> generateDemo(const QString &path, qint64 scale);
// The 1M workspace of the work folder, made (untimed) when missing.
Result<QString> millionWorkspacePath(const BenchContext &context);
// Where the scenarios read the 1M workspace: that file, or with --server the
// team workspace on the server, copied there from the file (untimed) when
// the server database is empty.
Result<QString> millionWorkspaceLocation(const BenchContext &context);
// The same, opened by the bench user (on a server: by the server login).
Result<std::unique_ptr<Workspace>> openMillionWorkspace(const BenchContext &context);

} // namespace ab::bench
