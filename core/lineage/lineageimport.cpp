#include "lineageimport.h"

#include "audit/audittrail.h"
#include "domain/vocabulary.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant orNull(qint64 v)
{
    return v < 0 ? QVariant() : QVariant(v);
}

Status insertDataset(Database &db, const DatasetNode &d)
{
    if (!Vocab::contains(Vocabulary::DatasetStage, d.stage))
        return Error{
            QCoreApplication::translate("LineageImport", "unknown stage \"%1\"").arg(d.stage),
            {},
            0,
            QStringLiteral("stage")};
    if (!Vocab::contains(Vocabulary::SourceType, d.sourceType))
        return Error{QCoreApplication::translate("LineageImport", "unknown source type \"%1\"")
                         .arg(d.sourceType),
                     {},
                     0,
                     QStringLiteral("source_type")};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO datasets (id, provider_id, name, stage, source_type, source, license, "
        "legal_basis, contains_personal_info, consent_basis, collected_from, collected_to, items, "
        "tokens, languages, sampled_items, sampled_flagged, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(d.id), QVariant(d.providerId), QVariant(d.name), QVariant(d.stage),
          QVariant(d.sourceType), QVariant(d.source), orNull(d.license), orNull(d.legalBasis),
          QVariant(d.personalInfo ? 1 : 0), orNull(d.consentBasis), orNull(d.collectedFrom),
          orNull(d.collectedTo), orNull(d.items), orNull(d.tokens), orNull(d.languages),
          orNull(d.sampledItems), orNull(d.sampledFlagged), orNull(d.sha256)})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QCoreApplication::translate("LineageImport", "dataset %1").arg(d.id), q);
    return {};
}

Result<QVector<LineageBatch::Derivation>> existingDerivations(Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT dataset_id, derived_from FROM dataset_derivations")))
        return db.sqlError(QStringLiteral("dataset derivations"), q);
    QVector<LineageBatch::Derivation> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status insertEdges(Database &db, const LineageBatch &batch)
{
    QSqlQuery q(db.sql());
    for (const auto &e : batch.derivations) {
        q.prepare(QStringLiteral(
            "INSERT INTO dataset_derivations (dataset_id, derived_from) VALUES (?, ?)"));
        q.addBindValue(e.dataset);
        q.addBindValue(e.derivedFrom);
        if (!q.exec())
            return db.sqlError(QCoreApplication::translate("LineageImport", "derivation %1 <- %2")
                                   .arg(e.dataset, e.derivedFrom),
                               q);
    }
    for (const auto &t : batch.training) {
        q.prepare(QStringLiteral("INSERT INTO training_edges (dataset_id, model_version_id, role) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(t.dataset);
        q.addBindValue(t.modelVersion);
        q.addBindValue(t.role);
        if (!q.exec())
            return db.sqlError(
                QCoreApplication::translate("LineageImport", "training edge %1 -> %2")
                    .arg(t.dataset, t.modelVersion),
                q);
    }
    return {};
}

} // namespace

QStringList LineageImport::findCycle(const QVector<LineageBatch::Derivation> &edges)
{
    QHash<QString, QStringList> sources; // dataset -> what it was derived from
    for (const auto &e : edges)
        sources[e.dataset].push_back(e.derivedFrom);
    // Iterative depth-first search with white/grey/black colouring; a grey
    // node met again closes a cycle, read back from the path.
    QHash<QString, int> colour; // 0 white, 1 grey (on the path), 2 black
    QStringList keys = sources.keys();
    keys.sort(); // the same input names the same cycle
    for (const QString &root : std::as_const(keys)) {
        if (colour.value(root) != 0)
            continue;
        QStringList path{root};
        QVector<int> next{0};
        colour[root] = 1;
        while (!path.isEmpty()) {
            const QStringList &out = sources[path.back()];
            if (next.back() >= out.size()) {
                colour[path.back()] = 2;
                path.pop_back();
                next.pop_back();
                continue;
            }
            const QString n = out.at(next.back()++);
            if (colour.value(n) == 1) {
                QStringList cycle = path.mid(path.indexOf(n));
                cycle.push_back(n);
                return cycle;
            }
            if (colour.value(n) == 0) {
                colour[n] = 1;
                path.push_back(n);
                next.push_back(0);
            }
        }
    }
    return {};
}

Status LineageImport::apply(Workspace &workspace, const LineageBatch &batch)
{
    Database &db = workspace.db();
    return db.transaction([&]() -> Status {
        auto existing = existingDerivations(db);
        if (!existing)
            return existing.error();
        QVector<LineageBatch::Derivation> all = *existing + batch.derivations;
        const QStringList cycle = findCycle(all);
        if (!cycle.isEmpty())
            return Error{QCoreApplication::translate("LineageImport",
                                                     "the derived-from edges form a cycle: %1")
                             .arg(cycle.join(QStringLiteral(" \u2190 "))),
                         {},
                         0,
                         QStringLiteral("derived_from")};
        for (const DatasetNode &d : batch.datasets) {
            if (Status s = insertDataset(db, d); !s)
                return s;
        }
        if (Status s = insertEdges(db, batch); !s)
            return s;
        QJsonArray ids;
        for (const DatasetNode &d : batch.datasets)
            ids.push_back(d.id);
        return AuditTrail::append(
            db,
            AuditEntry{workspace.actor(),
                       QStringLiteral("lineage.imported"),
                       QStringLiteral("lineage"),
                       {},
                       QJsonValue(),
                       QJsonObject{{QStringLiteral("datasets"), ids},
                                   {QStringLiteral("derivations"), int(batch.derivations.size())},
                                   {QStringLiteral("trainingEdges"), int(batch.training.size())}}});
    });
}

} // namespace ab
