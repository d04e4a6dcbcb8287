#pragma once

#include "browse/pagedlistmodel.h"
#include "domain/risktaxonomy.h"

#include <QTimeZone>

namespace ab::ui {

// The Generations list: flagged generations, newest flag first unless sorted
// otherwise, read in keyset pages off the UI thread (see PagedListModel).
class GenerationsModel : public PagedListModel
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
        Deadline,
        Complaints,
        Prompt,
        Output,
        ColumnCount
    };

    explicit GenerationsModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;

    std::optional<SortKey> sortKeyOf(int column) const override;
    int columnOf(SortKey key) const override;
    QString columnToken(int column) const override;

protected:
    int columns() const override { return ColumnCount; }
    QVariant display(const ListRow &row, int column) const override;
    QVariant raw(const ListRow &row, int column) const override;
    QString header(int column) const override;
    int idField() const override { return GenerationField::Id; }

private:
    RiskTaxonomy m_taxonomy;
    QTimeZone m_zone;
};

// "yyyy-MM-dd HH:mm" in the workspace's zone, for a stored UTC time.
QString localTime(const QString &storedUtc, const QTimeZone &zone);
// "2026-06-01 · overdue" for a deadline's fields; "2026-06-01* · …" when the
// date was counted across a year with no holiday calendar.
QString deadlineText(const QString &due, const QString &stateToken,
                     const QString &calendarComplete);
bool chineseUi();

} // namespace ab::ui
