#pragma once

#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace ab::test {

// The day the demo tests place their deadlines around: every date they touch
// lies in the years the built-in holiday calendars cover.
inline const QDate kDemoToday(2026, 6, 15);

// A new workspace `name` in `dir` filled by the demo generator.
std::unique_ptr<Workspace> demoWorkspace(const TempDir &dir, const QString &name, qint64 scale,
                                         quint64 seed);

// The first column of every row `sql` returns, as text.
QStringList column(Workspace &ws, const QString &sql, const QVariantList &values = {});
// The first column of the first row, as a number.
qint64 scalar(Workspace &ws, const QString &sql, const QVariantList &values = {});

} // namespace ab::test
