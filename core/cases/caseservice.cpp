#include "caseservice.h"

#include "audit/audittrail.h"
#include "cases/casequery.h"
#include "caseservicehelpers.h"
#include "domain/vocabulary.h"
#include "identity/roles.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

using namespace caseservice;

namespace {
constexpr int kMaxTitle = 200;
} // namespace

CaseService::CaseService(Workspace &workspace)
    : m_workspace(workspace), m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QString CaseService::nowStored() const
{
    return time::toStored(now());
}

QString CaseService::formatNumber(int year, int sequence)
{
    return QStringLiteral("CASE-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

Status CaseService::requireWriter(const QString &what)
{
    return Roles::requireWriter(m_workspace.db(), m_workspace.actor(), what);
}

Status CaseService::log(qint64 caseId, const QString &number, const QString &kind,
                        const QJsonObject &detail, const QString &action, const QJsonValue &before,
                        const QJsonValue &after)
{
    if (Status s = audit(action, number, before, after); !s)
        return s;
    Database &db = m_workspace.db();
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO case_events (case_id, at, actor, kind, detail, audit_seq) "
                       "VALUES (?, ?, ?, ?, ?, (SELECT max(seq) FROM audit_log))"));
    q.addBindValue(caseId);
    q.addBindValue(nowStored());
    q.addBindValue(m_workspace.actor());
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return db.sqlError(QStringLiteral("case event"), q);
    return {};
}

Status CaseService::audit(const QString &action, const QString &number, const QJsonValue &before,
                          const QJsonValue &after)
{
    return AuditTrail::append(m_workspace.db(), {m_workspace.actor(), action,
                                                 QStringLiteral("case"), number, before, after});
}

Status CaseService::validate(const CaseFields &f)
{
    const QString title = f.title.trimmed();
    if (title.isEmpty())
        return fieldError(QStringLiteral("title"),
                          QCoreApplication::translate("CaseService", "a case needs a title"));
    if (title.size() > kMaxTitle)
        return fieldError(
            QStringLiteral("title"),
            QCoreApplication::translate("CaseService", "the title is longer than %1 characters")
                .arg(kMaxTitle));
    if (!Vocab::contains(Vocabulary::Severity, f.priority))
        return fieldError(
            QStringLiteral("priority"),
            QCoreApplication::translate("CaseService",
                                        "unknown priority \"%1\" (low, medium, high or critical)")
                .arg(f.priority));
    Database &db = m_workspace.db();
    if (!f.assignee.isEmpty()) {
        auto user = Roles::find(db, f.assignee);
        if (!user)
            return fieldError(QStringLiteral("assignee"), user.error().message);
        if (!user->active || user->role == Role::Auditor)
            return fieldError(
                QStringLiteral("assignee"),
                QCoreApplication::translate(
                    "CaseService", "\"%1\" cannot be assigned cases (inactive, or an auditor)")
                    .arg(f.assignee));
    }
    if (!f.providerId.isEmpty()) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM providers WHERE id = ?"));
        q.addBindValue(f.providerId);
        if (!q.exec())
            return db.sqlError(QStringLiteral("providers"), q);
        if (!q.next())
            return fieldError(
                QStringLiteral("provider"),
                QCoreApplication::translate("CaseService", "there is no provider \"%1\"")
                    .arg(f.providerId));
    }
    return {};
}

Status CaseService::validateItems(const QVector<ItemRef> &items)
{
    Database &db = m_workspace.db();
    QSqlQuery gen(db.sql());
    gen.prepare(QStringLiteral("SELECT 1 FROM generations WHERE id = ?"));
    QSqlQuery com(db.sql());
    com.prepare(QStringLiteral("SELECT 1 FROM complaints WHERE id = ?"));
    for (const ItemRef &item : items) {
        QSqlQuery &q = item.kind == ItemRef::Kind::Generation ? gen : com;
        q.addBindValue(item.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("case item"), q);
        const bool found = q.next();
        q.finish();
        if (!found)
            return fieldError(QStringLiteral("item"),
                              QCoreApplication::translate("CaseService", "there is no %1 \"%2\"")
                                  .arg(item.kindToken(), item.id));
    }
    return {};
}

Result<QString> CaseService::providerOf(const QVector<ItemRef> &items)
{
    // A generation's provider is its model version's; a complaint's is that
    // of the generations it is linked to.
    Database &db = m_workspace.db();
    QStringList providers;
    QSqlQuery q(db.sql());
    for (const ItemRef &item : items) {
        q.prepare(item.kind == ItemRef::Kind::Generation
                      ? QStringLiteral("SELECT m.provider_id FROM generations g JOIN "
                                       "model_versions m ON m.id = g.model_version_id "
                                       "WHERE g.id = ?")
                      : QStringLiteral("SELECT DISTINCT m.provider_id FROM complaint_generations "
                                       "cg JOIN generations g ON g.id = cg.generation_id "
                                       "JOIN model_versions m ON m.id = g.model_version_id "
                                       "WHERE cg.complaint_id = ?"));
        q.addBindValue(item.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("case provider"), q);
        while (q.next())
            if (!providers.contains(q.value(0).toString()))
                providers << q.value(0).toString();
    }
    return providers.size() == 1 ? providers.first() : QString();
}

Result<QString> CaseService::nextNumber()
{
    // Numbers count per year of the workspace zone and are never reused: the
    // counter lives in meta, so a deleted case leaves a gap, not a duplicate.
    Database &db = m_workspace.db();
    const int year = time::localDate(now(), m_workspace.settings().timeZone()).year();
    const QString key = QStringLiteral("case_number.%1").arg(year);
    const QString prefix = QStringLiteral("CASE-%1-").arg(year);
    QSqlQuery q(db.sql());
    // The larger of the two is taken here rather than in SQL: SQLite's
    // two-argument max() is PostgreSQL's greatest().
    q.prepare(QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta "
                             "WHERE key = ?), 0), coalesce((SELECT max(CAST(substr(number, ?) AS "
                             "INTEGER)) FROM review_cases WHERE number >= ? AND number < ?), 0)"));
    q.addBindValue(key);
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix);
    q.addBindValue(QStringLiteral("CASE-%1.").arg(year)); // '.' sorts right after '-'
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("case number"), q);
    const int sequence = std::max(q.value(0).toInt(), q.value(1).toInt()) + 1;
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::number(sequence));
    if (!q.exec())
        return db.sqlError(QStringLiteral("case number"), q);
    return formatNumber(year, sequence);
}

Result<qint64> CaseService::open(const OpenCaseRequest &request)
{
    qint64 id = 0;
    Status s = m_workspace.db().transaction([&]() -> Status {
        if (Status w =
                requireWriter(QCoreApplication::translate("CaseService", "open review cases"));
            !w)
            return w;
        auto opened = openInTransaction(request);
        if (!opened)
            return opened.error();
        id = *opened;
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> CaseService::openInTransaction(const OpenCaseRequest &request)
{
    CaseFields fields = request.fields;
    fields.title = fields.title.trimmed();
    if (Status s = validate(fields); !s)
        return s.error();
    if (Status s = validateItems(request.items); !s)
        return s.error();
    if (fields.providerId.isEmpty()) {
        auto provider = providerOf(request.items);
        if (!provider)
            return provider.error();
        fields.providerId = *provider;
    }
    auto number = nextNumber();
    if (!number)
        return number.error();
    Database &db = m_workspace.db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO review_cases (number, title, provider_id, priority, status, assignee, "
        "description, findings, remediation_plan, opened_at, opened_by, row_version) "
        "VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, 1)"));
    for (const QVariant &v :
         {QVariant(*number), QVariant(fields.title), nullable(fields.providerId),
          QVariant(fields.priority), nullable(fields.assignee), nullable(fields.description),
          nullable(fields.findings), nullable(fields.remediationPlan), QVariant(nowStored()),
          QVariant(m_workspace.actor())})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("open case"), q);
    const qint64 id = q.lastInsertId().toLongLong();
    auto record = CaseQuery::find(db, id);
    if (!record)
        return record.error();
    if (Status s = log(id, *number, QStringLiteral("opened"), CaseQuery::toJson(*record),
                       QStringLiteral("case.opened"), QJsonValue::Null, CaseQuery::toJson(*record));
        !s)
        return s.error();
    if (!request.items.isEmpty()) {
        auto added = addItemsInTransaction(id, request.items);
        if (!added)
            return added.error();
    }
    return id;
}

Status CaseService::conflict(const CaseRecord &current, qint64 expectedVersion)
{
    QSqlQuery q(m_workspace.db().sql());
    q.prepare(QStringLiteral(
        "SELECT actor, at FROM case_events WHERE case_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(current.id);
    QString who = QCoreApplication::translate("CaseService", "someone else");
    if (q.exec() && q.next())
        who = q.value(0).toString();
    return fieldError(QStringLiteral("row_version"),
                      QCoreApplication::translate(
                          "CaseService",
                          "%1 was changed by %2 after you opened it (your version %3, now %4): "
                          "reload the case and make your change again")
                          .arg(current.number, who)
                          .arg(expectedVersion)
                          .arg(current.rowVersion));
}

Result<CaseRecord> CaseService::loadForChange(qint64 caseId, qint64 expectedVersion)
{
    auto record = CaseQuery::find(m_workspace.db(), caseId);
    if (!record)
        return record.error();
    if (record->rowVersion != expectedVersion)
        return conflict(*record, expectedVersion).error();
    return record;
}

Status CaseService::writeRow(const CaseRecord &before, const CaseRecord &after)
{
    Database &db = m_workspace.db();
    QSqlQuery q(db.sql());
    // The version check is repeated in the statement itself, so a writer on
    // another connection between our read and this write is caught too.
    q.prepare(QStringLiteral(
        "UPDATE review_cases SET title = ?, provider_id = ?, priority = ?, assignee = ?, "
        "description = ?, findings = ?, remediation_plan = ?, status = ?, closed_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    const CaseFields &f = after.fields;
    for (const QVariant &v :
         {QVariant(f.title), nullable(f.providerId), QVariant(f.priority), nullable(f.assignee),
          nullable(f.description), nullable(f.findings), nullable(f.remediationPlan),
          QVariant(CaseWorkflow::token(after.status)), nullable(after.closedAt),
          QVariant(before.id), QVariant(before.rowVersion)})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("review case"), q);
    if (q.numRowsAffected() != 1)
        return conflict(before, before.rowVersion);
    return {};
}

Status CaseService::update(qint64 caseId, const CaseFields &fields, qint64 expectedVersion)
{
    return m_workspace.db().transaction([&]() -> Status {
        if (Status w =
                requireWriter(QCoreApplication::translate("CaseService", "change review cases"));
            !w)
            return w;
        auto before = loadForChange(caseId, expectedVersion);
        if (!before)
            return before.error();
        CaseRecord after = *before;
        after.fields = fields;
        after.fields.title = fields.title.trimmed();
        if (Status s = validate(after.fields); !s)
            return s;
        if (after.fields == before->fields)
            return {};
        if (Status s = writeRow(*before, after); !s)
            return s;
        ++after.rowVersion;
        const QJsonObject b = CaseQuery::toJson(*before);
        const QJsonObject a = CaseQuery::toJson(after);
        QJsonObject changed;
        for (auto it = a.begin(); it != a.end(); ++it)
            if (it.key() != QLatin1String("row_version") && b.value(it.key()) != it.value())
                changed.insert(it.key(), QJsonObject{{QStringLiteral("from"), b.value(it.key())},
                                                     {QStringLiteral("to"), it.value()}});
        return log(caseId, before->number, QStringLiteral("updated"), changed,
                   QStringLiteral("case.updated"), b, a);
    });
}

Status CaseService::closeChecks(const CaseRecord &record, const QString &exception,
                                QJsonObject &detail)
{
    Database &db = m_workspace.db();
    if (Status s = Roles::requireSupervisor(
            db, m_workspace.actor(),
            QCoreApplication::translate("CaseService", "close a review case"));
        !s)
        return s;
    auto open = CaseQuery::unremediatedItems(db, record.id);
    if (!open)
        return open.error();
    if (!open->isEmpty() && exception.trimmed().isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < open->size() && i < 5; ++i)
            names << itemText(open->at(i));
        if (open->size() > 5)
            names << QStringLiteral("…");
        return fieldError(QStringLiteral("exception"),
                          QCoreApplication::translate(
                              "CaseService",
                              "%1 cannot close: %n item(s) are neither remediated nor verified "
                              "(%2); record an exception to close it anyway",
                              nullptr, int(open->size()))
                              .arg(record.number, names.join(QStringLiteral(", "))));
    }
    if (!open->isEmpty())
        detail.insert(QStringLiteral("unremediated"), itemArray(*open));
    if (!exception.trimmed().isEmpty())
        detail.insert(QStringLiteral("exception"), exception.trimmed());
    return {};
}

Status CaseService::transition(qint64 caseId, CaseStatus to, const QString &reason,
                               qint64 expectedVersion, const QString &exception)
{
    return m_workspace.db().transaction([&]() -> Status {
        if (Status w = requireWriter(
                QCoreApplication::translate("CaseService", "change the status of review cases"));
            !w)
            return w;
        auto before = loadForChange(caseId, expectedVersion);
        if (!before)
            return before.error();
        if (!CaseWorkflow::allowed(before->status, to))
            return fieldError(
                QStringLiteral("status"),
                QCoreApplication::translate("CaseService", "%1 cannot go from \"%2\" to \"%3\"")
                    .arg(before->number, CaseWorkflow::label(before->status),
                         CaseWorkflow::label(to)));
        if (CaseWorkflow::needsReason(to) && reason.trimmed().isEmpty())
            return fieldError(QStringLiteral("reason"),
                              QCoreApplication::translate("CaseService", "say why %1 is %2")
                                  .arg(before->number, CaseWorkflow::label(to)));
        QJsonObject detail{{QStringLiteral("from"), CaseWorkflow::token(before->status)},
                           {QStringLiteral("to"), CaseWorkflow::token(to)}};
        if (!reason.trimmed().isEmpty())
            detail.insert(QStringLiteral("reason"), reason.trimmed());
        if (to == CaseStatus::Closed)
            if (Status s = closeChecks(*before, exception, detail); !s)
                return s;
        CaseRecord after = *before;
        after.status = to;
        after.closedAt = CaseWorkflow::isOpen(to) ? QString() : nowStored();
        if (Status s = writeRow(*before, after); !s)
            return s;
        ++after.rowVersion;
        QJsonObject auditAfter = CaseQuery::toJson(after);
        for (const QString &key : {QStringLiteral("reason"), QStringLiteral("exception"),
                                   QStringLiteral("unremediated")})
            if (detail.contains(key))
                auditAfter.insert(key, detail.value(key));
        return log(caseId, before->number, QStringLiteral("status"), detail,
                   QStringLiteral("case.status"), CaseQuery::toJson(*before), auditAfter);
    });
}

Result<qint64> CaseService::addNote(qint64 caseId, const QString &body)
{
    qint64 noteId = 0;
    Status s = m_workspace.db().transaction([&]() -> Status {
        if (Status w = requireWriter(
                QCoreApplication::translate("CaseService", "add notes to review cases"));
            !w)
            return w;
        Database &db = m_workspace.db();
        auto record = CaseQuery::find(db, caseId);
        if (!record)
            return record.error();
        const QString text = body.trimmed();
        if (text.isEmpty())
            return fieldError(QStringLiteral("note"),
                              QCoreApplication::translate("CaseService", "the note is empty"));
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO case_notes (case_id, at, author, body) VALUES (?, ?, ?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(nowStored());
        q.addBindValue(m_workspace.actor());
        q.addBindValue(text);
        if (!q.exec())
            return db.sqlError(QStringLiteral("case note"), q);
        noteId = q.lastInsertId().toLongLong();
        const QJsonObject detail{{QStringLiteral("note"), noteId}, {QStringLiteral("body"), text}};
        return log(caseId, record->number, QStringLiteral("note"), detail,
                   QStringLiteral("case.note"), QJsonValue::Null, detail);
    });
    if (!s)
        return s.error();
    return noteId;
}

Result<CaseEvidence> CaseService::addEvidence(qint64 caseId, const QString &filePath)
{
    QFile file(filePath);
    if (QFileInfo(filePath).size() > AttachmentStore::kMaxSize)
        return Error{QCoreApplication::translate("CaseService", "the file is larger than %1 MB")
                         .arg(AttachmentStore::kMaxSize / (1024 * 1024)),
                     filePath,
                     0,
                     {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CaseService", "cannot read the file: %1")
                         .arg(file.errorString()),
                     filePath,
                     0,
                     {}};
    return addEvidence(caseId, QFileInfo(filePath).fileName(), file.readAll());
}

Result<CaseEvidence> CaseService::addEvidence(qint64 caseId, const QString &fileName,
                                              const QByteArray &content)
{
    CaseEvidence evidence;
    Status s = m_workspace.db().transaction([&]() -> Status {
        if (Status w = requireWriter(
                QCoreApplication::translate("CaseService", "attach evidence to review cases"));
            !w)
            return w;
        Database &db = m_workspace.db();
        auto record = CaseQuery::find(db, caseId);
        if (!record)
            return record.error();
        const QString name = QFileInfo(fileName).fileName();
        if (name.isEmpty())
            return fieldError(QStringLiteral("file_name"),
                              QCoreApplication::translate("CaseService", "the file has no name"));
        auto stored = AttachmentStore::put(db, name, content);
        if (!stored)
            return stored.error();
        evidence = {stored->sha256, name,        stored->mime,
                    stored->size,   nowStored(), m_workspace.actor()};
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO case_evidence (case_id, sha256, file_name, "
                                 "added_at, added_by) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"));
        q.addBindValue(caseId);
        q.addBindValue(evidence.sha256);
        q.addBindValue(name);
        q.addBindValue(evidence.addedAt);
        q.addBindValue(evidence.addedBy);
        if (!q.exec())
            return db.sqlError(QStringLiteral("case evidence"), q);
        if (q.numRowsAffected() != 1)
            return Error{
                QCoreApplication::translate("CaseService", "this file is already attached to %1")
                    .arg(record->number),
                name,
                0,
                {}};
        const QJsonObject detail{{QStringLiteral("file_name"), name},
                                 {QStringLiteral("sha256"), evidence.sha256},
                                 {QStringLiteral("size"), evidence.size},
                                 {QStringLiteral("mime"), evidence.mime},
                                 {QStringLiteral("stored_new"), stored->newlyStored}};
        return log(caseId, record->number, QStringLiteral("evidence"), detail,
                   QStringLiteral("case.evidence"), QJsonValue::Null, detail);
    });
    if (!s)
        return s.error();
    return evidence;
}

} // namespace ab
