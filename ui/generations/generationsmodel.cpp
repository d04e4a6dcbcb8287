#include "generationsmodel.h"

#include "domain/vocabulary.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace ab::ui {

GenerationsModel::GenerationsModel(QObject *parent) : QAbstractTableModel(parent) {}

void GenerationsModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    m_workspace = workspace;
    m_rows.clear();
    // Nothing to fetch while the reset is announced: listeners of modelReset
    // (views, QAbstractItemModelTester) must see a settled, empty model.
    m_atEnd = true;
    if (workspace) {
        m_zone = workspace->settings().timeZone();
        auto taxonomy = RiskTaxonomy::load(workspace->db());
        if (taxonomy)
            m_taxonomy = std::move(*taxonomy);
        else
            emit loadFailed(taxonomy.error().toString());
    }
    endResetModel();
    m_atEnd = workspace == nullptr;
}

int GenerationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GenerationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool GenerationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void GenerationsModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of rowsInserted may ask for more while a page is being
    // announced; that request is dropped, the view asks again when needed.
    if (parent.isValid() || m_atEnd || !m_workspace || m_fetching)
        return;
    GenerationCursor after;
    if (!m_rows.isEmpty())
        after = {m_rows.last().flaggedAt, m_rows.last().id};
    auto page = GenerationPages::fetch(m_workspace->db(), after, kPageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().toString());
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    // One insert notification per page, not per row.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
    m_fetching = false;
}

QString GenerationsModel::display(const GenerationRow &row, int column) const
{
    switch (column) {
    case FlaggedAt: {
        const auto t = time::fromStored(row.flaggedAt);
        return t ? QLocale().toString(t->toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"))
                 : row.flaggedAt;
    }
    case Id:
        return row.id;
    case Provider:
        return row.provider;
    case Model:
        return row.model;
    case Category:
        return row.category + QStringLiteral("  ") + m_taxonomy.name(row.category);
    case Severity:
        return Vocab::label(Vocabulary::Severity, row.severity);
    case FlagSource:
        return Vocab::label(Vocabulary::FlagSource, row.flagSource);
    case Modality:
        return Vocab::label(Vocabulary::Modality, row.modality);
    case Prompt:
        return row.prompt;
    }
    return {};
}

QVariant GenerationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GenerationRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == Qt::ToolTipRole && index.column() == Category)
        return m_taxonomy.name(row.category);
    if (role == RawValueRole) {
        switch (index.column()) {
        case FlaggedAt:
            return row.flaggedAt;
        case Category:
            return row.category;
        case Severity:
            return row.severity;
        case FlagSource:
            return row.flagSource;
        case Modality:
            return row.modality;
        default:
            return display(row, index.column());
        }
    }
    return {};
}

QVariant GenerationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
    case Prompt:
        return tr("Prompt");
    }
    return {};
}

} // namespace ab::ui
