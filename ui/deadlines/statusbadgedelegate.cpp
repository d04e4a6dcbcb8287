#include "statusbadgedelegate.h"

#include "deadlinesmodel.h"

#include <QApplication>
#include <QPainter>

namespace ab::ui {

QColor StatusBadgeDelegate::colour(const QString &token)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("on_track"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("due_soon"), QColor(0xb2, 0x5e, 0x00)},
        {QStringLiteral("overdue"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("remediated"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("remediated_late"), QColor(0x6a, 0x1b, 0x9a)},
        {QStringLiteral("verified"), QColor(0x00, 0x69, 0x5c)},
        {QStringLiteral("verification_failed"), QColor(0x8e, 0x00, 0x00)},
    };
    return colours.value(token, QColor(0x61, 0x61, 0x61));
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The selection and focus background as the style draws them.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 2;
    // A little slack: elidedText() cuts text that only just fits.
    const int width = std::min(fm.horizontalAdvance(text) + 2 * pad + 4, opt.rect.width() - 4);
    const QRect badge(opt.rect.left() + 2, opt.rect.top() + 2, width, opt.rect.height() - 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour(index.data(DeadlinesModel::StateRole).toString()));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * pad));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    // Room for the rounded ends and the cell margins around the badge.
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + 2 * fm.height() + 8);
    size.setHeight(std::max(size.height(), fm.height() + 8));
    return size;
}

} // namespace ab::ui
