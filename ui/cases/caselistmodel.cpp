#include "caselistmodel.h"

#include "backgroundquery.h"
#include "cases/casequery.h"
#include "domain/vocabulary.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ab::ui {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent), m_query(new BackgroundQuery(this))
{}

void CaseListModel::setQuery(Workspace *workspace, const CaseFilter &filter)
{
    m_workspace = workspace;
    m_filter = filter;
    if (workspace)
        m_zone = workspace->settings().timeZone();
    reload();
}

void CaseListModel::reload()
{
    m_query->cancel();
    m_fetching = false;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
    if (!m_workspace)
        return;
    m_today = time::localDate(QDateTime::currentDateTimeUtc(), m_zone);
    m_atEnd = false;
    request();
}

bool CaseListModel::isLoading() const
{
    return m_fetching;
}

void CaseListModel::request()
{
    if (!m_workspace || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    CaseCursor after;
    if (!m_rows.isEmpty())
        after = {m_rows.last().openedAt, m_rows.last().id};
    const CaseFilter filter = m_filter;
    const QDate today = m_today;
    m_query->run<QVector<CaseListRow>>(
        m_workspace->path(),
        [filter, after, today](Database &db) {
            return CaseQuery::page(db, filter, after, kPageSize, today);
        },
        [this](Result<QVector<CaseListRow>> page) {
            if (!page) {
                m_fetching = false;
                m_atEnd = true;
                emit loadFailed(page.error().toString());
                return;
            }
            if (page->size() < kPageSize)
                m_atEnd = true;
            // Still "fetching" while the rows are announced: a listener of
            // rowsAboutToBeInserted asking for more must not start a request
            // from the old end.
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows += *page;
                endInsertRows();
            }
            m_fetching = false;
            emit pageLoaded();
        });
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        request();
}

QString CaseListModel::display(const CaseListRow &row, int column) const
{
    switch (column) {
    case Number:
        return row.number;
    case Title:
        return row.title;
    case Status:
        return Vocab::label(Vocabulary::CaseStatus, row.status);
    case Priority:
        return Vocab::label(Vocabulary::Severity, row.priority);
    case Assignee:
        return row.assignee.isEmpty() ? tr("(unassigned)") : row.assignee;
    case Provider:
        return row.providerName;
    case Deadline: {
        const auto due = time::parseIsoDate(row.earliestDue);
        if (!due)
            return {};
        const qint64 left = m_today.daysTo(*due);
        const QString date = QLocale().toString(*due, QStringLiteral("yyyy-MM-dd"));
        return left < 0 ? tr("%1 (%n day(s) overdue)", nullptr, int(-left)).arg(date)
                        : tr("%1 (%n day(s) left)", nullptr, int(left)).arg(date);
    }
    case Items:
        return QString::number(row.itemCount);
    case Opened: {
        const auto t = time::fromStored(row.openedAt);
        return t ? QLocale().toString(t->toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"))
                 : row.openedAt;
    }
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? row.title : QVariant();
    case CaseIdRole:
        return row.id;
    case Qt::ForegroundRole:
        if (index.column() == Deadline && !row.earliestDue.isEmpty() &&
            row.earliestDue < time::toIsoDate(m_today) && row.status != QLatin1String("closed") &&
            row.status != QLatin1String("dismissed"))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Items ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Assignee:
        return tr("Assignee");
    case Provider:
        return tr("Provider");
    case Deadline:
        return tr("Deadline");
    case Items:
        return tr("Items");
    case Opened:
        return tr("Opened");
    }
    return {};
}

} // namespace ab::ui
