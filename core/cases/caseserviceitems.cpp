// CaseService, continued: the items of a case (adding, removing, and the
// undo of an escalation), kept apart from the case row's own changes.
#include "audit/audittrail.h"
#include "cases/casequery.h"
#include "caseservice.h"
#include "caseservicehelpers.h"
#include "identity/roles.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

using namespace caseservice;

Result<int> CaseService::addItems(qint64 caseId, const QVector<ItemRef> &items)
{
    int added = 0;
    Status s = m_workspace.db().transaction([&]() -> Status {
        if (Status w = requireWriter(
                QCoreApplication::translate("CaseService", "add items to review cases"));
            !w)
            return w;
        auto n = addItemsInTransaction(caseId, items);
        if (!n)
            return n.error();
        added = *n;
        return {};
    });
    if (!s)
        return s.error();
    return added;
}

Status CaseService::escalateComplaint(const QString &complaintId, const QString &caseNumber)
{
    Database &db = m_workspace.db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT status FROM complaints WHERE id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("escalate complaint"), q);
    const QString status = q.next() ? q.value(0).toString() : QString();
    q.finish();
    // A complaint already decided otherwise (dismissed, resolved, …) keeps
    // its status; only one still waiting for a decision is escalated.
    if (status != QLatin1String("new") && status != QLatin1String("triaged"))
        return {};
    q.prepare(QStringLiteral("UPDATE complaints SET status = 'escalated' WHERE id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("escalate complaint"), q);
    return AuditTrail::append(db,
                              {m_workspace.actor(), QStringLiteral("complaint.escalated"),
                               QStringLiteral("complaint"), complaintId,
                               QJsonObject{{QStringLiteral("status"), status}},
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("escalated")},
                                           {QStringLiteral("case"), caseNumber}}});
}

Result<int> CaseService::addItemsInTransaction(qint64 caseId, const QVector<ItemRef> &items)
{
    Database &db = m_workspace.db();
    auto record = CaseQuery::find(db, caseId);
    if (!record)
        return record.error();
    if (items.isEmpty())
        return fieldError(QStringLiteral("item"),
                          QCoreApplication::translate("CaseService", "no items were given"));
    if (!CaseWorkflow::isOpen(record->status))
        return fieldError(
            QStringLiteral("case"),
            QCoreApplication::translate("CaseService", "%1 is %2: reopen it before adding to it")
                .arg(record->number, CaseWorkflow::label(record->status)));
    if (Status s = validateItems(items); !s)
        return s.error();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO case_items (case_id, item_kind, item_id, added_at, "
                             "added_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    QVector<ItemRef> added;
    for (const ItemRef &item : items) {
        q.addBindValue(caseId);
        q.addBindValue(item.kindToken());
        q.addBindValue(item.id);
        q.addBindValue(nowStored());
        q.addBindValue(m_workspace.actor());
        if (!q.exec())
            return db.sqlError(QStringLiteral("case items"), q);
        if (q.numRowsAffected() == 1)
            added.push_back(item);
    }
    if (added.isEmpty())
        return 0;
    const QJsonObject detail{{QStringLiteral("items"), itemArray(added)}};
    if (Status s = log(caseId, record->number, QStringLiteral("items_added"), detail,
                       QStringLiteral("case.items_added"), QJsonValue::Null, detail);
        !s)
        return s.error();
    for (const ItemRef &item : std::as_const(added))
        if (item.kind == ItemRef::Kind::Complaint)
            if (Status s = escalateComplaint(item.id, record->number); !s)
                return s.error();
    return int(added.size());
}

Status CaseService::removeItem(qint64 caseId, const ItemRef &item, const QString &reason)
{
    return m_workspace.db().transaction([&]() -> Status {
        if (Status w = requireWriter(
                QCoreApplication::translate("CaseService", "remove items from review cases"));
            !w)
            return w;
        return removeItemsInTransaction(caseId, {item}, reason);
    });
}

Status CaseService::removeItemsInTransaction(qint64 caseId, const QVector<ItemRef> &items,
                                             const QString &reason)
{
    Database &db = m_workspace.db();
    auto record = CaseQuery::find(db, caseId);
    if (!record)
        return record.error();
    if (reason.trimmed().isEmpty())
        return fieldError(
            QStringLiteral("reason"),
            QCoreApplication::translate("CaseService", "say why the item leaves the case"));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "DELETE FROM case_items WHERE case_id = ? AND item_kind = ? AND item_id = ?"));
    for (const ItemRef &item : items) {
        q.addBindValue(caseId);
        q.addBindValue(item.kindToken());
        q.addBindValue(item.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("case items"), q);
        if (q.numRowsAffected() != 1)
            return fieldError(QStringLiteral("item"),
                              QCoreApplication::translate("CaseService", "%1 is not an item of %2")
                                  .arg(itemText(item), record->number));
    }
    const QJsonObject detail{{QStringLiteral("items"), itemArray(items)},
                             {QStringLiteral("reason"), reason.trimmed()}};
    return log(caseId, record->number, QStringLiteral("items_removed"), detail,
               QStringLiteral("case.items_removed"), detail, QJsonValue::Null);
}

Status CaseService::deleteUntouchedInTransaction(qint64 caseId, const QVector<ItemRef> &openedWith)
{
    Database &db = m_workspace.db();
    auto record = CaseQuery::find(db, caseId);
    if (!record)
        return record.error();
    const Error touched =
        fieldError(QStringLiteral("case"),
                   QCoreApplication::translate(
                       "CaseService", "%1 has been worked on since it was opened; it is kept")
                       .arg(record->number));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM case_events WHERE case_id = ? AND kind NOT IN "
        "('opened', 'items_added', 'items_removed')) + (SELECT count(*) FROM case_notes "
        "WHERE case_id = ?) + (SELECT count(*) FROM case_evidence WHERE case_id = ?)"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("review case"), q);
    if (record->rowVersion != 1 || q.value(0).toLongLong() > 0)
        return touched;
    q.finish();
    q.prepare(QStringLiteral("SELECT item_kind, item_id FROM case_items WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case items"), q);
    while (q.next()) {
        const ItemRef item{
            ItemRef::kindFromToken(q.value(0).toString()).value_or(ItemRef::Kind::Generation),
            q.value(1).toString()};
        const bool expected =
            std::any_of(openedWith.begin(), openedWith.end(),
                        [&](const ItemRef &i) { return i.kind == item.kind && i.id == item.id; });
        if (!expected)
            return touched;
    }
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM review_cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("review case"), q);
    return audit(QStringLiteral("case.deleted"), record->number, CaseQuery::toJson(*record),
                 QJsonValue::Null);
}

} // namespace ab
