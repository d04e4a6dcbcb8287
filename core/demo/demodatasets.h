#pragma once

#include "util/result.h"

#include <QDate>

namespace ab {
class Database;
}

namespace ab::demo {

class DemoCatalog;

// The training data behind the demo models: datasets of every stage and
// source type per provider, derived-from edges that form diamonds but no
// cycle, and the training edges from datasets to model versions. One corpus
// fails the TC260-003 sampling threshold (over 5 % of sampled items flagged)
// and was still used for training: the finding an inspector should trace.
class DemoDatasets
{
public:
    static Status write(Database &db, const DemoCatalog &catalog, const QDate &today, quint64 seed);
};

} // namespace ab::demo
