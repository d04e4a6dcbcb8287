#pragma once

#include "browse/browsefacets.h"
#include "browse/browsefilter.h"
#include "domain/risktaxonomy.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace ab::ui {

class ChoiceButton;
class CategoryButton;

// The filter conditions of a list: search words, then one button per
// condition. Every change is announced at once (the search after a short
// pause in typing, or on Enter); the list model does the rest off the UI
// thread.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;

    explicit FilterBar(ListKind list, QWidget *parent = nullptr);

    void setChoices(const BrowseFacets &facets, const RiskTaxonomy &taxonomy);
    BrowseFilter filter() const;
    void setFilter(const BrowseFilter &filter); // no signal
    QLineEdit *searchField() const { return m_search; }
    void clear(); // announces the empty filter

signals:
    void filterChanged(const ab::BrowseFilter &filter);

private:
    void showAnswered();
    void announce();
    ChoiceButton *addChoice(const QString &objectName, const QString &title);

    ListKind m_list;
    QLineEdit *m_search;
    ChoiceButton *m_providers;
    ChoiceButton *m_models;
    CategoryButton *m_categories;
    ChoiceButton *m_severities;
    ChoiceButton *m_flagSources = nullptr;
    ChoiceButton *m_modalities = nullptr;
    ChoiceButton *m_channels = nullptr;
    ChoiceButton *m_kinds = nullptr;
    ChoiceButton *m_statuses = nullptr;
    ChoiceButton *m_deadlines;
    ChoiceButton *m_policies;
    // Complaints: the answer days a link asked for, shown on a button that
    // clears them (the bar has no field of its own for them).
    QToolButton *m_answered = nullptr;
    QDate m_answeredFrom;
    QDate m_answeredTo;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_cases;
    QToolButton *m_clear;
    QHBoxLayout *m_row;
    bool m_updating = false;
};

} // namespace ab::ui
