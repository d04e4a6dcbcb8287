#pragma once

#include "cases/casetypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimeZone>
#include <QVector>

namespace ab {
class Workspace;
}

namespace ab::ui {

class BackgroundQuery;

// The Cases list, newest first, read in keyset pages on a worker thread (the
// overdue filter and the deadline column look into every case's items).
// A filter change drops whatever an older request still brings back.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Title,
        Status,
        Priority,
        Assignee,
        Provider,
        Deadline,
        Items,
        Opened,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace) { setQuery(workspace, m_filter); }
    void setFilter(const CaseFilter &filter) { setQuery(m_workspace, filter); }
    void setQuery(Workspace *workspace, const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // Reads the list again from the top (after a change).
    void reload();
    bool isLoading() const;
    int rowOfCase(qint64 caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void request();
    QString display(const CaseListRow &row, int column) const;

    Workspace *m_workspace = nullptr;
    BackgroundQuery *m_query;
    CaseFilter m_filter;
    QVector<CaseListRow> m_rows;
    QDate m_today;
    QTimeZone m_zone;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace ab::ui
