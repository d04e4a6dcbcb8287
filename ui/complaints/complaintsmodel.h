#pragma once

#include "browse/pagedlistmodel.h"

#include <QTimeZone>

namespace ab::ui {

// The Complaints list, newest first unless sorted otherwise (see
// PagedListModel).
class ComplaintsModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReceivedAt,
        Id,
        Channel,
        Kind,
        Status,
        Severity,
        Request,
        Deadline,
        Generations,
        Text,
        ColumnCount
    };

    explicit ComplaintsModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;

    std::optional<SortKey> sortKeyOf(int column) const override;
    int columnOf(SortKey key) const override;
    QString columnToken(int column) const override;

protected:
    int columns() const override { return ColumnCount; }
    QVariant display(const ListRow &row, int column) const override;
    QVariant raw(const ListRow &row, int column) const override;
    QString header(int column) const override;
    int idField() const override { return ComplaintField::Id; }

private:
    QTimeZone m_zone;
};

} // namespace ab::ui
