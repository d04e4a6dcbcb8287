#include "choicebutton.h"

#include <QListWidget>
#include <QMenu>
#include <QTreeWidget>
#include <QWidgetAction>

namespace ab::ui {

namespace {

QMenu *popupFor(QToolButton *button, QWidget *content)
{
    auto *menu = new QMenu(button);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(content);
    menu->addAction(action);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return menu;
}

} // namespace

ChoiceButton::ChoiceButton(const QString &title, QWidget *parent)
    : QToolButton(parent), m_title(title), m_list(new QListWidget)
{
    m_list->setFrameShape(QFrame::NoFrame);
    popupFor(this, m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        emit selectionChanged(selected());
    });
    updateText();
}

void ChoiceButton::setChoices(const QVector<Choice> &choices)
{
    const QStringList keep = selected();
    m_updating = true;
    m_list->clear();
    int widest = 0;
    for (const Choice &c : choices) {
        auto *item = new QListWidgetItem(c.label, m_list);
        item->setData(Qt::UserRole, c.token);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(c.token) ? Qt::Checked : Qt::Unchecked);
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(c.label));
    }
    const int rows = std::min<int>(int(choices.size()), 14);
    m_list->setFixedSize(widest + 60, std::max(1, rows) * (m_list->fontMetrics().height() + 8) + 4);
    m_updating = false;
    updateText();
}

QStringList ChoiceButton::selected() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.push_back(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void ChoiceButton::setSelected(const QStringList &tokens)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(tokens.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
}

void ChoiceButton::updateText()
{
    const QStringList s = selected();
    if (s.isEmpty()) {
        setText(m_title);
    } else if (s.size() == 1) {
        QString label;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                label = m_list->item(i)->text();
        }
        setText(m_title + QStringLiteral(": ") +
                fontMetrics().elidedText(label, Qt::ElideRight, 160));
    } else {
        setText(tr("%1: %2 chosen").arg(m_title).arg(s.size()));
    }
    setToolTip(s.isEmpty() ? QString() : text());
    QFont f = font();
    f.setBold(!s.isEmpty());
    setFont(f);
}

CategoryButton::CategoryButton(const QString &title, QWidget *parent)
    : QToolButton(parent), m_title(title), m_tree(new QTreeWidget)
{
    m_tree->setHeaderHidden(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setMinimumSize(520, 420);
    popupFor(this, m_tree);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        emit selectionChanged(selected());
    });
    updateText();
}

void CategoryButton::setCategories(const QVector<Category> &categories)
{
    m_updating = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> types;
    for (const Category &c : categories) {
        QTreeWidgetItem *parent = types.value(c.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.code + QStringLiteral("  ") + c.label);
        item->setToolTip(0, c.label);
        item->setData(0, Qt::UserRole, c.code);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
        if (!parent)
            flags |= Qt::ItemIsAutoTristate;
        item->setFlags(flags);
        item->setCheckState(0, Qt::Unchecked);
        if (!parent)
            types.insert(c.code, item);
    }
    m_updating = false;
    updateText();
}

QStringList CategoryButton::selected() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *type = m_tree->topLevelItem(i);
        if (type->checkState(0) == Qt::Checked) {
            out.push_back(type->data(0, Qt::UserRole).toString());
            continue;
        }
        for (int j = 0; j < type->childCount(); ++j) {
            if (type->child(j)->checkState(0) == Qt::Checked)
                out.push_back(type->child(j)->data(0, Qt::UserRole).toString());
        }
    }
    return out;
}

void CategoryButton::setSelected(const QStringList &codes)
{
    m_updating = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *type = m_tree->topLevelItem(i);
        const bool whole = codes.contains(type->data(0, Qt::UserRole).toString());
        for (int j = 0; j < type->childCount(); ++j) {
            QTreeWidgetItem *risk = type->child(j);
            risk->setCheckState(0, whole || codes.contains(risk->data(0, Qt::UserRole).toString())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
    }
    m_updating = false;
    updateText();
}

void CategoryButton::updateText()
{
    const QStringList s = selected();
    setText(s.isEmpty()     ? m_title
            : s.size() == 1 ? m_title + QStringLiteral(": ") + s.first()
                            : tr("%1: %2 chosen").arg(m_title).arg(s.size()));
    QFont f = font();
    f.setBold(!s.isEmpty());
    setFont(f);
}

} // namespace ab::ui
