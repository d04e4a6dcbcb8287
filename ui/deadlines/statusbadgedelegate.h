#pragma once

#include <QStyledItemDelegate>

namespace ab::ui {

// Paints a deadline status as a rounded, coloured badge. The fills are deep
// enough for white text and stand out on light and dark palettes alike.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor colour(const QString &stateToken);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ab::ui
