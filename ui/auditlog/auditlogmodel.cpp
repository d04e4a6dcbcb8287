#include "auditlogmodel.h"

#include "cases/backgroundquery.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace ab::ui {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_query(new BackgroundQuery(this))
{}

void AuditLogModel::setQuery(Workspace *workspace, const AuditFilter &filter)
{
    m_workspace = workspace;
    m_filter = filter;
    if (workspace)
        m_zone = workspace->settings().timeZone();
    reload();
}

void AuditLogModel::reload()
{
    m_query->cancel();
    m_fetching = false;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
    if (!m_workspace)
        return;
    m_atEnd = false;
    request();
}

void AuditLogModel::request()
{
    if (!m_workspace || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().seq;
    const AuditFilter filter = m_filter;
    m_query->run<QVector<AuditRow>>(
        m_workspace->path(),
        [filter, before](Database &db) { return AuditQuery::page(db, filter, before, kPageSize); },
        [this](Result<QVector<AuditRow>> page) {
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

const AuditRow *AuditLogModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        request();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == SeqRole)
        return row->seq;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return QString::number(row->seq);
    case At: {
        const auto t = time::fromStored(row->at);
        return t ? QLocale().toString(t->toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                 : row->at;
    }
    case Actor:
        return row->actor;
    case Action:
        return row->action;
    case Entity:
        return row->entityKind.isEmpty() ? QString()
                                         : row->entityKind + QLatin1Char(' ') + row->entityId;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case At:
        return tr("Time");
    case Actor:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    }
    return {};
}

} // namespace ab::ui
