#pragma once

#include <QStringList>
#include <QToolButton>
#include <QVector>

class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ab::ui {

// A filter button that offers several values to tick at once. The list
// stays open while ticking; the button's text says how many are ticked.
class ChoiceButton : public QToolButton
{
    Q_OBJECT
public:
    struct Choice
    {
        QString token;
        QString label;
    };

    ChoiceButton(const QString &title, QWidget *parent = nullptr);
    void setChoices(const QVector<Choice> &choices);
    QStringList selected() const;
    void setSelected(const QStringList &tokens); // no signal
    // Tests and saved views.
    QListWidget *list() const { return m_list; }

signals:
    void selectionChanged(const QStringList &tokens);

private:
    void updateText();

    QString m_title;
    QListWidget *m_list;
    bool m_updating = false;
};

// The TC260 risk taxonomy as a tree of 5 types and their 31 risks to tick: a
// type ticks all its risks; ticking some of them leaves the type partly
// ticked.
class CategoryButton : public QToolButton
{
    Q_OBJECT
public:
    struct Category
    {
        QString code;
        QString parent;
        QString label;
    };

    CategoryButton(const QString &title, QWidget *parent = nullptr);
    void setCategories(const QVector<Category> &categories);
    // Whole types by their code, single risks of partly ticked types by theirs.
    QStringList selected() const;
    void setSelected(const QStringList &codes); // no signal
    QTreeWidget *tree() const { return m_tree; }

signals:
    void selectionChanged(const QStringList &codes);

private:
    void updateText();

    QString m_title;
    QTreeWidget *m_tree;
    bool m_updating = false;
};

} // namespace ab::ui
