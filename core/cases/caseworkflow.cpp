#include "caseworkflow.h"

#include "domain/vocabulary.h"

namespace ab {

QString CaseWorkflow::token(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return QStringLiteral("new");
    case CaseStatus::Triage:
        return QStringLiteral("triage");
    case CaseStatus::Investigating:
        return QStringLiteral("investigating");
    case CaseStatus::AwaitingRemediation:
        return QStringLiteral("awaiting_remediation");
    case CaseStatus::Verifying:
        return QStringLiteral("verifying");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    case CaseStatus::Dismissed:
        return QStringLiteral("dismissed");
    case CaseStatus::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

std::optional<CaseStatus> CaseWorkflow::fromToken(const QString &token)
{
    for (CaseStatus s : all())
        if (CaseWorkflow::token(s) == token)
            return s;
    return std::nullopt;
}

QString CaseWorkflow::label(CaseStatus status)
{
    return Vocab::label(Vocabulary::CaseStatus, token(status));
}

const QVector<CaseStatus> &CaseWorkflow::all()
{
    static const QVector<CaseStatus> list{
        CaseStatus::New,           CaseStatus::Triage,
        CaseStatus::Investigating, CaseStatus::AwaitingRemediation,
        CaseStatus::Verifying,     CaseStatus::Closed,
        CaseStatus::Dismissed,     CaseStatus::Reopened};
    return list;
}

bool CaseWorkflow::isOpen(CaseStatus status)
{
    return status != CaseStatus::Closed && status != CaseStatus::Dismissed;
}

QVector<CaseStatus> CaseWorkflow::next(CaseStatus from)
{
    switch (from) {
    case CaseStatus::New:
        return {CaseStatus::Triage, CaseStatus::Dismissed};
    case CaseStatus::Triage:
        return {CaseStatus::Investigating, CaseStatus::Dismissed};
    case CaseStatus::Investigating:
        return {CaseStatus::AwaitingRemediation, CaseStatus::Dismissed};
    case CaseStatus::AwaitingRemediation:
        return {CaseStatus::Verifying, CaseStatus::Dismissed};
    case CaseStatus::Verifying:
        return {CaseStatus::Closed, CaseStatus::Dismissed};
    case CaseStatus::Closed:
        return {CaseStatus::Reopened};
    case CaseStatus::Dismissed:
        return {CaseStatus::Reopened};
    case CaseStatus::Reopened:
        return {CaseStatus::Triage, CaseStatus::Investigating, CaseStatus::Dismissed};
    }
    return {};
}

bool CaseWorkflow::allowed(CaseStatus from, CaseStatus to)
{
    return next(from).contains(to);
}

bool CaseWorkflow::needsReason(CaseStatus to)
{
    return to == CaseStatus::Dismissed || to == CaseStatus::Reopened;
}

} // namespace ab
