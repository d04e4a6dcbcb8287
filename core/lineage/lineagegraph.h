#pragma once

#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>

namespace ab {

class Database;

// TC260-003: a source whose sample holds more than 5 % illegal or harmful
// items must not be used for training.
inline constexpr double kSamplingThreshold = 0.05;

struct DatasetNode
{
    QString id;
    QString providerId;
    QString name;
    QString stage;
    QString sourceType;
    QString source;
    QString license;
    QString legalBasis;
    bool personalInfo = false;
    QString consentBasis;
    QString collectedFrom;
    QString collectedTo;
    qint64 items = -1; // -1: unknown
    qint64 tokens = -1;
    QString languages;
    qint64 sampledItems = -1;
    qint64 sampledFlagged = -1;
    QString sha256;

    // Flagged share of the sample; none when not sampled.
    std::optional<double> flaggedShare() const;
    bool overThreshold() const;
};

struct ModelNode
{
    QString id;
    QString providerId;
    QString name;
    QString version;
    QString released;
    QString filingNo;
    QString baseModel;
};

// Node keys are "dataset:<id>" or "model:<id>": a dataset and a model
// version may carry the same id.
QString datasetKey(const QString &id);
QString modelKey(const QString &id);

// An edge points the way data flows: source dataset -> derived dataset,
// dataset -> model version it trained, base model -> model built on it.
struct LineageEdge
{
    enum class Kind
    {
        DerivedFrom,
        Training,
        BaseModel
    };
    Kind kind = Kind::DerivedFrom;
    QString from; // node key
    QString to;   // node key
    QString role; // training role, for Training edges

    bool operator==(const LineageEdge &) const = default;
};

// The lineage of a provider (or of every provider) as a graph. Lineage
// tables are small (hundreds to a few thousand datasets), so they are read
// whole.
class LineageGraph
{
public:
    static Result<LineageGraph> load(Database &db, const QString &providerId = {});

    const QVector<DatasetNode> &datasets() const { return m_datasets; }
    const QVector<ModelNode> &models() const { return m_models; }
    const QVector<LineageEdge> &edges() const { return m_edges; }
    const DatasetNode *dataset(const QString &id) const;
    const ModelNode *model(const QString &id) const;
    QStringList nodeKeys() const;

    // Node keys within `hops` edges of `key`, either direction.
    QSet<QString> neighbourhood(const QString &key, int hops) const;
    // Datasets that feed each model version: the training edges into it.
    QStringList datasetsOf(const QString &modelId) const;

    // Tests and generators build graphs in memory.
    void add(DatasetNode d);
    void add(ModelNode m);
    void add(LineageEdge e);

private:
    QVector<DatasetNode> m_datasets;
    QVector<ModelNode> m_models;
    QVector<LineageEdge> m_edges;
    QHash<QString, int> m_datasetIndex;
    QHash<QString, int> m_modelIndex;
};

} // namespace ab
