#include "filterbar.h"

#include "choicebutton.h"
#include "deadlines/deadlinestatus.h"
#include "deadlines/policycatalog.h"
#include "detailtext.h"
#include "domain/vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ab::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // the minimum of a date field shows as "any"

QVector<ChoiceButton::Choice> vocabulary(Vocabulary v)
{
    QVector<ChoiceButton::Choice> out;
    for (const QString &token : Vocab::tokens(v))
        out.push_back({token, Vocab::label(v, token)});
    return out;
}

QDateEdit *dateField(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(FilterBar::tr("any"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

FilterBar::FilterBar(ListKind list, QWidget *parent) : QWidget(parent), m_list(list)
{
    const bool g = list == ListKind::Generations;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(g ? tr("Search prompts and outputs (Ctrl+F or /)")
                                   : tr("Search complaint text (Ctrl+F or /)"));
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, &FilterBar::announce);
    connect(m_search, &QLineEdit::returnPressed, this, [this, pause] {
        pause->stop();
        announce();
    });
    // The clear button edits the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating)
            announce();
    });

    // Two rows that fit a small window: the search with the time range, the
    // case scope and what a link set; below it the choice buttons.
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_search, 1);
    m_row = new QHBoxLayout;
    m_row->setSpacing(4);
    m_providers = addChoice(QStringLiteral("filterProvider"), tr("Provider"));
    m_models = addChoice(QStringLiteral("filterModel"), tr("Model version"));
    m_categories = new CategoryButton(tr("Risk category"), this);
    m_categories->setObjectName(QStringLiteral("filterCategory"));
    connect(m_categories, &CategoryButton::selectionChanged, this, &FilterBar::announce);
    m_row->addWidget(m_categories);
    m_severities = addChoice(QStringLiteral("filterSeverity"), tr("Severity"));
    m_severities->setChoices(vocabulary(Vocabulary::Severity));
    if (g) {
        m_flagSources = addChoice(QStringLiteral("filterFlagSource"), tr("Flag source"));
        m_flagSources->setChoices(vocabulary(Vocabulary::FlagSource));
        m_modalities = addChoice(QStringLiteral("filterModality"), tr("Modality"));
        m_modalities->setChoices(vocabulary(Vocabulary::Modality));
    } else {
        m_channels = addChoice(QStringLiteral("filterChannel"), tr("Channel"));
        m_channels->setChoices(vocabulary(Vocabulary::ComplaintChannel));
        m_kinds = addChoice(QStringLiteral("filterKind"), tr("Kind"));
        m_kinds->setChoices(vocabulary(Vocabulary::ComplaintKind));
        m_statuses = addChoice(QStringLiteral("filterStatus"), tr("Triage status"));
        m_statuses->setChoices(vocabulary(Vocabulary::ComplaintStatus));
    }
    m_deadlines = addChoice(QStringLiteral("filterDeadline"), tr("Deadline"));
    QVector<ChoiceButton::Choice> states;
    for (DeadlineState s : DeadlineStatus::all())
        states.push_back({DeadlineStatus::token(s), DeadlineStatus::label(s)});
    states.push_back({BrowseFilter::kNoDeadline, tr("No deadline")});
    m_deadlines->setChoices(states);
    m_policies = addChoice(QStringLiteral("filterPolicy"), tr("Policy"));
    {
        // The deadline policies of the catalogue (a containment clock runs
        // beside a deadline, never as its policy).
        QVector<ChoiceButton::Choice> policies;
        const bool zh = QLocale().language() == QLocale::Chinese;
        if (const PolicyCatalog *catalog = viewPolicyCatalog())
            for (const Policy &p : catalog->policies())
                if (p.clock != QLatin1String("containment"))
                    policies.push_back({p.id, p.name(zh)});
        m_policies->setChoices(policies);
    }
    if (!g) {
        m_answered = new QToolButton(this);
        m_answered->setObjectName(QStringLiteral("filterAnswered"));
        m_answered->setToolTip(tr("Show complaints answered on any day"));
        m_answered->hide();
        connect(m_answered, &QToolButton::clicked, this, [this] {
            m_answeredFrom = m_answeredTo = QDate();
            showAnswered();
            announce();
        });
        top->addWidget(m_answered);
    }

    top->addSpacing(6);
    top->addWidget(new QLabel(g ? tr("Flagged") : tr("Received"), this));
    m_from = dateField(QStringLiteral("filterFrom"), this);
    m_to = dateField(QStringLiteral("filterTo"), this);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("–"), this));
    top->addWidget(m_to);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &FilterBar::announce);

    m_cases = new QComboBox(this);
    m_cases->setObjectName(QStringLiteral("filterCases"));
    m_cases->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cases->setMinimumContentsLength(12);
    m_cases->addItem(tr("All items"), -1);
    m_cases->addItem(tr("In a case"), -2);
    m_cases->addItem(tr("In no case"), -3);
    connect(m_cases, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    top->addWidget(m_cases);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Clear filters"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    top->addWidget(m_clear);
    m_row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(m_row);
}

ChoiceButton *FilterBar::addChoice(const QString &objectName, const QString &title)
{
    auto *button = new ChoiceButton(title, this);
    button->setObjectName(objectName);
    connect(button, &ChoiceButton::selectionChanged, this, &FilterBar::announce);
    m_row->addWidget(button);
    return button;
}

void FilterBar::setChoices(const BrowseFacets &facets, const RiskTaxonomy &taxonomy)
{
    const bool zh = QLocale().language() == QLocale::Chinese;
    QVector<ChoiceButton::Choice> providers;
    for (const FacetProvider &p : facets.providers)
        providers.push_back({p.id, zh ? p.name : p.nameEn});
    m_providers->setChoices(providers);
    QVector<ChoiceButton::Choice> models;
    for (const FacetModel &m : facets.models)
        models.push_back({m.id, m.label});
    m_models->setChoices(models);
    QVector<CategoryButton::Category> categories;
    for (const RiskCategory &c : taxonomy.all())
        categories.push_back({c.code, c.parent, zh ? c.nameZh : c.nameEn});
    m_categories->setCategories(categories);
    m_updating = true;
    while (m_cases->count() > 3)
        m_cases->removeItem(3);
    for (const FacetCase &c : facets.cases)
        m_cases->addItem(c.number + QStringLiteral("  ") + c.title, c.id);
    m_updating = false;
}

BrowseFilter FilterBar::filter() const
{
    BrowseFilter f;
    f.search = m_search->text().trimmed();
    f.providers = m_providers->selected();
    f.models = m_models->selected();
    f.categories = m_categories->selected();
    f.severities = m_severities->selected();
    if (m_flagSources)
        f.flagSources = m_flagSources->selected();
    if (m_modalities)
        f.modalities = m_modalities->selected();
    if (m_channels) {
        f.channels = m_channels->selected();
        f.kinds = m_kinds->selected();
        f.statuses = m_statuses->selected();
    }
    f.deadlineStates = m_deadlines->selected();
    f.policies = m_policies->selected();
    if (m_answered) {
        f.answeredFrom = m_answeredFrom;
        f.answeredTo = m_answeredTo;
    }
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    const qint64 c = m_cases->currentData().toLongLong();
    f.caseScope = c == -2   ? CaseScope::InAnyCase
                  : c == -3 ? CaseScope::InNoCase
                  : c > 0   ? CaseScope::InCase
                            : CaseScope::All;
    f.caseId = c > 0 ? c : 0;
    return f;
}

void FilterBar::setFilter(const BrowseFilter &f)
{
    m_updating = true;
    m_search->setText(f.search);
    m_providers->setSelected(f.providers);
    m_models->setSelected(f.models);
    m_categories->setSelected(f.categories);
    m_severities->setSelected(f.severities);
    if (m_flagSources)
        m_flagSources->setSelected(f.flagSources);
    if (m_modalities)
        m_modalities->setSelected(f.modalities);
    if (m_channels) {
        m_channels->setSelected(f.channels);
        m_kinds->setSelected(f.kinds);
        m_statuses->setSelected(f.statuses);
    }
    m_deadlines->setSelected(f.deadlineStates);
    m_policies->setSelected(f.policies);
    if (m_answered) {
        m_answeredFrom = f.answeredFrom;
        m_answeredTo = f.answeredTo;
        showAnswered();
    }
    m_from->setDate(f.from.isValid() ? f.from : kNoDate);
    m_to->setDate(f.to.isValid() ? f.to : kNoDate);
    int index = 0;
    if (f.caseScope == CaseScope::InAnyCase)
        index = 1;
    else if (f.caseScope == CaseScope::InNoCase)
        index = 2;
    else if (f.caseScope == CaseScope::InCase)
        index = std::max(0, m_cases->findData(f.caseId));
    m_cases->setCurrentIndex(index);
    m_updating = false;
}

void FilterBar::showAnswered()
{
    const bool set = m_answeredFrom.isValid() || m_answeredTo.isValid();
    m_answered->setVisible(set);
    if (!set)
        return;
    const QLocale locale;
    const QString from = locale.toString(m_answeredFrom, QLocale::ShortFormat);
    const QString to = locale.toString(m_answeredTo, QLocale::ShortFormat);
    QString text;
    if (m_answeredFrom.isValid() && m_answeredTo.isValid())
        text = tr("Answered %1 to %2").arg(from, to);
    else if (m_answeredFrom.isValid())
        text = tr("Answered from %1").arg(from);
    else
        text = tr("Answered up to %1").arg(to);
    m_answered->setText(text + QStringLiteral("  ✕"));
}

void FilterBar::clear()
{
    setFilter({});
    announce();
}

void FilterBar::announce()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace ab::ui
