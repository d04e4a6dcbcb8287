#pragma once

#include "cases/casetypes.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

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
//
// Several people may triage the same complaints at once. The caller says
// what the user saw of each complaint when deciding (setSeen), and an
// action on a complaint whose stored state differs from that is refused
// whole, with an error on the field "row_version" naming who changed it
// last, rather than overwriting a decision the user never saw. A complaint
// with nothing recorded as seen is changed in whatever state it is stored
// (the command line, scripts).
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

    // The state of a complaint the user saw. After an action or an undo,
    // what is recorded for each complaint it changed becomes the new state,
    // so that the same user's next action does not meet their own change.
    void setSeen(const ComplaintSnapshot &seen);
    void setSeen(const QVector<ComplaintSnapshot> &seen);
    void forgetSeen(); // back to changing the complaints as they are stored
    std::optional<ComplaintSnapshot> seen(const QString &id) const;

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
    Error conflict(const QString &id);
    void updateSeen(const ComplaintSnapshot &now);

    Workspace &m_workspace;
    QVector<UndoEntry> m_undo;
    QHash<QString, ComplaintSnapshot> m_seen; // by complaint id
};

} // namespace ab
