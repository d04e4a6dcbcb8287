#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace ab {

// The stages of a review case, stored as the tokens of the case-status
// vocabulary.
enum class CaseStatus
{
    New,
    Triage,
    Investigating,
    AwaitingRemediation,
    Verifying,
    Closed,
    Dismissed,
    Reopened
};

// The status workflow as data: which moves are allowed and which need a
// reason. The forward path is new → triage → investigating → awaiting
// remediation → verifying → closed, one step at a time; any open state may be
// dismissed; a closed or dismissed case may be reopened; a reopened case goes
// back to triage or straight to investigating. Nothing else is allowed.
class CaseWorkflow
{
public:
    static QString token(CaseStatus status);
    static std::optional<CaseStatus> fromToken(const QString &token);
    static QString label(CaseStatus status); // translated
    static const QVector<CaseStatus> &all();

    // Open states still need work (everything but closed and dismissed).
    static bool isOpen(CaseStatus status);
    static QVector<CaseStatus> next(CaseStatus from);
    static bool allowed(CaseStatus from, CaseStatus to);
    // Dismissing and reopening must say why.
    static bool needsReason(CaseStatus to);
};

} // namespace ab
