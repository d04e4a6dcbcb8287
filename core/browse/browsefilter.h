#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ab {

// The two large lists of the workbench.
enum class ListKind
{
    Generations,
    Complaints
};
QString listToken(ListKind kind); // "generations" | "complaints"
std::optional<ListKind> listFromToken(const QString &token);

// Which items a filter keeps by their review cases.
enum class CaseScope
{
    All,
    InAnyCase,
    InNoCase,
    InCase, // the case BrowseFilter::caseId
};

// What a list shows, as the filter bar sets it. Empty lists and invalid dates
// do not filter; the conditions that are set all apply (AND), the values
// within one condition are alternatives (OR). Values are stored tokens.
struct BrowseFilter
{
    QStringList providers;  // provider ids
    QStringList models;     // model version ids
    QStringList categories; // TC260 codes; a type ("A.1") takes in its risks
    QStringList severities;
    QStringList flagSources; // complaints: of a linked generation
    QStringList modalities;  // complaints: of a linked generation
    QStringList channels;    // complaints only
    QStringList kinds;       // complaints only
    QStringList statuses;    // complaint triage status; complaints only
    QDate from;              // local dates in the workspace zone, inclusive
    QDate to;
    QStringList deadlineStates; // DeadlineStatus tokens, plus kNoDeadline
    QStringList policies;       // deadline policy ids; an id takes in its variants "id:…"
    QDate answeredFrom;         // complaints: local days of their answer, inclusive
    QDate answeredTo;
    CaseScope caseScope = CaseScope::All;
    qint64 caseId = 0;
    QString search; // words separated by spaces; every word must occur

    static inline const QString kNoDeadline = QStringLiteral("none");

    bool operator==(const BrowseFilter &) const = default;
    // How many conditions are set (the search counts as one).
    int activeCount() const;
    QJsonObject toJson() const;
    static BrowseFilter fromJson(const QJsonObject &json);
};

// The columns a list can be sorted on: each is backed by an index whose keys
// are (column, time, id), see migration 4.
enum class SortKey
{
    Time, // flagged at / received at
    Id,
    Model,    // generations
    Category, // generations
    Severity,
    TriageStatus, // complaints
    Channel,      // complaints
    Kind,         // complaints
};

struct BrowseSort
{
    SortKey key = SortKey::Time;
    bool descending = true;

    bool operator==(const BrowseSort &) const = default;
    static bool offered(ListKind list, SortKey key);
    QJsonObject toJson() const;
    static BrowseSort fromJson(const QJsonObject &json);
};

// The words of a search, split by the path that can answer them: the
// trigram index needs three or more characters; shorter words (one or two
// Chinese characters, say) are matched on the text itself.
struct SearchTerms
{
    QStringList indexed;
    QStringList scanned;

    static SearchTerms parse(const QString &search);
    bool isEmpty() const { return indexed.isEmpty() && scanned.isEmpty(); }
    QStringList all() const { return indexed + scanned; }
    // The FTS5 query for the indexed words: each a quoted phrase, all ANDed.
    QString matchExpression() const;
};

} // namespace ab
