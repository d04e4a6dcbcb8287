#pragma once

#include "browse/generationpage.h"
#include "domain/risktaxonomy.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <QVector>

namespace ab {
class Workspace;
}

namespace ab::ui {

// The Generations list, newest flag first. Rows arrive in keyset pages as the
// view scrolls (canFetchMore/fetchMore), so opening a million-row workspace
// reads one page, and each later page costs the same as the first.
class GenerationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FlaggedAt,
        Id,
        Provider,
        Model,
        Category,
        Severity,
        FlagSource,
        Modality,
        Prompt,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int RawValueRole = Qt::UserRole + 1; // stored value, for sorting and tests

    explicit GenerationsModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    QString display(const GenerationRow &row, int column) const;

    Workspace *m_workspace = nullptr;
    RiskTaxonomy m_taxonomy;
    QTimeZone m_zone;
    QVector<GenerationRow> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace ab::ui
