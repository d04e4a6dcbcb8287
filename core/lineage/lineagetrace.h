#pragma once

#include "browse/browsequery.h"
#include "lineage/lineagegraph.h"
#include "util/result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace ab {

class Database;

// What fed an item: its model version, that version's base models
// (transitively), every dataset trained into any of them and every dataset
// those were derived from (transitively). Diamonds are followed once.
struct TraceResult
{
    QString itemKind; // "generation" | "complaint" | "model"
    QString itemId;
    QStringList startModels;     // the model versions the item came from
    QStringList modelVersions;   // start models and their base models, sorted
    QStringList datasets;        // sorted
    QVector<LineageEdge> edges;  // the edges on the traced paths, sorted
    QStringList flaggedDatasets; // traced datasets over the sampling threshold

    QJsonObject toJson() const;
};

struct ModelImpact
{
    QString modelId;
    QString label; // "name version"
    qint64 openGenerations = 0;
    qint64 openComplaints = 0;
};

// What a dataset reached: datasets derived from it (transitively), the model
// versions trained on any of them, the versions built on those (base-model
// edges, transitively), and the open flagged generations and complaints on
// those versions.
struct ImpactResult
{
    QString datasetId;
    QStringList datasets;      // the dataset and everything derived from it
    QStringList modelVersions; // sorted
    QVector<ModelImpact> models;
    qint64 openGenerations = 0;
    qint64 openComplaints = 0;
    QStringList sampleGenerations; // open ones, newest first, at most kSample
    QStringList sampleComplaints;

    static constexpr int kSample = 50;
    QJsonObject toJson() const;
};

// Trace and impact are queries (recursive CTEs), not drawing: the Lineage
// section highlights what they return and the CLI prints it.
class LineageTrace
{
public:
    static Result<TraceResult> fromGeneration(Database &db, const QString &generationId);
    static Result<TraceResult> fromComplaint(Database &db, const QString &complaintId);
    static Result<TraceResult> fromModels(Database &db, const QStringList &modelIds);
    // "Open" follows the deadline rules as of `context.asOf`: a generation
    // whose deadline is not remediated or verified (or that has none); a
    // complaint not resolved, dismissed or marked duplicate. Counting grows
    // with the generations of the versions reached: run it off the UI thread.
    static Result<ImpactResult> impactOfDataset(Database &db, const QString &datasetId,
                                                const BrowseContext &context);
};

} // namespace ab
