#include "triageservice.h"

#include "audit/audittrail.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "domain/vocabulary.h"
#include "identity/roles.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace ab {

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error{message, {}, 0, field};
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

bool triageable(const QString &status)
{
    return status == QLatin1String("new") || status == QLatin1String("triaged");
}

QString severityToPriority(const QStringList &severities)
{
    const QStringList order = Vocab::tokens(Vocabulary::Severity); // low … critical
    qsizetype best = -1;
    for (const QString &s : severities)
        best = std::max(best, order.indexOf(s));
    return best < 0 ? QStringLiteral("medium") : order.at(best);
}

// The start of a complaint's text, for a case title made from it.
Result<QString> excerpt(Database &db, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT substr(text, 1, 120) FROM complaints WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("complaint"), q);
    QString text = q.value(0).toString().simplified();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return text;
}

bool inCase(Database &db, qint64 caseId, const QString &complaintId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM case_items WHERE case_id = ? AND "
                             "item_kind = 'complaint' AND item_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(complaintId);
    return q.exec() && q.next();
}

} // namespace

QJsonObject ComplaintSnapshot::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("request"), request},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("status"), status},
            {QStringLiteral("duplicate_of"), duplicateOf},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("generations"), QJsonArray::fromStringList(generations)}};
}

TriageService::TriageService(Workspace &workspace) : m_workspace(workspace) {}

// Inside an action the write transaction keeps other writers out until it
// ends (SQLite's BEGIN IMMEDIATE, a server's workspace lock), so what an
// action checks is still what it changes when it writes.
Result<ComplaintSnapshot> TriageService::snapshot(Workspace &workspace, const QString &id)
{
    Database &db = workspace.db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT kind, coalesce(request, ''), coalesce(severity, ''), status, "
                             "coalesce(duplicate_of, ''), coalesce(resolution, '') "
                             "FROM complaints WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint"), q);
    if (!q.next())
        return fieldError(
            QStringLiteral("complaint"),
            QCoreApplication::translate("TriageService", "there is no complaint \"%1\"").arg(id));
    ComplaintSnapshot s{id,
                        q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        {}};
    q.prepare(QStringLiteral("SELECT generation_id FROM complaint_generations "
                             "WHERE complaint_id = ? ORDER BY generation_id"));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint generations"), q);
    while (q.next())
        s.generations << q.value(0).toString();
    return s;
}

Status TriageService::write(const ComplaintSnapshot &before, const ComplaintSnapshot &after)
{
    Database &db = m_workspace.db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE complaints SET kind = ?, request = ?, severity = ?, "
                             "status = ?, duplicate_of = ?, resolution = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(after.kind), nullable(after.request), nullable(after.severity),
          QVariant(after.status), nullable(after.duplicateOf), nullable(after.resolution),
          QVariant(after.id)})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint"), q);
    for (const QString &g : after.generations) {
        if (before.generations.contains(g))
            continue;
        q.prepare(QStringLiteral(
            "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES (?, ?)"));
        q.addBindValue(after.id);
        q.addBindValue(g);
        if (!q.exec())
            return db.sqlError(QStringLiteral("complaint generations"), q);
    }
    for (const QString &g : before.generations) {
        if (after.generations.contains(g))
            continue;
        q.prepare(QStringLiteral(
            "DELETE FROM complaint_generations WHERE complaint_id = ? AND generation_id = ?"));
        q.addBindValue(after.id);
        q.addBindValue(g);
        if (!q.exec())
            return db.sqlError(QStringLiteral("complaint generations"), q);
    }
    return {};
}

Status TriageService::audit(const QString &action, const ComplaintSnapshot &before,
                            const ComplaintSnapshot &after)
{
    return AuditTrail::append(m_workspace.db(),
                              {m_workspace.actor(), action, QStringLiteral("complaint"), after.id,
                               before.toJson(), after.toJson()});
}

void TriageService::setSeen(const ComplaintSnapshot &seen)
{
    m_seen.insert(seen.id, seen);
}

void TriageService::setSeen(const QVector<ComplaintSnapshot> &seen)
{
    for (const ComplaintSnapshot &s : seen)
        setSeen(s);
}

void TriageService::forgetSeen()
{
    m_seen.clear();
}

std::optional<ComplaintSnapshot> TriageService::seen(const QString &id) const
{
    const auto it = m_seen.constFind(id);
    return it == m_seen.cend() ? std::nullopt : std::optional(*it);
}

void TriageService::updateSeen(const ComplaintSnapshot &now)
{
    // Only what a caller recorded: one that never did keeps acting on the
    // stored state.
    if (const auto it = m_seen.find(now.id); it != m_seen.end())
        *it = now;
}

// As CaseService::conflict: who changed the complaint last, and when, from
// its newest audit entry (every triage change writes one).
Error TriageService::conflict(const QString &id)
{
    QSqlQuery q(m_workspace.db().sql());
    q.prepare(QStringLiteral("SELECT actor, at FROM audit_log WHERE entity_kind = 'complaint' "
                             "AND entity_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fieldError(QStringLiteral("row_version"),
                          QCoreApplication::translate(
                              "TriageService",
                              "complaint %1 was changed by someone else after you looked at it, "
                              "so nothing was changed: check its current state and decide again")
                              .arg(id));
    const QString at = q.value(1).toString();
    const auto instant = time::fromStored(at);
    const QString when = instant ? instant->toTimeZone(m_workspace.settings().timeZone())
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : at;
    return fieldError(QStringLiteral("row_version"),
                      QCoreApplication::translate(
                          "TriageService",
                          "complaint %1 was changed by %2 at %3 after you looked at it, so "
                          "nothing was changed: check its current state and decide again")
                          .arg(id, q.value(0).toString(), when));
}

Result<TriageOutcome> TriageService::apply(const QString &action, const QString &description,
                                           const QStringList &rawIds, bool decides,
                                           const Change &change, const CaseStep &caseStep)
{
    QStringList ids;
    for (const QString &id : rawIds)
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids << id.trimmed();
    if (ids.isEmpty())
        return fieldError(QStringLiteral("complaint"),
                          QCoreApplication::translate("TriageService", "no complaint is selected"));
    TriageOutcome out{ids, 0, {}, decides};
    UndoEntry entry{description, {}, 0, 0, {}};
    Database &db = m_workspace.db();
    Status s = db.transaction([&]() -> Status {
        if (Status w = Roles::requireWriter(
                db, m_workspace.actor(),
                QCoreApplication::translate("TriageService", "triage complaints"));
            !w)
            return w;
        for (const QString &id : std::as_const(ids)) {
            auto before = snapshot(m_workspace, id);
            if (!before)
                return before.error();
            // Before the status check: "someone else decided it" says more
            // than "it is already dismissed".
            if (const auto seen = m_seen.constFind(id); seen != m_seen.cend() && *seen != *before)
                return conflict(id);
            if (!triageable(before->status))
                return fieldError(
                    QStringLiteral("status"),
                    QCoreApplication::translate(
                        "TriageService",
                        "complaint %1 is already %2: triage changes only complaints "
                        "that are new or triaged")
                        .arg(id, Vocab::label(Vocabulary::ComplaintStatus, before->status)));
            ComplaintSnapshot after = *before;
            if (Status c = change(after); !c) {
                Error e = c.error();
                e.message = QCoreApplication::translate("TriageService", "complaint %1: %2")
                                .arg(id, e.message);
                return e;
            }
            if (after != *before) {
                if (Status w = write(*before, after); !w)
                    return w;
                if (Status a = audit(action, *before, after); !a)
                    return a;
            }
            entry.changes.push_back({*before, after});
        }
        if (caseStep)
            if (Status c = caseStep(ids, out, entry); !c)
                return c;
        // The case step may touch the complaints too; undo compares with
        // what is stored now.
        for (auto &[before, after] : entry.changes) {
            auto now = snapshot(m_workspace, after.id);
            if (!now)
                return now.error();
            after = *now;
        }
        return {};
    });
    if (!s)
        return s.error();
    for (const auto &[before, after] : std::as_const(entry.changes))
        updateSeen(after);
    m_undo.push_back(std::move(entry));
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    return out;
}

Result<TriageOutcome> TriageService::setKind(const QStringList &ids, const QString &kind,
                                             const QString &request)
{
    if (!Vocab::contains(Vocabulary::ComplaintKind, kind))
        return fieldError(
            QStringLiteral("kind"),
            QCoreApplication::translate("TriageService", "unknown complaint kind \"%1\"")
                .arg(kind));
    const bool personal = kind == QLatin1String("personal_info");
    if (personal && !Vocab::contains(Vocabulary::PersonalInfoRequest, request))
        return fieldError(QStringLiteral("request"),
                          QCoreApplication::translate(
                              "TriageService",
                              "a personal-information request is one of access, correct, delete "
                              "or block"));
    return apply(QStringLiteral("complaint.kind"),
                 QCoreApplication::translate("TriageService", "set kind to %1")
                     .arg(Vocab::label(Vocabulary::ComplaintKind, kind)),
                 ids, false, [&](ComplaintSnapshot &c) -> Status {
                     c.kind = kind;
                     c.request = personal ? request : QString();
                     return {};
                 });
}

Result<TriageOutcome> TriageService::setSeverity(const QStringList &ids, const QString &severity)
{
    if (!Vocab::contains(Vocabulary::Severity, severity))
        return fieldError(
            QStringLiteral("severity"),
            QCoreApplication::translate("TriageService", "unknown severity \"%1\"").arg(severity));
    return apply(QStringLiteral("complaint.severity"),
                 QCoreApplication::translate("TriageService", "set severity to %1")
                     .arg(Vocab::label(Vocabulary::Severity, severity)),
                 ids, false, [&](ComplaintSnapshot &c) -> Status {
                     c.severity = severity;
                     return {};
                 });
}

Result<TriageOutcome> TriageService::linkGeneration(const QStringList &ids,
                                                    const QString &generationId)
{
    const QString gid = generationId.trimmed();
    QSqlQuery q(m_workspace.db().sql());
    q.prepare(QStringLiteral("SELECT 1 FROM generations WHERE id = ?"));
    q.addBindValue(gid);
    if (!q.exec())
        return m_workspace.db().sqlError(QStringLiteral("generations"), q);
    if (!q.next())
        return fieldError(
            QStringLiteral("generation"),
            QCoreApplication::translate("TriageService", "there is no generation \"%1\"").arg(gid));
    return apply(QStringLiteral("complaint.linked"),
                 QCoreApplication::translate("TriageService", "link to generation %1").arg(gid),
                 ids, false, [&](ComplaintSnapshot &c) -> Status {
                     if (!c.generations.contains(gid)) {
                         c.generations << gid;
                         c.generations.sort();
                     }
                     return {};
                 });
}

Result<TriageOutcome> TriageService::markTriaged(const QStringList &ids)
{
    return apply(QStringLiteral("complaint.triaged"),
                 QCoreApplication::translate("TriageService", "mark as triaged"), ids, true,
                 [&](ComplaintSnapshot &c) -> Status {
                     if (c.severity.isEmpty())
                         return fieldError(
                             QStringLiteral("severity"),
                             QCoreApplication::translate(
                                 "TriageService", "set its severity before marking it triaged"));
                     c.status = QStringLiteral("triaged");
                     return {};
                 });
}

Result<TriageOutcome> TriageService::markDuplicate(const QStringList &ids,
                                                   const QString &originalId)
{
    // Follow the original's own duplicate link, so that every duplicate
    // points at the one complaint that is handled.
    QString root = originalId.trimmed();
    for (int hops = 0; hops < 32; ++hops) {
        auto original = snapshot(m_workspace, root);
        if (!original)
            return original.error();
        if (original->duplicateOf.isEmpty())
            break;
        root = original->duplicateOf;
    }
    return apply(QStringLiteral("complaint.duplicate"),
                 QCoreApplication::translate("TriageService", "mark as duplicate of %1").arg(root),
                 ids, true, [&](ComplaintSnapshot &c) -> Status {
                     if (c.id == root || ids.contains(root))
                         return fieldError(
                             QStringLiteral("duplicate_of"),
                             QCoreApplication::translate(
                                 "TriageService", "a complaint cannot be a duplicate of itself"));
                     c.status = QStringLiteral("duplicate");
                     c.duplicateOf = root;
                     return {};
                 });
}

Result<TriageOutcome> TriageService::dismiss(const QStringList &ids, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(
            QStringLiteral("reason"),
            QCoreApplication::translate("TriageService", "say why the complaint is dismissed"));
    return apply(QStringLiteral("complaint.dismissed"),
                 QCoreApplication::translate("TriageService", "dismiss"), ids, true,
                 [&](ComplaintSnapshot &c) -> Status {
                     c.status = QStringLiteral("dismissed");
                     c.resolution = why;
                     return {};
                 });
}

Result<TriageOutcome> TriageService::escalateToNewCase(const QStringList &ids, const QString &title,
                                                       const QString &priority)
{
    QStringList severities;
    QString caseTitle = title.trimmed();
    CaseService cases(m_workspace);
    return apply(
        QStringLiteral("complaint.escalated"),
        QCoreApplication::translate("TriageService", "escalate to a new case"), ids, true,
        [&](ComplaintSnapshot &c) -> Status {
            severities << c.severity;
            c.status = QStringLiteral("escalated");
            return {};
        },
        [&](const QStringList &done, TriageOutcome &out, UndoEntry &entry) -> Status {
            if (caseTitle.isEmpty()) {
                auto first = excerpt(m_workspace.db(), done.first());
                if (!first)
                    return first.error();
                caseTitle = done.size() == 1
                                ? QCoreApplication::translate("TriageService", "Complaint %1: %2")
                                      .arg(done.first(), *first)
                                : QCoreApplication::translate("TriageService", "%n complaints: %1",
                                                              nullptr, int(done.size()))
                                      .arg(*first);
            }
            OpenCaseRequest request;
            request.fields.title = caseTitle;
            request.fields.priority =
                priority.isEmpty() ? severityToPriority(severities) : priority;
            for (const QString &id : done)
                request.items.push_back({ItemRef::Kind::Complaint, id});
            auto opened = cases.openInTransaction(request);
            if (!opened)
                return opened.error();
            out.caseId = *opened;
            entry.createdCase = *opened;
            auto record = CaseQuery::find(m_workspace.db(), *opened);
            if (!record)
                return record.error();
            out.caseNumber = record->number;
            return {};
        });
}

Result<TriageOutcome> TriageService::addToCase(const QStringList &ids, qint64 caseId)
{
    auto record = CaseQuery::find(m_workspace.db(), caseId);
    if (!record)
        return record.error();
    if (!CaseWorkflow::isOpen(record->status))
        return fieldError(
            QStringLiteral("case"),
            QCoreApplication::translate("TriageService", "%1 is %2: reopen it before adding to it")
                .arg(record->number, CaseWorkflow::label(record->status)));
    CaseService cases(m_workspace);
    const CaseRecord target = *record;
    return apply(
        QStringLiteral("complaint.escalated"),
        QCoreApplication::translate("TriageService", "add to %1").arg(target.number), ids, true,
        [&](ComplaintSnapshot &c) -> Status {
            c.status = QStringLiteral("escalated");
            return {};
        },
        [&](const QStringList &done, TriageOutcome &out, UndoEntry &entry) -> Status {
            QVector<ItemRef> items;
            for (const QString &id : done) {
                if (!inCase(m_workspace.db(), caseId, id)) {
                    items.push_back({ItemRef::Kind::Complaint, id});
                    entry.addedItems << id;
                }
            }
            if (!items.isEmpty())
                if (auto added = cases.addItemsInTransaction(caseId, items); !added)
                    return added.error();
            out.caseId = caseId;
            out.caseNumber = target.number;
            entry.addedToCase = caseId;
            return {};
        });
}

QString TriageService::undoText() const
{
    if (m_undo.isEmpty())
        return {};
    const UndoEntry &e = m_undo.last();
    return QCoreApplication::translate("TriageService", "%1 (%n complaint(s))", nullptr,
                                       int(e.changes.size()))
        .arg(e.description);
}

Result<TriageOutcome> TriageService::undo()
{
    if (m_undo.isEmpty())
        return fieldError(QStringLiteral("undo"),
                          QCoreApplication::translate("TriageService", "there is nothing to undo"));
    const UndoEntry &entry = m_undo.last();
    TriageOutcome out;
    Database &db = m_workspace.db();
    Status s = db.transaction([&]() -> Status {
        if (Status w = Roles::requireWriter(
                db, m_workspace.actor(),
                QCoreApplication::translate("TriageService", "triage complaints"));
            !w)
            return w;
        for (const auto &[before, after] : entry.changes) {
            auto now = snapshot(m_workspace, after.id);
            if (!now)
                return now.error();
            if (*now != after)
                return fieldError(QStringLiteral("complaint"),
                                  QCoreApplication::translate(
                                      "TriageService",
                                      "complaint %1 was changed after this action, so it can no "
                                      "longer be undone")
                                      .arg(after.id));
        }
        CaseService cases(m_workspace);
        if (entry.createdCase != 0) {
            QVector<ItemRef> items;
            for (const auto &change : entry.changes)
                items.push_back({ItemRef::Kind::Complaint, change.first.id});
            if (Status d = cases.deleteUntouchedInTransaction(entry.createdCase, items); !d)
                return d;
        }
        if (entry.addedToCase != 0 && !entry.addedItems.isEmpty()) {
            QVector<ItemRef> items;
            for (const QString &id : entry.addedItems)
                items.push_back({ItemRef::Kind::Complaint, id});
            if (Status r = cases.removeItemsInTransaction(
                    entry.addedToCase, items,
                    QCoreApplication::translate("TriageService", "triage action undone"));
                !r)
                return r;
        }
        for (const auto &[before, after] : entry.changes) {
            if (before == after)
                continue;
            if (Status w = write(after, before); !w)
                return w;
            if (Status a = audit(QStringLiteral("complaint.triage_undone"), after, before); !a)
                return a;
            out.complaints << before.id;
        }
        return {};
    });
    if (!s)
        return s.error();
    for (const auto &[before, after] : entry.changes)
        updateSeen(before);
    out.caseId = entry.createdCase != 0 ? entry.createdCase : entry.addedToCase;
    m_undo.removeLast();
    return out;
}

} // namespace ab
