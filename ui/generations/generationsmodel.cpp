#include "generationsmodel.h"

#include "deadlines/deadlinestatus.h"
#include "domain/vocabulary.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace ab::ui {

QString localTime(const QString &storedUtc, const QTimeZone &zone)
{
    const auto t = time::fromStored(storedUtc);
    return t ? t->toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : storedUtc;
}

QString deadlineText(const QString &due, const QString &stateToken, const QString &calendarComplete)
{
    if (due.isEmpty())
        return {};
    // A date counted across a year with no holiday calendar carries the same
    // mark as in the Deadlines section.
    const QString date = calendarComplete == QLatin1String("0") ? due + QLatin1Char('*') : due;
    const auto state = DeadlineStatus::fromToken(stateToken);
    return state ? date + QStringLiteral(" · ") + DeadlineStatus::label(*state) : date;
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

GenerationsModel::GenerationsModel(QObject *parent) : PagedListModel(ListKind::Generations, parent)
{}

void GenerationsModel::setWorkspace(Workspace *workspace)
{
    if (workspace) {
        m_zone = workspace->settings().timeZone();
        auto taxonomy = RiskTaxonomy::load(workspace->db());
        if (taxonomy)
            m_taxonomy = std::move(*taxonomy);
        else
            emit loadFailed(taxonomy.error().toString());
    }
    PagedListModel::setWorkspace(workspace);
}

std::optional<SortKey> GenerationsModel::sortKeyOf(int column) const
{
    switch (column) {
    case FlaggedAt:
        return SortKey::Time;
    case Id:
        return SortKey::Id;
    case Model:
        return SortKey::Model;
    case Category:
        return SortKey::Category;
    case Severity:
        return SortKey::Severity;
    default:
        return std::nullopt;
    }
}

int GenerationsModel::columnOf(SortKey key) const
{
    switch (key) {
    case SortKey::Id:
        return Id;
    case SortKey::Model:
        return Model;
    case SortKey::Category:
        return Category;
    case SortKey::Severity:
        return Severity;
    default:
        return FlaggedAt;
    }
}

QString GenerationsModel::columnToken(int column) const
{
    static const char *tokens[ColumnCount] = {"flagged_at", "id",         "provider",    "model",
                                              "category",   "severity",   "flag_source", "modality",
                                              "deadline",   "complaints", "prompt",      "output"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(tokens[column]) : QString();
}

QVariant GenerationsModel::display(const ListRow &row, int column) const
{
    namespace F = GenerationField;
    switch (column) {
    case FlaggedAt:
        return localTime(row.value(F::FlaggedAt), m_zone);
    case Id:
        return row.value(F::Id);
    case Provider:
        return chineseUi() ? row.value(F::Provider) : row.value(F::ProviderEn);
    case Model:
        return row.value(F::Model);
    case Category: {
        const QString code = row.value(F::Category);
        return QString(code + QStringLiteral("  ") + m_taxonomy.name(code));
    }
    case Severity:
        return Vocab::label(Vocabulary::Severity, row.value(F::Severity));
    case FlagSource:
        return Vocab::label(Vocabulary::FlagSource, row.value(F::FlagSource));
    case Modality:
        return Vocab::label(Vocabulary::Modality, row.value(F::Modality));
    case Deadline:
        return deadlineText(row.value(F::Due), row.value(F::DeadlineState),
                            row.value(F::DueCalendarComplete));
    case Complaints: {
        const int n = row.value(F::Complaints).toInt();
        return n > 0 ? QString::number(n) : QString();
    }
    case Prompt:
        return row.value(F::Prompt).simplified();
    case Output:
        return row.value(F::Output).simplified();
    }
    return {};
}

QVariant GenerationsModel::raw(const ListRow &row, int column) const
{
    namespace F = GenerationField;
    switch (column) {
    case FlaggedAt:
        return row.value(F::FlaggedAt);
    case Provider:
        return row.value(F::Provider);
    case Model:
        return row.value(F::ModelId);
    case Category:
        return row.value(F::Category);
    case Severity:
        return row.value(F::Severity);
    case FlagSource:
        return row.value(F::FlagSource);
    case Modality:
        return row.value(F::Modality);
    case Deadline:
        return row.value(F::DeadlineState);
    case Complaints:
        return row.value(F::Complaints).toInt();
    default:
        return display(row, column);
    }
}

QString GenerationsModel::header(int column) const
{
    switch (column) {
    case FlaggedAt:
        return tr("Flagged at");
    case Id:
        return tr("ID");
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model version");
    case Category:
        return tr("Risk category");
    case Severity:
        return tr("Severity");
    case FlagSource:
        return tr("Flag source");
    case Modality:
        return tr("Modality");
    case Deadline:
        return tr("Deadline");
    case Complaints:
        return tr("Complaints");
    case Prompt:
        return tr("Prompt");
    case Output:
        return tr("Output");
    }
    return {};
}

} // namespace ab::ui
