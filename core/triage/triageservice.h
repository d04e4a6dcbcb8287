#pragma once

#include "cases/casetypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace ab {

class Workspace;

// The fields of a complaint that triage decides, as one comparable value:
// undo restores it, and refuses when someone changed it in between.
struct ComplaintSnapshot
{
    QString id;
    QString kind;
    QString request;
    QString severity;
    QString status;
    QString duplicateOf;
    QString resolution;
    QStringList generations; // linked generation ids, sorted

    bool operator==(const ComplaintSnapshot &) const = default;
    QJsonObject toJson() const;
};

// What a triage action did.
struct TriageOutcome
{
    QStringList complaints;
    qint64 caseId = 0; // escalations: the case the complaints went to
    QString caseNumber;
    // True when the complaints left the queue (a decision, not an attribute),
    // so the view moves on to the next one.
    bool decided = false;
};

// The triage decisions on complaints, one key each in the triage view. Every
// action takes a list of complaint ids (one, or a bulk selection) and changes
// all of them or none, in one transaction with one audit entry per
// complaint. Auditors are refused. The last actions can be undone, newest
// first, as long as nobody changed the complaints since.
class TriageService
{
public:
    explicit TriageService(Workspace &workspace);
    TriageService(const TriageService &) = delete;
    TriageService &operator=(const TriageService &) = delete;

    // Attributes: the complaints stay in the queue.
    // `request` is required for kind "personal_info" (access, correct,
    // delete or block) and dropped for every other kind.
    Result<TriageOutcome> setKind(const QStringList &ids, const QString &kind,
                                  const QString &request = {});
    Result<TriageOutcome> setSeverity(const QStringList &ids, const QString &severity);
    Result<TriageOutcome> linkGeneration(const QStringList &ids, const QString &generationId);

    // Decisions: the complaints leave the queue.
    Result<TriageOutcome> markTriaged(const QStringList &ids); // needs a severity
    // Points at the original of `originalId` when that is itself a duplicate.
    Result<TriageOutcome> markDuplicate(const QStringList &ids, const QString &originalId);
    Result<TriageOutcome> dismiss(const QStringList &ids, const QString &reason);
    // An empty title is made from the first complaint; an empty priority
    // from the highest severity among the complaints.
    Result<TriageOutcome> escalateToNewCase(const QStringList &ids, const QString &title,
                                            const QString &priority = {});
    Result<TriageOutcome> addToCase(const QStringList &ids, qint64 caseId);

    Result<TriageOutcome> undo();
    bool canUndo() const { return !m_undo.isEmpty(); }
    QString undoText() const; // translated: what undo() would undo
    static constexpr int kUndoDepth = 50;

    static Result<ComplaintSnapshot> snapshot(Workspace &workspace, const QString &id);

private:
    struct UndoEntry
    {
        QString description;
        QVector<std::pair<ComplaintSnapshot, ComplaintSnapshot>> changes; // before, after
        qint64 createdCase = 0;
        qint64 addedToCase = 0;
        QStringList addedItems; // complaints the action put into addedToCase
    };
    using Change = std::function<Status(ComplaintSnapshot &)>;
    using CaseStep = std::function<Status(const QStringList &ids, TriageOutcome &, UndoEntry &)>;

    Result<TriageOutcome> apply(const QString &action, const QString &description,
                                const QStringList &ids, bool decides, const Change &change,
                                const CaseStep &caseStep = {});
    Status write(const ComplaintSnapshot &before, const ComplaintSnapshot &after);
    Status audit(const QString &action, const ComplaintSnapshot &before,
                 const ComplaintSnapshot &after);

    Workspace &m_workspace;
    QVector<UndoEntry> m_undo;
};

} // namespace ab
