#pragma once

#include "util/result.h"

#include <QString>

namespace ab {

// What the first page of a file says about it, read with plain file I/O so
// that inspecting a file can never change it (opening it with SQLite could
// create journal files or switch its journal mode).
struct WorkspaceHeader
{
    quint32 applicationId = 0;
    qint32 userVersion = 0; // the schema version of an AuditBench workspace
};

class WorkspaceFile
{
public:
    // AuditBench's mark in the SQLite header ("ADBW").
    static constexpr quint32 kApplicationId = 0x41444257;

    // Checks that `path` is an intact SQLite file that AuditBench made and that
    // this build can open (its schema is not newer than `maxSchemaVersion`).
    static Result<WorkspaceHeader> inspect(const QString &path, int maxSchemaVersion);
};

} // namespace ab
