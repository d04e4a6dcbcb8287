#pragma once

#include "util/result.h"

namespace ab {

class Database;

struct WorkspaceCounts
{
    qint64 generations = 0;
    qint64 complaints = 0;
    qint64 openCases = 0;
};

// Row counts for the status bar. They grow with the data, so callers run
// them off the UI thread.
class WorkspaceStats
{
public:
    static Result<WorkspaceCounts> counts(Database &db);
};

} // namespace ab
