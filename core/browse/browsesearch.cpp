// The parts of BrowseQuery that read a search's index hits and decide how a
// search reads its rows: from the hits or through the list's order, and,
// before the hits are read, on the text of the first rows of the order.
#include "browse/browsequery.h"
#include "browse/searchindex.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

namespace {

QString nextHitsTable()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("browse_hits_%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqlFragment BrowseQuery::hitsSql(const SearchIndexState &index) const
{
    const bool g = m_list == ListKind::Generations;
    const QString content = g ? QStringLiteral("generations") : QStringLiteral("complaints");
    const QStringList columns = g ? QStringList{QStringLiteral("prompt"), QStringLiteral("output")}
                                  : QStringList{QStringLiteral("text")};
    SqlFragment find;
    if (m_dialect.server) {
        // The server's trigram indexes are always complete.
        for (const QString &word : std::as_const(m_terms.indexed))
            find.append(m_dialect.trigramContains(columns, word), QStringLiteral(" AND "));
        find.sql = QStringLiteral("SELECT id FROM %1 WHERE ").arg(content) + find.sql;
        return find;
    }
    // Rows the index covers come from the index; rows past its mark (while
    // it is still being built) from their text.
    SqlFragment tail{QStringLiteral("rowid > ?"), {index.indexedTo}};
    for (const QString &word : std::as_const(m_terms.indexed))
        tail.append(m_dialect.textContains(columns, word), QStringLiteral(" AND "));
    // The two parts cover disjoint rowids and each yields a rowid once, so
    // UNION ALL: a UNION would sort every hit once more to drop duplicates
    // there cannot be.
    find.sql = QStringLiteral("SELECT rowid FROM %1_fts WHERE %1_fts MATCH ? AND rowid <= ? "
                              "UNION ALL SELECT rowid FROM %1 WHERE %2")
                   .arg(content, tail.sql);
    find.values << m_terms.matchExpression() << index.indexedTo;
    find.values += tail.values;
    return find;
}

Status BrowseQuery::prepare(Database &db)
{
    useDialectOf(db);
    if (m_terms.indexed.isEmpty())
        return {};
    auto index = SearchIndex::state(db, m_list);
    if (!index)
        return index.error();
    m_hitsTable = nextHitsTable();
    const QString hits = m_dialect.temp(m_hitsTable);
    QSqlQuery q(db.sql());
    if (!q.exec(
            QStringLiteral("CREATE TEMP TABLE %1 (r %2)").arg(m_hitsTable, m_dialect.rowKeyType())))
        return db.sqlError(QStringLiteral("search"), q);
    // The server's planner judges the trigram indexes dear for a word in a
    // few per cent of rows and reads every row's text instead, about ten
    // times slower; for a word in most rows the two cost about the same. So
    // the hits are always read from the indexes (only words of three or
    // more characters come here, which the indexes serve).
    if (m_dialect.server && !q.exec(QStringLiteral("SET enable_seqscan = off")))
        return db.sqlError(QStringLiteral("search"), q);
    const SqlFragment find = hitsSql(*index);
    bool found = q.prepare(QStringLiteral("INSERT INTO %1 (r) ").arg(hits) + find.sql);
    for (const QVariant &v : find.values)
        q.addBindValue(v);
    found = found && q.exec();
    m_hits = q.numRowsAffected();
    const std::optional<Error> failed =
        found ? std::nullopt : std::optional<Error>(db.sqlError(QStringLiteral("search"), q));
    if (m_dialect.server && !q.exec(QStringLiteral("RESET enable_seqscan")) && !failed)
        return db.sqlError(QStringLiteral("search"), q);
    if (failed)
        return *failed;
    if (m_hits < 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(hits)) || !q.next())
            return db.sqlError(QStringLiteral("search"), q);
        m_hits = q.value(0).toLongLong();
    }
    // The server's planner knows a temporary table's size only once it is
    // analysed (autovacuum never sees one).
    if (m_dialect.server && !q.exec(QStringLiteral("ANALYZE %1").arg(hits)))
        return db.sqlError(QStringLiteral("search"), q);
    m_rows = index->lastRowid;
    return {};
}

void BrowseQuery::release(Database &db)
{
    if (m_hitsTable.isEmpty())
        return;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_dialect.temp(m_hitsTable)));
    m_hitsTable.clear();
}

bool BrowseQuery::drivesFromHits(qint64 hits, qint64 rows, qint64 wanted)
{
    // Reading the hits costs one random row read each (their sort keys are
    // in the rows), a few microseconds; walking the order's index costs a
    // fraction of a microsecond per entry, and `wanted` rows need about
    // wanted * rows / hits of them. The two cost the same where
    // hits^2 * kBalance is about wanted * rows.
    return hits * hits * kBalance <= std::max<qint64>(wanted, 1) * std::max<qint64>(rows, 1);
}

bool BrowseQuery::pageFromHits(qint64 wanted) const
{
    return !m_hitsTable.isEmpty() && drivesFromHits(m_hits, m_rows, wanted);
}

BrowseQuery::SearchOn BrowseQuery::hitsFor(qint64 wanted) const
{
    return pageFromHits(wanted) ? SearchOn::HitsDrive : SearchOn::HitsCheck;
}

SqlFragment BrowseQuery::indexedWordOnText(const QStringList &columns, const QString &word) const
{
    SqlFragment f = m_dialect.textContains(columns, word);
    // The trigram index folds case as Unicode does, lower() only ASCII. For
    // a word of ASCII characters and caseless ones (scanSafe) the two differ
    // only where the text holds one of the two letters that fold into ASCII:
    // U+017F (long s) and U+212A (Kelvin sign). A row holding one is asked
    // of the index, which SQLite reads only when such a row comes up.
    const QString needle = word.toLower();
    if (!needle.contains(QLatin1Char('s')) && !needle.contains(QLatin1Char('k')))
        return f;
    const bool g = m_list == ListKind::Generations;
    const QString fts = g ? QStringLiteral("generations_fts") : QStringLiteral("complaints_fts");
    QString odd;
    for (const QString &column : columns) {
        for (const char16_t letter : {u'\u017F', u'\u212A'}) {
            odd += (odd.isEmpty() ? QString() : QStringLiteral(" OR ")) + QStringLiteral("instr(") +
                   column + QStringLiteral(", ?) > 0");
            f.values.push_back(QString(QChar(letter)));
        }
    }
    SearchTerms one;
    one.indexed = {word};
    f.sql = QStringLiteral("(%1 OR ((%2) AND %3.rowid IN (SELECT rowid FROM %4 WHERE %4 MATCH ? "
                           "AND rowid <= ?)))")
                .arg(f.sql, odd, g ? QStringLiteral("g") : QStringLiteral("c"), fts);
    f.values << one.matchExpression() << m_indexedTo;
    return f;
}

bool BrowseQuery::scanSafe(const QString &word)
{
    // Characters no other character folds into and that fold to nothing
    // else: ASCII, letters without case (Chinese, Japanese kana, ...),
    // digits, punctuation and spaces.
    const QList<uint> points = word.toUcs4();
    return std::all_of(points.cbegin(), points.cend(), [](uint c) {
        if (c < 128)
            return true;
        switch (QChar::category(char32_t(c))) {
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Separator_Space:
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
            return true;
        default:
            return false;
        }
    });
}

bool BrowseQuery::canScanFirst() const
{
    if (!m_hitsTable.isEmpty() || m_terms.indexed.isEmpty())
        return false;
    return std::all_of(m_terms.indexed.cbegin(), m_terms.indexed.cend(), &BrowseQuery::scanSafe);
}

Result<bool> BrowseQuery::worthScanning(Database &db, int limit, int examine)
{
    auto index = SearchIndex::state(db, m_list);
    if (!index)
        return index.error();
    m_indexedTo = index->indexedTo;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Whether the scan is likely to find its rows: the index hits among as
    // many of the newest rows, a short range of each word's index entries.
    // Rows are appended about in time order, so for the time order this is
    // close to what the scan will meet; for any order it only decides
    // whether to try, never what the rows are.
    const QString fts = m_list == ListKind::Generations ? QStringLiteral("generations_fts")
                                                        : QStringLiteral("complaints_fts");
    q.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ? AND rowid > ? AND rowid <= ?")
            .arg(fts));
    q.addBindValue(m_terms.matchExpression());
    q.addBindValue(index->lastRowid - examine);
    q.addBindValue(index->indexedTo);
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("search"), q);
    return q.value(0).toLongLong() >= limit + limit / 2;
}

Result<std::optional<QVector<ListRow>>> BrowseQuery::scanFirstRows(Database &db, int limit,
                                                                   int examine)
{
    useDialectOf(db);
    if (!canScanFirst())
        return std::optional<QVector<ListRow>>();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // The server's rows have no rowid order to guess the scan's luck by;
    // there the scan is tried: it reads at most `examine` rows.
    if (!m_dialect.server) {
        auto worth = worthScanning(db, limit, examine);
        if (!worth)
            return worth.error();
        if (!*worth)
            return std::optional<QVector<ListRow>>();
    }
    // The key of the examine-th row of the list without the search: the
    // scan reads the text of the rows before it and no further.
    SqlFragment bound = fromClause(SearchOn::Nothing);
    bound.sql = QStringLiteral("SELECT ") + m_keys.join(QStringLiteral(", ")) +
                QStringLiteral(" FROM ") + bound.sql;
    const SqlFragment w = where(SearchOn::Nothing);
    if (!w.sql.isEmpty()) {
        bound.sql += QStringLiteral(" WHERE ") + w.sql;
        bound.values += w.values;
    }
    bound.sql += orderBy() + QStringLiteral(" LIMIT 1 OFFSET ?");
    bound.values << examine - 1;
    if (!q.prepare(bound.sql))
        return db.sqlError(QStringLiteral("list page"), q);
    for (const QVariant &v : std::as_const(bound.values))
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("list page"), q);
    QVariantList key;
    if (q.next()) {
        for (int i = 0; i < m_keys.size(); ++i)
            key.push_back(q.value(i));
    }
    q.finish();
    auto rows = readPage(db, pageSql({}, 0, limit, key, SearchOn::Text), limit);
    if (!rows)
        return rows.error();
    // Exact when the examined rows held a whole page, or were the whole list.
    if (rows->size() == limit || key.isEmpty())
        return std::optional<QVector<ListRow>>(std::move(*rows));
    return std::optional<QVector<ListRow>>();
}

} // namespace ab
