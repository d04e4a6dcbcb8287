#pragma once

#include "audit/auditquery.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QVector>

namespace ab {
class Workspace;
}

namespace ab::ui {

class BackgroundQuery;

// The audit log, newest first, in keyset pages read on a worker thread (the
// log can hold a million entries; a filter may have to skip far for a page).
// A filter change drops whatever an older request still brings back.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        At,
        Actor,
        Action,
        Entity,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int SeqRole = Qt::UserRole + 1;

    explicit AuditLogModel(QObject *parent = nullptr);

    void setQuery(Workspace *workspace, const AuditFilter &filter);
    void reload();
    const AuditFilter &filter() const { return m_filter; }
    const AuditRow *rowAt(int row) const;
    bool isLoading() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }
    BackgroundQuery *loader() const { return m_query; }

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

    Workspace *m_workspace = nullptr;
    BackgroundQuery *m_query;
    AuditFilter m_filter;
    QVector<AuditRow> m_rows;
    QTimeZone m_zone;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace ab::ui
