#include "deadlinesmodel.h"

#include "browse/detailtext.h"
#include "storage/database.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace ab::ui {

DeadlinesModel::DeadlinesModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &DeadlinesModel::onPage);
}

DeadlinesModel::~DeadlinesModel()
{
    // The worker holds only copies; waiting keeps it from outliving the process.
    m_watcher.waitForFinished();
}

void DeadlinesModel::setQuery(const QString &workspacePath, const DeadlineListFilter &filter)
{
    m_path = workspacePath;
    m_filter = filter;
    reload();
}

void DeadlinesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = m_path.isEmpty();
    ++m_request; // whatever still runs answers an older question
    m_loading = false;
    endResetModel();
    if (!m_atEnd)
        requestPage();
}

const DeadlineListRow *DeadlinesModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

void DeadlinesModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    if (m_watcher.isRunning()) {
        // One worker at a time; the newest request is asked again when it ends.
        m_loading = true;
        return;
    }
    m_loading = true;
    const quint64 request = m_request;
    const QString path = m_path;
    const DeadlineListFilter filter = m_filter;
    const auto after = m_next;
    m_watcher.setFuture(QtConcurrent::run([=]() -> Answer {
        Answer answer;
        answer.request = request;
        auto db = Database::open(path);
        if (!db)
            answer.page = db.error();
        else
            answer.page = DeadlineList::page(**db, filter, after, kPageSize);
        return answer;
    }));
}

void DeadlinesModel::onPage()
{
    Answer answer = m_watcher.result();
    if (answer.request != m_request) {
        // Stale: if a newer request waits, ask it now.
        if (m_loading) {
            m_loading = false;
            requestPage();
        }
        return;
    }
    m_loading = false;
    if (!answer.page) {
        m_atEnd = true;
        emit loadFailed(answer.page.error().message);
        emit pageLoaded();
        return;
    }
    const DeadlineListPage &page = *answer.page;
    // The cursor moves before the rows are announced: a listener of
    // rowsInserted that asks for more must get the page after these rows.
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows += page.rows;
        endInsertRows();
    }
    emit pageLoaded();
}

int DeadlinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DeadlinesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void DeadlinesModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

namespace {

QString dateText(const QDate &d, bool complete)
{
    if (!d.isValid())
        return {};
    // The mark of a date counted without a holiday calendar.
    return d.toString(Qt::ISODate) + (complete ? QString() : QStringLiteral(" *"));
}

QString incompleteTip()
{
    return DeadlinesModel::tr("* No holiday calendar for this year: counted with weekends only.");
}

} // namespace

QVariant DeadlinesModel::data(const QModelIndex &index, int role) const
{
    const DeadlineListRow *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == DeadlineIdRole)
        return r->id;
    if (role == StateRole)
        return DeadlineStatus::token(r->state);
    if (role == Qt::ToolTipRole && index.column() == DueColumn && !r->calendarComplete)
        return incompleteTip();
    if (role == Qt::ToolTipRole && index.column() == PolicyColumn)
        return r->policyId;
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QDate asOf = m_filter.asOf;
    switch (index.column()) {
    case StatusColumn:
        return DeadlineStatus::label(r->state);
    case DaysLeftColumn:
        // Days left only mean something while the item is open.
        return DeadlineStatus::isOpen(r->state) ? QVariant(DeadlineStatus::daysLeft(r->due, asOf))
                                                : QVariant();
    case DueColumn:
        return dateText(r->due, r->calendarComplete);
    case ItemColumn:
        return (r->itemKind == QLatin1String("complaint") ? tr("Complaint %1")
                                                          : tr("Generation %1"))
            .arg(r->itemId);
    case ProviderColumn:
        return r->providerName;
    case PolicyColumn:
        return policyName(r->policyId);
    case TriggerColumn:
        return r->triggerDate.toString(Qt::ISODate);
    case ContainmentColumn:
        if (r->contained)
            return tr("done");
        return r->containmentDue.isValid()
                   ? tr("due %1").arg(r->containmentDue.toString(Qt::ISODate))
                   : QString();
    }
    return {};
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DaysLeftColumn:
        return tr("Days left");
    case DueColumn:
        return tr("Due");
    case ItemColumn:
        return tr("Item");
    case ProviderColumn:
        return tr("Provider");
    case PolicyColumn:
        return tr("Policy");
    case TriggerColumn:
        return tr("Triggered");
    case ContainmentColumn:
        return tr("Containment");
    }
    return {};
}

} // namespace ab::ui
