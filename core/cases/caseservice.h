#pragma once

#include "cases/attachmentstore.h"
#include "cases/casetypes.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonValue>
#include <functional>

namespace ab {

class Workspace;

struct OpenCaseRequest
{
    CaseFields fields;      // an empty providerId is taken from the items when they share one
    QVector<ItemRef> items; // may be empty
};

// Opens and works review cases. Every change runs in one transaction with its
// case event and audit entry, as the workspace's acting user; auditors are
// refused, closing needs a supervisor. Changes of the case row check the
// row_version the caller read, so a stale save fails instead of silently
// overwriting someone else's change.
class CaseService
{
public:
    explicit CaseService(Workspace &workspace);
    // Tests: a fixed clock (UTC).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Returns the new case's id.
    Result<qint64> open(const OpenCaseRequest &request);
    // Adds items not yet in the case; returns how many were added. Complaints
    // still waiting for triage become "escalated".
    Result<int> addItems(qint64 caseId, const QVector<ItemRef> &items);
    Status removeItem(qint64 caseId, const ItemRef &item, const QString &reason);
    Status update(qint64 caseId, const CaseFields &fields, qint64 expectedVersion);
    // Moves the case along its workflow. Dismissing and reopening need a
    // reason; closing needs a supervisor and every item remediated or
    // verified, or `exception` saying why the case closes anyway.
    Status transition(qint64 caseId, CaseStatus to, const QString &reason, qint64 expectedVersion,
                      const QString &exception = {});
    Result<qint64> addNote(qint64 caseId, const QString &body);
    Result<CaseEvidence> addEvidence(qint64 caseId, const QString &filePath);
    Result<CaseEvidence> addEvidence(qint64 caseId, const QString &fileName,
                                     const QByteArray &content);

    // The same steps inside the caller's transaction, for services that
    // change other records together with a case (triage escalation). The
    // caller has checked the actor's role.
    Result<qint64> openInTransaction(const OpenCaseRequest &request);
    Result<int> addItemsInTransaction(qint64 caseId, const QVector<ItemRef> &items);
    Status removeItemsInTransaction(qint64 caseId, const QVector<ItemRef> &items,
                                    const QString &reason);
    // Deletes a case nobody has worked on since it was opened (undo of an
    // escalation): no edits, status changes, notes or evidence, and no items
    // but `openedWith`. Refuses any other case.
    Status deleteUntouchedInTransaction(qint64 caseId, const QVector<ItemRef> &openedWith);

    // "CASE-2026-0042": the number the next case of `year` gets.
    static QString formatNumber(int year, int sequence);

private:
    QDateTime now() const { return m_now(); }
    QString nowStored() const;
    Status requireWriter(const QString &what);
    Status validate(const CaseFields &fields);
    Status validateItems(const QVector<ItemRef> &items);
    Result<QString> providerOf(const QVector<ItemRef> &items);
    Result<QString> nextNumber();
    Result<CaseRecord> loadForChange(qint64 caseId, qint64 expectedVersion);
    Status conflict(const CaseRecord &current, qint64 expectedVersion);
    Status writeRow(const CaseRecord &before, const CaseRecord &after);
    Status escalateComplaint(const QString &complaintId, const QString &caseNumber);
    // The audit entry and the case event of one change, linked by the seq.
    Status log(qint64 caseId, const QString &number, const QString &kind, const QJsonObject &detail,
               const QString &action, const QJsonValue &before, const QJsonValue &after);
    Status audit(const QString &action, const QString &number, const QJsonValue &before,
                 const QJsonValue &after);
    Status closeChecks(const CaseRecord &record, const QString &exception, QJsonObject &detail);

    Workspace &m_workspace;
    std::function<QDateTime()> m_now;
};

} // namespace ab
