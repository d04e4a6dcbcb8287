#pragma once

#include "lineage/lineagegraph.h"
#include "util/result.h"

#include <QStringList>
#include <QVector>
#include <utility>

namespace ab {

class Workspace;

// Datasets and their edges to add to a workspace's lineage.
struct LineageBatch
{
    struct Derivation
    {
        QString dataset;
        QString derivedFrom;
    };
    struct Training
    {
        QString dataset;
        QString modelVersion;
        QString role;
    };
    QVector<DatasetNode> datasets;
    QVector<Derivation> derivations;
    QVector<Training> training;
};

// Adds lineage to a workspace in one transaction with one audit entry. A
// derived-from edge that would close a cycle (a dataset built, through any
// number of steps, from itself) is refused with the cycle named, and nothing
// of the batch is written: trace and impact assume the graph is acyclic.
class LineageImport
{
public:
    static Status apply(Workspace &workspace, const LineageBatch &batch);
    // A cycle among derived-from edges (dataset, derived from), as dataset
    // ids along the cycle with the first repeated at the end; empty if none.
    static QStringList findCycle(const QVector<LineageBatch::Derivation> &edges);
};

} // namespace ab
