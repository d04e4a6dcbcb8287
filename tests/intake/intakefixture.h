#pragma once

#include "intake/importjob.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QStringList>
#include <memory>

namespace ab::test {

// A fresh workspace in a temporary folder, and imports into it with the
// built-in deadline policies only (so that no user folder is read).
struct IntakeFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("intake.auditbench"));
    std::unique_ptr<Workspace> ws;

    IntakeFixture();
    // Writes `lines` (each followed by "\n") to a file in the folder.
    QString writeLines(const QString &name, const QStringList &lines) const;
    intake::ImportOptions options(const QStringList &files) const;
    intake::ImportReport import(const QStringList &files, bool skipInvalid = false,
                                bool update = false);
    qint64 count(const QString &sql);
    QString value(const QString &sql);
    QString digest(); // ContentDigest over every table, audit log and meta included
    QString fixture(const QString &name) const; // a copy of tests/intake/fixtures/<name>
};

// "FILE:LINE: field: reason" of every error, for assertions and messages.
QStringList errorLines(const intake::ImportReport &report);
bool hasError(const intake::ImportReport &report, int line, const QString &field,
              const QString &reasonPart);

} // namespace ab::test
