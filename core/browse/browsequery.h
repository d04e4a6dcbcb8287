#pragma once

#include "browse/browsedialect.h"
#include "browse/browsefilter.h"
#include "deadlines/deadlinestatus.h"
#include "util/result.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>
#include <QVector>
#include <optional>

namespace ab {

class Database;
struct SearchIndexState;
struct WorkspaceSettings;

// What deadline states are computed against.
struct BrowseContext
{
    QDate asOf;
    QTimeZone zone;
    int dueSoonDays = 14;

    // Today in the workspace's zone, with its due-soon window.
    static BrowseContext forWorkspace(const WorkspaceSettings &settings);
};

// The fields of one row of a list, in stored form, indexed by the enums
// below. A list row is a QStringList: compact and implicitly shared.
using ListRow = QStringList;

namespace GenerationField {
enum : int
{
    Id,
    FlaggedAt,
    CreatedAt,
    Provider,   // the provider's (Chinese) name
    ProviderEn, // its English name, or the name when there is none
    ModelId,
    Model, // "name version"
    Category,
    Severity,
    FlagSource,
    Modality,
    Prompt, // the first kExcerpt characters, personal information masked
    Output,
    Due,                 // empty when the item has no deadline
    DeadlineState,       // DeadlineStatus token, empty when no deadline
    Complaints,          // number of linked complaints
    DueCalendarComplete, // "0" when the due date was counted across a year with no calendar
    Count
};
} // namespace GenerationField

namespace ComplaintField {
enum : int
{
    Id,
    ReceivedAt,
    Channel,
    Kind,
    Status,
    Severity,
    Request,
    Text,        // the first kExcerpt characters, personal information masked
    Generations, // number of linked generations
    Due,
    DeadlineState,
    DueCalendarComplete, // "0" when the due date was counted across a year with no calendar
    Count
};
} // namespace ComplaintField

// A position in a list's order: the key of the row at `rank` (0-based).
// Rank 0 with an empty key is the start of the list.
struct ListAnchor
{
    qint64 rank = 0;
    QVariantList key;
};

// One filtered, sorted view of a list, compiled to SQL whose every page is a
// range scan of one index from an anchor: a page costs the same at row 10
// and at row 1,000,000. All SQL is parameterised.
class BrowseQuery
{
public:
    static constexpr int kExcerpt = 160;
    // A page of a search with few index hits is read from its hits (sorted
    // per page); with more, the list order's index is walked and each row
    // checked against the hits, which finds the page quickly because hits
    // are then dense. "Few" grows with the square root of the list and of
    // the rows wanted (see drivesFromHits): for 256 rows of 1,000,000 it is
    // about 4,000. Either way gives the same rows.
    static constexpr qint64 kBalance = 16;
    static bool drivesFromHits(qint64 hits, qint64 rows, qint64 wanted);

    BrowseQuery(ListKind list, BrowseFilter filter, BrowseSort sort, BrowseContext context);
    ~BrowseQuery();
    BrowseQuery(const BrowseQuery &) = delete;
    BrowseQuery &operator=(const BrowseQuery &) = delete;

    ListKind list() const { return m_list; }
    const BrowseFilter &filter() const { return m_filter; }
    const BrowseSort &sort() const { return m_sort; }

    // Binds the query to `db`'s connection, a file's or a team workspace's
    // (the SQL differs only where BrowseDialect says). A search puts its
    // index hits in a temporary table of that connection (the words of three
    // or more characters, read from the trigram index as far as it is built
    // and from the text beyond it; on a server from its pg_trgm indexes,
    // always complete); page() and walkSql() must then run on the same
    // connection. Call release() before the connection closes.
    Status prepare(Database &db);
    void release(Database &db);
    // Rows the search index matched (-1 when there are no indexed words).
    qint64 indexHits() const { return m_hits; }
    // Whether a page reaching `wanted` rows past its anchor is read from the
    // hits rather than the order's index.
    bool pageFromHits(qint64 wanted) const;

    // Up to `limit` rows starting `offset` rows after `from`. `last`, when
    // given, gets the last row's key with its rank within the page: the
    // anchor the next rows may be read from.
    Result<QVector<ListRow>> page(Database &db, const ListAnchor &from, qint64 offset, int limit,
                                  ListAnchor *last = nullptr) const;

    // Before prepare(): the first `limit` rows of a search, found on the
    // text of at most the first `examine` rows of the list instead of in the
    // search index, which a search of a common word reads for much longer
    // than the text of a page takes. The rows are exactly page({}, 0, limit)
    // after prepare(). Empty when the examined rows hold fewer than `limit`
    // hits (or the search is not one canScanFirst()).
    Result<std::optional<QVector<ListRow>>> scanFirstRows(Database &db, int limit, int examine);
    // Whether scanFirstRows can answer: a search with indexed words, each
    // scanSafe, before prepare().
    bool canScanFirst() const;
    // Whether the text finds `word` exactly where the trigram index does.
    static bool scanSafe(const QString &word);
    // The keys of every row in order: what a walk (counting and anchoring)
    // steps through. Only the key columns are read. With `after` (a key),
    // the rows after it; with `limit`, at most that many.
    SqlFragment walkSql(const QVariantList &after = {}, int limit = 0) const;
    int keyColumns() const { return int(m_keys.size()); }
    // EXPLAIN QUERY PLAN of the first page, one line per step.
    Result<QStringList> plan(Database &db) const;

private:
    // How the search words are checked: through the index hits (reading the
    // page from them, or checking each row of the order against them), on
    // the text (scanFirstRows), or not at all (the rows a scan may examine).
    enum class SearchOn
    {
        HitsDrive,
        HitsCheck,
        Text,
        Nothing
    };
    SearchOn hitsFor(qint64 wanted) const;
    // The rows the search index matches, for prepare().
    SqlFragment hitsSql(const SearchIndexState &index) const;
    SqlFragment where(SearchOn on) const;
    SqlFragment indexedWordOnText(const QStringList &columns, const QString &word) const;
    // Whether scanFirstRows is likely to find its rows (SQLite), from the
    // index hits among the newest rows.
    Result<bool> worthScanning(Database &db, int limit, int examine);
    SqlFragment fromClause(SearchOn on) const;
    QString sortIndex() const; // the index behind the sort key (migrations 2 and 4)
    // The (column, time, id) index of a filter on one model version or one
    // risk, when the list is in time order; empty otherwise.
    QString narrowingIndex() const;
    SqlFragment generationConditions(const QString &alias, bool itemIsGeneration) const;
    SqlFragment complaintConditions() const;
    // The rowids of a page, in list order: what grows with the data.
    // `bound` (a key) limits the rows to those not after it in list order.
    // `on` is Text for scanFirstRows; otherwise the hits are used the way
    // hitsFor(offset + limit) says.
    SqlFragment chooseSql(const ListAnchor &from, qint64 offset, int limit,
                          const QVariantList &bound = {}, SearchOn on = SearchOn::HitsDrive) const;
    SqlFragment pageSql(const ListAnchor &from, qint64 offset, int limit,
                        const QVariantList &bound = {}, SearchOn on = SearchOn::HitsDrive) const;
    Result<QVector<ListRow>> readPage(Database &db, const SqlFragment &sql, int limit,
                                      ListAnchor *last = nullptr) const;
    QString orderBy() const;
    // The SQL of `db`'s backend for what follows (every entry point taking
    // a connection calls it; walkSql() uses the one the query was prepared on).
    void useDialectOf(const Database &db) const;
    QString keyTuple() const;

    ListKind m_list;
    BrowseFilter m_filter;
    BrowseSort m_sort;
    BrowseContext m_context;
    SearchTerms m_terms;
    QStringList m_keys;  // key expressions, most significant first
    QString m_hitsTable; // temp table with the search's index hits, when prepared
    qint64 m_hits = -1;
    qint64 m_rows = 0;       // the table's rows when prepared
    qint64 m_indexedTo = -1; // as scanFirstRows found it
    mutable BrowseDialect m_dialect;
};

} // namespace ab
