// The end of an import attempt: what could only be judged once every record
// had been read, then the deadlines, the audit entry and the commit.
#include "audit/audittrail.h"
#include "browse/searchindex.h"
#include "dashboard/dashboardtallies.h"
#include "importattempt.h"
#include "importdeadlines.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <sqlite3.h>

namespace ab::intake {

namespace {} // namespace

Status ImportAttempt::endReject(RecordType type, const QByteArray &key, int file, int line,
                                const QString &field, const QString &message)
{
    addError(file, Error{message, m_files.value(file).path, line, field});
    SqliteStatement q;
    if (Status s = q.prepare(
            m_ctx.db, "INSERT OR IGNORE INTO temp.intake_endrejects (type, key) VALUES (?, ?)",
            m_path);
        !s)
        return s;
    q.integer(1, int(type));
    q.text(2, key);
    if (Status s = q.run(); !s)
        return s;
    if (q.changes() == 1) {
        ++m_endRejects;
        ++m_files[file].counts.rejected;
    }
    if (m_ctx.options.skipInvalid) {
        auto added = m_ctx.exclusions.add(type, key, {field, message});
        if (!added)
            return added.error();
    }
    return {};
}

Status ImportAttempt::applyDeferredTraining()
{
    SqliteStatement q;
    if (Status s = q.prepare(m_ctx.db,
                             "SELECT model, dataset, file, line FROM temp.intake_deferred "
                             "ORDER BY rowid",
                             m_path);
        !s)
        return s;
    Record r;
    r.type = RecordType::Training;
    const int model = r.spec().indexOf("model"), dataset = r.spec().indexOf("dataset"),
              role = r.spec().indexOf("role");
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        r.values[size_t(model)] = {true, q.columnText(0).toByteArray(), 0, {}};
        r.values[size_t(dataset)] = {true, q.columnText(1).toByteArray(), 0, {}};
        const int file = int(q.columnInt(2)), line = int(q.columnInt(3));
        FileReport &report = m_files[file];
        ++report.counts.records;
        const QByteArray asGiven = RecordValidator::joinKey(
            {r.values[size_t(model)].text, r.values[size_t(dataset)].text, {}});
        auto stage = m_writer->datasetStage(r.values[size_t(dataset)].text);
        if (!stage)
            return stage.error();
        auto modelFound = known(RecordType::Model, r.values[size_t(model)].text);
        if (!modelFound)
            return modelFound.error();
        for (auto [ok, field, target] :
             {std::tuple{!stage->isEmpty(), "dataset", RecordType::Dataset},
              std::tuple{*modelFound, "model", RecordType::Model}}) {
            if (ok)
                continue;
            const QByteArray &id =
                r.values[size_t(target == RecordType::Model ? model : dataset)].text;
            auto at = rejectedAt(target, id);
            if (!at)
                return at.error();
            const QString message =
                at->isEmpty()
                    ? QCoreApplication::translate(
                          "Intake", "refers to %1 \"%2\", which is neither in this import nor in "
                                    "the workspace")
                          .arg(RecordFormat::typeName(target), QString::fromUtf8(id))
                    : QCoreApplication::translate("Intake",
                                                  "refers to %1 \"%2\", which is rejected (%3)")
                          .arg(RecordFormat::typeName(target), QString::fromUtf8(id), *at);
            if (Status s = endReject(RecordType::Training, asGiven, file, line,
                                     QString::fromLatin1(field), message);
                !s)
                return s;
        }
        if (stage->isEmpty() || !*modelFound)
            continue;
        r.values[size_t(role)] = {true, *stage, 0, {}};
        r.key = RecordValidator::joinKey(
            {r.values[size_t(model)].text, r.values[size_t(dataset)].text, *stage});
        auto written = m_writer->apply(r);
        if (!written)
            return written.error();
        ++(written->outcome == Outcome::Added ? report.counts.added : report.counts.unchanged);
    }
    return {};
}

Status ImportAttempt::resolvePending()
{
    SqliteStatement q;
    if (Status s = q.prepare(m_ctx.db,
                             "SELECT src_type, src_key, field, target_type, target, file, line "
                             "FROM temp.intake_pending ORDER BY file, line",
                             m_path);
        !s)
        return s;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto target = RecordType(q.columnInt(3));
        const QByteArray id = q.columnText(4).toByteArray();
        auto found = known(target, id);
        if (!found)
            return found.error();
        if (++m_sinceTick >= 1024 && !tick(ImportProgress::Phase::Checking))
            return {};
        if (*found)
            continue;
        auto at = rejectedAt(target, id);
        if (!at)
            return at.error();
        const QString message =
            at->isEmpty()
                ? QCoreApplication::translate(
                      "Intake",
                      "refers to %1 \"%2\", which is neither in this import nor in the workspace")
                      .arg(RecordFormat::typeName(target), QString::fromUtf8(id))
                : QCoreApplication::translate("Intake",
                                              "refers to %1 \"%2\", which is rejected (%3)")
                      .arg(RecordFormat::typeName(target), QString::fromUtf8(id), *at);
        if (Status s = endReject(RecordType(q.columnInt(0)), q.columnText(1).toByteArray(),
                                 int(q.columnInt(5)), int(q.columnInt(6)),
                                 QString::fromUtf8(q.columnText(2)), message);
            !s)
            return s;
    }
    return {};
}

Status ImportAttempt::checkCycles()
{
    const bool server = m_ctx.db.isServer();
    SqliteStatement lines, model, dataset;
    for (auto [stmt, sql] : {
             std::pair{&lines, "SELECT type, key, file, line FROM temp.intake_lines "
                               "WHERE type IN (1, 2) ORDER BY file, line"},
             // UNION (not UNION ALL) stops the walk where it comes round again.
             std::pair{&model, "WITH RECURSIVE chain(id) AS (SELECT base_model FROM model_versions "
                               "WHERE id = ?1 UNION SELECT m.base_model FROM model_versions m "
                               "JOIN chain ON m.id = chain.id WHERE m.base_model IS NOT NULL) "
                               "SELECT 1 FROM chain WHERE id = ?1 LIMIT 1"},
             std::pair{&dataset, "WITH RECURSIVE up(id) AS (SELECT derived_from FROM "
                                 "dataset_derivations WHERE dataset_id = ?1 UNION SELECT "
                                 "d.derived_from FROM dataset_derivations d JOIN up "
                                 "ON d.dataset_id = up.id) SELECT 1 FROM up WHERE id = ?1 LIMIT 1"},
         }) {
        // QtSql numbers no parameter: the key twice, as ? and ?.
        const QByteArray text = server ? QByteArray(sql).replace("?1", "?") : QByteArray(sql);
        if (Status s = stmt->prepare(m_ctx.db, text, m_path); !s)
            return s;
    }
    static_assert(int(RecordType::Model) == 1 && int(RecordType::Dataset) == 2);
    for (;;) {
        auto row = lines.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto type = RecordType(lines.columnInt(0));
        const QByteArray key = lines.columnText(1).toByteArray();
        SqliteStatement &walk = type == RecordType::Model ? model : dataset;
        walk.text(1, key);
        if (server)
            walk.text(2, key);
        auto cycle = walk.step();
        walk.reset();
        if (!cycle)
            return cycle.error();
        if (!*cycle)
            continue;
        const QString id = QString::fromUtf8(key);
        if (Status s = endReject(
                type, key, int(lines.columnInt(2)), int(lines.columnInt(3)),
                type == RecordType::Model ? QStringLiteral("base_model")
                                          : QStringLiteral("derived_from"),
                type == RecordType::Model
                    ? QCoreApplication::translate(
                          "Intake", "the chain of base models leads back to \"%1\" (a cycle)")
                          .arg(id)
                    : QCoreApplication::translate(
                          "Intake", "the datasets it is derived from lead back to \"%1\" (a cycle)")
                          .arg(id));
            !s)
            return s;
    }
    return {};
}

// Everything this import wrote that names a record found invalid at the end
// goes too, transitively, so that the next pass meets no dangling name.
Status ImportAttempt::excludeDependents()
{
    struct Dependents
    {
        RecordType from; // the rejected record's type
        RecordType type; // the dependent's type
        const char *sql; // selects the dependent's key parts
    };
    static const Dependents kDependents[] = {
        {RecordType::Provider, RecordType::Model,
         "SELECT id FROM model_versions WHERE provider_id = ?"},
        {RecordType::Provider, RecordType::Dataset,
         "SELECT id FROM datasets WHERE provider_id = ?"},
        {RecordType::Model, RecordType::Generation,
         "SELECT id FROM generations WHERE model_version_id = ?"},
        {RecordType::Model, RecordType::Model,
         "SELECT id FROM model_versions WHERE base_model = ?"},
        {RecordType::Model, RecordType::Training,
         "SELECT model_version_id, dataset_id, role FROM training_edges WHERE model_version_id = "
         "?"},
        {RecordType::Model, RecordType::Retest,
         "SELECT generation_id, tested_at, model_version_id FROM retests WHERE model_version_id = "
         "?"},
        {RecordType::Dataset, RecordType::Dataset,
         "SELECT dataset_id FROM dataset_derivations WHERE derived_from = ?"},
        {RecordType::Dataset, RecordType::Training,
         "SELECT model_version_id, dataset_id, role FROM training_edges WHERE dataset_id = ?"},
        {RecordType::Generation, RecordType::Complaint,
         "SELECT complaint_id FROM complaint_generations WHERE generation_id = ?"},
        {RecordType::Generation, RecordType::Retest,
         "SELECT generation_id, tested_at, model_version_id FROM retests WHERE generation_id = ?"},
    };
    SqliteStatement batch, add;
    if (Status s = batch.prepare(m_ctx.db,
                                 "SELECT rowid, type, key FROM temp.intake_endrejects "
                                 "WHERE rowid > ? ORDER BY rowid LIMIT 512",
                                 m_path);
        !s)
        return s;
    if (Status s = add.prepare(
            m_ctx.db, "INSERT OR IGNORE INTO temp.intake_endrejects (type, key) VALUES (?, ?)",
            m_path);
        !s)
        return s;
    qint64 after = 0;
    for (;;) {
        QVector<std::pair<RecordType, QByteArray>> queue;
        batch.integer(1, after);
        for (;;) {
            auto row = batch.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            after = batch.columnInt(0);
            queue.append({RecordType(batch.columnInt(1)), batch.columnText(2).toByteArray()});
        }
        batch.reset();
        if (queue.isEmpty())
            return {};
        for (const auto &[type, key] : std::as_const(queue)) {
            if (!RecordFormat::spec(type).hasId)
                continue;
            // Only a record this import added can leave dependents dangling;
            // one it replaced stays as it was.
            SqliteStatement rowid;
            if (Status s =
                    rowid.prepare(m_ctx.db,
                                  QByteArray("SELECT ") + (m_ctx.db.isServer() ? "0" : "rowid") +
                                      " FROM " + RecordFormat::spec(type).table + " WHERE id = ?",
                                  m_path);
                !s)
                return s;
            rowid.text(1, key);
            auto row = rowid.step();
            if (!row)
                return row.error();
            if (!*row)
                continue;
            auto addedHere = m_writer->wasAdded(type, key, rowid.columnInt(0));
            if (!addedHere)
                return addedHere.error();
            if (!*addedHere)
                continue;
            const QString message =
                QCoreApplication::translate("Intake", "refers to %1 \"%2\", which is rejected")
                    .arg(RecordFormat::typeName(type), QString::fromUtf8(key));
            for (const Dependents &d : kDependents) {
                if (d.from != type)
                    continue;
                SqliteStatement q;
                if (Status s = q.prepare(m_ctx.db, d.sql, m_path); !s)
                    return s;
                q.text(1, key);
                for (;;) {
                    auto dep = q.step();
                    if (!dep)
                        return dep.error();
                    if (!*dep)
                        break;
                    QList<QByteArray> keys;
                    if (d.type == RecordType::Training) {
                        // Named with or without its role in the file.
                        keys << RecordValidator::joinKey(
                                    {q.columnText(0), q.columnText(1), q.columnText(2)})
                             << RecordValidator::joinKey({q.columnText(0), q.columnText(1), {}});
                    } else if (d.type == RecordType::Retest) {
                        keys << RecordValidator::joinKey(
                            {q.columnText(0), q.columnText(1), q.columnText(2)});
                    } else {
                        keys << q.columnText(0).toByteArray();
                    }
                    for (const QByteArray &k : std::as_const(keys)) {
                        add.integer(1, int(d.type));
                        add.text(2, k);
                        if (Status s = add.run(); !s)
                            return s;
                        auto added = m_ctx.exclusions.add(
                            d.type, k,
                            {QString::fromLatin1(RecordFormat::spec(d.type).fields[0].name),
                             message});
                        if (!added)
                            return added.error();
                    }
                }
            }
        }
    }
}

Status ImportAttempt::finish(ImportReport &report, Ending &ending)
{
    m_currentFile = int(m_files.size()) - 1;
    Status s;
    if (!m_cancelled && tick(ImportProgress::Phase::Checking))
        s = applyDeferredTraining();
    if (s && !m_cancelled)
        s = resolvePending();
    if (s && !m_cancelled)
        s = checkCycles();
    if (!s)
        return s;
    report.files = m_files;
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const Located &a, const Located &b) {
        return a.file != b.file ? a.file < b.file : a.error.line < b.error.line;
    });
    report.errors.clear();
    for (const Located &e : std::as_const(m_errors))
        report.errors.append(e.error);
    report.errorCount = m_errorCount;
    if (m_cancelled) {
        m_ctx.workspace.db().rollback();
        ending = Ending::Cancelled;
        return {};
    }
    const bool invalid = m_fileFailed || (m_errorCount > 0 && !m_ctx.options.skipInvalid) ||
                         (m_endRejects > 0 && m_ctx.pass >= kMaxPasses);
    if (invalid) {
        m_ctx.workspace.db().rollback();
        ending = Ending::RolledBack;
        return {};
    }
    if (m_endRejects > 0) {
        if (Status d = excludeDependents(); !d)
            return d;
        m_ctx.workspace.db().rollback();
        ending = Ending::Again;
        return {};
    }
    auto committed = commitWork(report);
    if (!committed)
        return committed.error();
    if (!*committed) {
        m_ctx.workspace.db().rollback();
        ending = Ending::Cancelled;
        return {};
    }
    ending = Ending::Committed;
    return {};
}

QJsonObject ImportAttempt::auditDetail(const ImportReport &report, qint64 deadlines,
                                       const QJsonArray &verificationChanges) const
{
    QJsonArray files;
    for (const FileReport &f : report.files)
        files.append(QJsonObject{{QStringLiteral("file"), QFileInfo(f.path).fileName()},
                                 {QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("format"), f.format},
                                 {QStringLiteral("encoding"), f.encoding},
                                 {QStringLiteral("records"), f.counts.records},
                                 {QStringLiteral("added"), f.counts.added},
                                 {QStringLiteral("updated"), f.counts.updated},
                                 {QStringLiteral("unchanged"), f.counts.unchanged},
                                 {QStringLiteral("rejected"), f.counts.rejected}});
    const ImportCounts t = report.totals();
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("records"), t.records},
                       {QStringLiteral("added"), t.added},
                       {QStringLiteral("updated"), t.updated},
                       {QStringLiteral("unchanged"), t.unchanged},
                       {QStringLiteral("rejected"), t.rejected},
                       {QStringLiteral("skip_invalid"), m_ctx.options.skipInvalid},
                       {QStringLiteral("update"), m_ctx.options.update},
                       {QStringLiteral("deadlines_assigned"), deadlines},
                       {QStringLiteral("verification_changes"), verificationChanges}};
}

// What the insert triggers set aside in begin() would have done, for every
// row this import added, in one statement per tally; then the triggers are
// back for the rest of the transaction.
Status ImportAttempt::countBulkAdded(qint64 deadlineMark)
{
    if (Status s = DashboardTallies::countAdded(
            m_ctx.workspace.db(), m_marks[size_t(RecordType::Generation)], deadlineMark);
        !s)
        return s;
    if (Status s =
            SearchIndex::endHoldBack(m_ctx.workspace.db(), ListKind::Generations,
                                     m_marks[size_t(RecordType::Generation)], m_indexedBefore);
        !s)
        return s;
    return m_deferredTriggers.restore(m_ctx.db.lite, m_path);
}

Result<bool> ImportAttempt::commitWork(ImportReport &report)
{
    if (!tick(ImportProgress::Phase::Deadlines))
        return false;
    ImportDeadlines deadlines(m_ctx.workspace, m_ctx.deadlines, m_ctx.db);
    if (Status s = deadlines.prepare(); !s)
        return s.error();
    auto mark = ImportDeadlines::deadlineMark(m_ctx.db, m_path);
    if (!mark)
        return mark.error();
    auto assigned = deadlines.assignAdded(
        m_marks[size_t(RecordType::Generation)], m_marks[size_t(RecordType::Complaint)],
        [this] { return tick(ImportProgress::Phase::Deadlines); });
    if (!assigned)
        return assigned.error();
    if (*assigned < 0)
        return false; // cancelled
    // Before any deadline of this import changes: the update triggers count
    // on the added rows being counted already.
    if (m_deferredTriggers.isActive()) {
        if (Status s = countBulkAdded(*mark); !s)
            return s.error();
    }
    auto changes = deadlines.refreshVerification(*mark);
    if (!changes)
        return changes.error();
    report.deadlinesAssigned = *assigned;
    if (m_deferredIndexes.isActive()) {
        if (!tick(ImportProgress::Phase::Indexing))
            return false;
        // SQLite's sorter may sort on the second core while it merges on
        // this one (measured 10–20 % off each index's build).
        const int threads = sqlite3_limit(m_ctx.db.lite, SQLITE_LIMIT_WORKER_THREADS, 1);
        const Status built = m_deferredIndexes.restore(m_ctx.db.lite, m_path);
        sqlite3_limit(m_ctx.db.lite, SQLITE_LIMIT_WORKER_THREADS, threads);
        if (!built)
            return built.error();
    }
    if (Status s = execute(m_ctx.db,
                           "DROP TABLE temp.intake_pending; DROP TABLE temp.intake_rejected; "
                           "DROP TABLE temp.intake_lines; DROP TABLE temp.intake_updated; "
                           "DROP TABLE temp.intake_retested; DROP TABLE temp.intake_deferred; "
                           "DROP TABLE temp.intake_endrejects;",
                           m_path);
        !s)
        return s.error();
    if (Status s = m_ctx.db.isServer()
                       ? execute(m_ctx.db, "DROP TABLE pg_temp.intake_added", m_path)
                       : Status();
        !s)
        return s.error();
    QStringList names;
    for (const FileReport &f : std::as_const(report.files))
        names << QFileInfo(f.path).fileName();
    if (Status s = AuditTrail::append(m_ctx.workspace.db(),
                                      {m_ctx.workspace.actor(), QStringLiteral("intake.imported"),
                                       QStringLiteral("import"), names.join(QStringLiteral(", ")),
                                       QJsonValue::Null, auditDetail(report, *assigned, *changes)});
        !s)
        return s.error();
    tick(ImportProgress::Phase::Committing);
    if (Status s = m_ctx.workspace.db().commit(); !s)
        return s.error();
    report.committed = true;
    // The import stands from here on; a rejects file that cannot be written
    // is reported, not turned into a failure of what was committed.
    for (size_t i = 0; i < m_rejects.size(); ++i) {
        if (!m_rejects[i])
            continue;
        const qint64 written = m_rejects[i]->count();
        if (Status s = m_rejects[i]->commit(); !s) {
            report.errors.append(s.error());
            ++report.errorCount;
        } else if (written > 0) {
            report.files[qsizetype(i)].rejectsPath = m_rejects[i]->path();
        }
    }
    return true;
}

} // namespace ab::intake
