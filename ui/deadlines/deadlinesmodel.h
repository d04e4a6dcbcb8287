#pragma once

#include "deadlines/deadlinelist.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <optional>

namespace ab::ui {

// The Deadlines list, read in keyset pages on a worker thread (with a
// connection of its own) as the view scrolls. A new filter drops whatever is
// still loading for the old one.
class DeadlinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        DaysLeftColumn,
        DueColumn,
        ItemColumn,
        ProviderColumn,
        PolicyColumn,
        TriggerColumn,
        ContainmentColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // the status token, for the badge
        DeadlineIdRole,
    };
    static constexpr int kPageSize = 200;

    explicit DeadlinesModel(QObject *parent = nullptr);
    ~DeadlinesModel() override;

    // Lists `workspacePath` under `filter`; an empty path clears the list.
    void setQuery(const QString &workspacePath, const DeadlineListFilter &filter);
    const DeadlineListFilter &filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }
    const DeadlineListRow *row(int r) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page arrived (or failed: error is then set); tests wait for this.
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    struct Answer
    {
        quint64 request = 0;
        Result<DeadlineListPage> page = Error{};
    };
    void requestPage();
    void onPage();

    QString m_path;
    DeadlineListFilter m_filter;
    QVector<DeadlineListRow> m_rows;
    std::optional<DeadlineListCursor> m_next;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_request = 0;
    QFutureWatcher<Answer> m_watcher;
};

} // namespace ab::ui
