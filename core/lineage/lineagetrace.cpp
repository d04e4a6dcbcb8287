#include "lineagetrace.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ab {

namespace {

Result<QStringList> column(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("lineage"), q);
    QStringList out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p.push_back(QStringLiteral("?"));
    return p.join(QStringLiteral(", "));
}

QVariantList variants(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out.push_back(s);
    return out;
}

// Base models of `start`, transitively, start included.
const char *kModelsUp = "WITH RECURSIVE up(id) AS (SELECT id FROM model_versions WHERE id IN (%1) "
                        "UNION SELECT m.base_model FROM model_versions m JOIN up ON m.id = up.id "
                        "WHERE m.base_model IS NOT NULL) SELECT id FROM up ORDER BY id";
// Datasets trained into `models`, and everything they were derived from.
const char *kDatasetsUp =
    "WITH RECURSIVE ds(id) AS (SELECT dataset_id FROM training_edges WHERE model_version_id IN "
    "(%1) UNION SELECT dd.derived_from FROM dataset_derivations dd JOIN ds ON dd.dataset_id = "
    "ds.id) SELECT id FROM ds ORDER BY id";

bool edgeLess(const LineageEdge &a, const LineageEdge &b)
{
    return std::tie(a.from, a.to, a.role) < std::tie(b.from, b.to, b.role);
}

QJsonArray edgesJson(const QVector<LineageEdge> &edges)
{
    QJsonArray out;
    for (const LineageEdge &e : edges) {
        QJsonObject o{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}};
        switch (e.kind) {
        case LineageEdge::Kind::DerivedFrom:
            o.insert(QStringLiteral("kind"), QStringLiteral("derived_from"));
            break;
        case LineageEdge::Kind::Training:
            o.insert(QStringLiteral("kind"), QStringLiteral("training"));
            o.insert(QStringLiteral("role"), e.role);
            break;
        case LineageEdge::Kind::BaseModel:
            o.insert(QStringLiteral("kind"), QStringLiteral("base_model"));
            break;
        }
        out.push_back(o);
    }
    return out;
}

} // namespace

QJsonObject TraceResult::toJson() const
{
    return {{QStringLiteral("item"),
             QJsonObject{{QStringLiteral("kind"), itemKind}, {QStringLiteral("id"), itemId}}},
            {QStringLiteral("startModels"), QJsonArray::fromStringList(startModels)},
            {QStringLiteral("modelVersions"), QJsonArray::fromStringList(modelVersions)},
            {QStringLiteral("datasets"), QJsonArray::fromStringList(datasets)},
            {QStringLiteral("datasetsOverThreshold"), QJsonArray::fromStringList(flaggedDatasets)},
            {QStringLiteral("edges"), edgesJson(edges)}};
}

QJsonObject ImpactResult::toJson() const
{
    QJsonArray perModel;
    for (const ModelImpact &m : models)
        perModel.push_back(QJsonObject{{QStringLiteral("id"), m.modelId},
                                       {QStringLiteral("label"), m.label},
                                       {QStringLiteral("openGenerations"), m.openGenerations},
                                       {QStringLiteral("openComplaints"), m.openComplaints}});
    return {{QStringLiteral("dataset"), datasetId},
            {QStringLiteral("datasets"), QJsonArray::fromStringList(datasets)},
            {QStringLiteral("modelVersions"), QJsonArray::fromStringList(modelVersions)},
            {QStringLiteral("models"), perModel},
            {QStringLiteral("openGenerations"), openGenerations},
            {QStringLiteral("openComplaints"), openComplaints},
            {QStringLiteral("sampleGenerations"), QJsonArray::fromStringList(sampleGenerations)},
            {QStringLiteral("sampleComplaints"), QJsonArray::fromStringList(sampleComplaints)}};
}

Result<TraceResult> LineageTrace::fromModels(Database &db, const QStringList &modelIds)
{
    TraceResult t;
    t.itemKind = QStringLiteral("model");
    t.startModels = modelIds;
    t.startModels.sort();
    t.startModels.removeDuplicates();
    if (t.startModels.isEmpty())
        return t;
    const QString in = placeholders(t.startModels.size());
    auto models = column(db, QString::fromLatin1(kModelsUp).arg(in), variants(t.startModels));
    if (!models)
        return models.error();
    t.modelVersions = *models;
    if (t.modelVersions.isEmpty())
        return t;
    const QString modelIn = placeholders(t.modelVersions.size());
    auto datasets =
        column(db, QString::fromLatin1(kDatasetsUp).arg(modelIn), variants(t.modelVersions));
    if (!datasets)
        return datasets.error();
    t.datasets = *datasets;

    // The edges on the paths: every edge whose target is traced is, since
    // the trace is closed upstream.
    auto graph = LineageGraph::load(db);
    if (!graph)
        return graph.error();
    const QSet<QString> modelSet(t.modelVersions.cbegin(), t.modelVersions.cend());
    const QSet<QString> datasetSet(t.datasets.cbegin(), t.datasets.cend());
    for (const LineageEdge &e : graph->edges()) {
        const bool toDataset = e.to.startsWith(QLatin1String("dataset:"));
        const QString target = e.to.mid(toDataset ? 8 : 6);
        if (toDataset ? datasetSet.contains(target) : modelSet.contains(target))
            t.edges.push_back(e);
    }
    std::sort(t.edges.begin(), t.edges.end(), edgeLess);
    for (const QString &id : std::as_const(t.datasets)) {
        const DatasetNode *d = graph->dataset(id);
        if (d && d->overThreshold())
            t.flaggedDatasets.push_back(id);
    }
    return t;
}

Result<TraceResult> LineageTrace::fromGeneration(Database &db, const QString &generationId)
{
    auto model = column(db, QStringLiteral("SELECT model_version_id FROM generations WHERE id = ?"),
                        {generationId});
    if (!model)
        return model.error();
    if (model->isEmpty())
        return Error{QCoreApplication::translate("LineageTrace", "no generation has the id %1")
                         .arg(generationId),
                     {},
                     0,
                     QStringLiteral("generation")};
    auto t = fromModels(db, *model);
    if (t) {
        t->itemKind = QStringLiteral("generation");
        t->itemId = generationId;
    }
    return t;
}

Result<TraceResult> LineageTrace::fromComplaint(Database &db, const QString &complaintId)
{
    auto exists =
        column(db, QStringLiteral("SELECT id FROM complaints WHERE id = ?"), {complaintId});
    if (!exists)
        return exists.error();
    if (exists->isEmpty())
        return Error{QCoreApplication::translate("LineageTrace", "no complaint has the id %1")
                         .arg(complaintId),
                     {},
                     0,
                     QStringLiteral("complaint")};
    auto models = column(db,
                         QStringLiteral("SELECT DISTINCT g.model_version_id FROM "
                                        "complaint_generations cg JOIN generations g ON g.id = "
                                        "cg.generation_id WHERE cg.complaint_id = ?"),
                         {complaintId});
    if (!models)
        return models.error();
    auto t = fromModels(db, *models);
    if (t) {
        t->itemKind = QStringLiteral("complaint");
        t->itemId = complaintId;
    }
    return t;
}

Result<ImpactResult> LineageTrace::impactOfDataset(Database &db, const QString &datasetId,
                                                   const BrowseContext &context)
{
    auto exists = column(db, QStringLiteral("SELECT id FROM datasets WHERE id = ?"), {datasetId});
    if (!exists)
        return exists.error();
    if (exists->isEmpty())
        return Error{
            QCoreApplication::translate("LineageTrace", "no dataset has the id %1").arg(datasetId),
            {},
            0,
            QStringLiteral("dataset")};
    ImpactResult r;
    r.datasetId = datasetId;
    auto datasets = column(db,
                           QStringLiteral("WITH RECURSIVE ds(id) AS (SELECT ? UNION SELECT "
                                          "dd.dataset_id FROM dataset_derivations dd JOIN ds ON "
                                          "dd.derived_from = ds.id) SELECT id FROM ds ORDER BY id"),
                           {datasetId});
    if (!datasets)
        return datasets.error();
    r.datasets = *datasets;
    auto models = column(db,
                         QStringLiteral("WITH RECURSIVE down(id) AS (SELECT model_version_id FROM "
                                        "training_edges WHERE dataset_id IN (%1) UNION SELECT m.id "
                                        "FROM model_versions m JOIN down ON m.base_model = "
                                        "down.id) SELECT id FROM down ORDER BY id")
                             .arg(placeholders(r.datasets.size())),
                         variants(r.datasets));
    if (!models)
        return models.error();
    r.modelVersions = *models;
    if (r.modelVersions.isEmpty())
        return r;

    const SqlFragment status = DeadlineStatus::caseExpression(context.asOf, context.dueSoonDays,
                                                              context.zone, QStringLiteral("d"));
    // Open: no deadline yet, or a deadline whose state still needs work.
    const QString openGeneration =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM deadlines d WHERE d.item_kind = 'generation' "
                       "AND d.item_id = g.id AND (") +
        status.sql + QStringLiteral(") IN ('remediated', 'remediated_late', 'verified'))");
    const QString openComplaint =
        QStringLiteral("c.status NOT IN ('resolved', 'dismissed', 'duplicate')");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    for (const QString &modelId : std::as_const(r.modelVersions)) {
        ModelImpact m;
        m.modelId = modelId;
        q.prepare(QStringLiteral("SELECT name || ' ' || version, (SELECT count(*) FROM "
                                 "generations g WHERE g.model_version_id = ? AND ") +
                  openGeneration +
                  QStringLiteral("), (SELECT count(DISTINCT c.id) FROM generations g JOIN "
                                 "complaint_generations cg ON cg.generation_id = g.id JOIN "
                                 "complaints c ON c.id = cg.complaint_id WHERE "
                                 "g.model_version_id = ? AND ") +
                  openComplaint + QStringLiteral(") FROM model_versions WHERE id = ?"));
        q.addBindValue(modelId);
        for (const QVariant &v : status.values)
            q.addBindValue(v);
        q.addBindValue(modelId);
        q.addBindValue(modelId);
        if (!q.exec() || !q.next())
            return db.sqlError(QStringLiteral("impact"), q);
        m.label = q.value(0).toString();
        m.openGenerations = q.value(1).toLongLong();
        m.openComplaints = q.value(2).toLongLong();
        r.openGenerations += m.openGenerations;
        r.openComplaints += m.openComplaints;
        r.models.push_back(m);
    }

    const QString in = placeholders(r.modelVersions.size());
    QVariantList values = variants(r.modelVersions) + status.values;
    values.push_back(ImpactResult::kSample);
    auto generations = column(db,
                              QStringLiteral("SELECT g.id FROM generations g WHERE "
                                             "g.model_version_id IN (%1) AND ")
                                      .arg(in) +
                                  openGeneration +
                                  QStringLiteral(" ORDER BY g.flagged_at DESC, g.id DESC LIMIT ?"),
                              values);
    if (!generations)
        return generations.error();
    r.sampleGenerations = *generations;
    values = variants(r.modelVersions);
    values.push_back(ImpactResult::kSample);
    auto complaints = column(
        db,
        QStringLiteral("SELECT c.id FROM complaints c WHERE ") + openComplaint +
            QStringLiteral(" AND EXISTS (SELECT 1 FROM complaint_generations cg JOIN generations "
                           "g ON g.id = cg.generation_id WHERE cg.complaint_id = c.id AND "
                           "g.model_version_id IN (%1)) ORDER BY c.received_at DESC, c.id DESC "
                           "LIMIT ?")
                .arg(in),
        values);
    if (!complaints)
        return complaints.error();
    r.sampleComplaints = *complaints;
    return r;
}

} // namespace ab
