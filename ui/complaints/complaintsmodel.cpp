#include "complaintsmodel.h"

#include "domain/vocabulary.h"
#include "generations/generationsmodel.h"
#include "workspace/workspace.h"

namespace ab::ui {

ComplaintsModel::ComplaintsModel(QObject *parent) : PagedListModel(ListKind::Complaints, parent) {}

void ComplaintsModel::setWorkspace(Workspace *workspace)
{
    if (workspace)
        m_zone = workspace->settings().timeZone();
    PagedListModel::setWorkspace(workspace);
}

std::optional<SortKey> ComplaintsModel::sortKeyOf(int column) const
{
    switch (column) {
    case ReceivedAt:
        return SortKey::Time;
    case Id:
        return SortKey::Id;
    case Channel:
        return SortKey::Channel;
    case Kind:
        return SortKey::Kind;
    case Status:
        return SortKey::TriageStatus;
    case Severity:
        return SortKey::Severity;
    default:
        return std::nullopt;
    }
}

int ComplaintsModel::columnOf(SortKey key) const
{
    switch (key) {
    case SortKey::Id:
        return Id;
    case SortKey::Channel:
        return Channel;
    case SortKey::Kind:
        return Kind;
    case SortKey::TriageStatus:
        return Status;
    case SortKey::Severity:
        return Severity;
    default:
        return ReceivedAt;
    }
}

QString ComplaintsModel::columnToken(int column) const
{
    static const char *tokens[ColumnCount] = {"received_at", "id",       "channel", "kind",
                                              "status",      "severity", "request", "deadline",
                                              "generations", "text"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(tokens[column]) : QString();
}

QVariant ComplaintsModel::display(const ListRow &row, int column) const
{
    namespace F = ComplaintField;
    switch (column) {
    case ReceivedAt:
        return localTime(row.value(F::ReceivedAt), m_zone);
    case Id:
        return row.value(F::Id);
    case Channel:
        return Vocab::label(Vocabulary::ComplaintChannel, row.value(F::Channel));
    case Kind:
        return Vocab::label(Vocabulary::ComplaintKind, row.value(F::Kind));
    case Status:
        return Vocab::label(Vocabulary::ComplaintStatus, row.value(F::Status));
    case Severity: {
        const QString s = row.value(F::Severity);
        return s.isEmpty() ? QString() : Vocab::label(Vocabulary::Severity, s);
    }
    case Request: {
        const QString r = row.value(F::Request);
        return r.isEmpty() ? QString() : Vocab::label(Vocabulary::PersonalInfoRequest, r);
    }
    case Deadline:
        return deadlineText(row.value(F::Due), row.value(F::DeadlineState),
                            row.value(F::DueCalendarComplete));
    case Generations: {
        const int n = row.value(F::Generations).toInt();
        return n > 0 ? QString::number(n) : QString();
    }
    case Text:
        return row.value(F::Text).simplified();
    }
    return {};
}

QVariant ComplaintsModel::raw(const ListRow &row, int column) const
{
    namespace F = ComplaintField;
    switch (column) {
    case ReceivedAt:
        return row.value(F::ReceivedAt);
    case Channel:
        return row.value(F::Channel);
    case Kind:
        return row.value(F::Kind);
    case Status:
        return row.value(F::Status);
    case Severity:
        return row.value(F::Severity);
    case Request:
        return row.value(F::Request);
    case Deadline:
        return row.value(F::DeadlineState);
    case Generations:
        return row.value(F::Generations).toInt();
    default:
        return display(row, column);
    }
}

QString ComplaintsModel::header(int column) const
{
    switch (column) {
    case ReceivedAt:
        return tr("Received at");
    case Id:
        return tr("ID");
    case Channel:
        return tr("Channel");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Triage status");
    case Severity:
        return tr("Severity");
    case Request:
        return tr("PI request");
    case Deadline:
        return tr("Deadline");
    case Generations:
        return tr("Generations");
    case Text:
        return tr("Complaint");
    }
    return {};
}

} // namespace ab::ui
