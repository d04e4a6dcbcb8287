#include "lineagegraph.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ab {

namespace {

qint64 orMinusOne(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

} // namespace

std::optional<double> DatasetNode::flaggedShare() const
{
    if (sampledItems <= 0 || sampledFlagged < 0)
        return std::nullopt;
    return double(sampledFlagged) / double(sampledItems);
}

bool DatasetNode::overThreshold() const
{
    // Compared in integers, so that exactly 5 % is not "over".
    return sampledItems > 0 && sampledFlagged >= 0 && sampledFlagged * 100 > sampledItems * 5;
}

QString datasetKey(const QString &id)
{
    return QStringLiteral("dataset:") + id;
}

QString modelKey(const QString &id)
{
    return QStringLiteral("model:") + id;
}

Result<LineageGraph> LineageGraph::load(Database &db, const QString &providerId)
{
    LineageGraph g;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString where =
        providerId.isEmpty() ? QString() : QStringLiteral(" WHERE provider_id = ?");
    q.prepare(QStringLiteral(
                  "SELECT id, provider_id, name, stage, source_type, source, license, "
                  "legal_basis, contains_personal_info, consent_basis, collected_from, "
                  "collected_to, items, tokens, languages, sampled_items, sampled_flagged, sha256 "
                  "FROM datasets") +
              where + QStringLiteral(" ORDER BY id"));
    if (!providerId.isEmpty())
        q.addBindValue(providerId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("lineage datasets"), q);
    while (q.next()) {
        DatasetNode d;
        d.id = q.value(0).toString();
        d.providerId = q.value(1).toString();
        d.name = q.value(2).toString();
        d.stage = q.value(3).toString();
        d.sourceType = q.value(4).toString();
        d.source = q.value(5).toString();
        d.license = q.value(6).toString();
        d.legalBasis = q.value(7).toString();
        d.personalInfo = q.value(8).toInt() != 0;
        d.consentBasis = q.value(9).toString();
        d.collectedFrom = q.value(10).toString();
        d.collectedTo = q.value(11).toString();
        d.items = orMinusOne(q.value(12));
        d.tokens = orMinusOne(q.value(13));
        d.languages = q.value(14).toString();
        d.sampledItems = orMinusOne(q.value(15));
        d.sampledFlagged = orMinusOne(q.value(16));
        d.sha256 = q.value(17).toString();
        g.add(std::move(d));
    }
    q.prepare(QStringLiteral("SELECT id, provider_id, name, version, released, "
                             "coalesce(filing_no, ''), coalesce(base_model, '') FROM "
                             "model_versions") +
              where + QStringLiteral(" ORDER BY released, id"));
    if (!providerId.isEmpty())
        q.addBindValue(providerId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("lineage models"), q);
    while (q.next())
        g.add(ModelNode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});

    // Edges whose both ends are in the graph: a provider's view leaves out
    // another provider's base model or shared corpus rather than dangle.
    if (!q.exec(QStringLiteral("SELECT dataset_id, derived_from FROM dataset_derivations "
                               "ORDER BY dataset_id, derived_from")))
        return db.sqlError(QStringLiteral("lineage derivations"), q);
    while (q.next()) {
        if (g.dataset(q.value(0).toString()) && g.dataset(q.value(1).toString()))
            g.add(LineageEdge{LineageEdge::Kind::DerivedFrom,
                              datasetKey(q.value(1).toString()),
                              datasetKey(q.value(0).toString()),
                              {}});
    }
    if (!q.exec(QStringLiteral("SELECT dataset_id, model_version_id, role FROM training_edges "
                               "ORDER BY model_version_id, dataset_id, role")))
        return db.sqlError(QStringLiteral("lineage training"), q);
    while (q.next()) {
        if (g.dataset(q.value(0).toString()) && g.model(q.value(1).toString()))
            g.add(LineageEdge{LineageEdge::Kind::Training, datasetKey(q.value(0).toString()),
                              modelKey(q.value(1).toString()), q.value(2).toString()});
    }
    const QVector<ModelNode> models = g.m_models;
    for (const ModelNode &m : models) {
        if (!m.baseModel.isEmpty() && g.model(m.baseModel))
            g.add(LineageEdge{
                LineageEdge::Kind::BaseModel, modelKey(m.baseModel), modelKey(m.id), {}});
    }
    return g;
}

const DatasetNode *LineageGraph::dataset(const QString &id) const
{
    const auto it = m_datasetIndex.constFind(id);
    return it == m_datasetIndex.cend() ? nullptr : &m_datasets.at(*it);
}

const ModelNode *LineageGraph::model(const QString &id) const
{
    const auto it = m_modelIndex.constFind(id);
    return it == m_modelIndex.cend() ? nullptr : &m_models.at(*it);
}

QStringList LineageGraph::nodeKeys() const
{
    QStringList keys;
    for (const DatasetNode &d : m_datasets)
        keys.push_back(datasetKey(d.id));
    for (const ModelNode &m : m_models)
        keys.push_back(modelKey(m.id));
    return keys;
}

QSet<QString> LineageGraph::neighbourhood(const QString &key, int hops) const
{
    QHash<QString, QStringList> adjacent;
    for (const LineageEdge &e : m_edges) {
        adjacent[e.from].push_back(e.to);
        adjacent[e.to].push_back(e.from);
    }
    QSet<QString> seen{key};
    QStringList frontier{key};
    for (int h = 0; h < hops && !frontier.isEmpty(); ++h) {
        QStringList next;
        for (const QString &k : std::as_const(frontier)) {
            for (const QString &n : adjacent.value(k)) {
                if (!seen.contains(n)) {
                    seen.insert(n);
                    next.push_back(n);
                }
            }
        }
        frontier = next;
    }
    return seen;
}

QStringList LineageGraph::datasetsOf(const QString &modelId) const
{
    QStringList out;
    const QString to = modelKey(modelId);
    for (const LineageEdge &e : m_edges) {
        if (e.kind == LineageEdge::Kind::Training && e.to == to)
            out.push_back(e.from.mid(8)); // "dataset:"
    }
    out.removeDuplicates();
    return out;
}

void LineageGraph::add(DatasetNode d)
{
    m_datasetIndex.insert(d.id, int(m_datasets.size()));
    m_datasets.push_back(std::move(d));
}

void LineageGraph::add(ModelNode m)
{
    m_modelIndex.insert(m.id, int(m_models.size()));
    m_models.push_back(std::move(m));
}

void LineageGraph::add(LineageEdge e)
{
    m_edges.push_back(std::move(e));
}

} // namespace ab
