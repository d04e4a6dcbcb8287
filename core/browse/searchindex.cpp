#include "searchindex.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ab {

namespace {

struct Tables
{
    QString name;    // search_index.name
    QString content; // the content table
    QString fts;
    QString columns; // the indexed columns, comma-separated
};

Tables tablesOf(ListKind list)
{
    if (list == ListKind::Generations)
        return {QStringLiteral("generations"), QStringLiteral("generations"),
                QStringLiteral("generations_fts"), QStringLiteral("prompt, output")};
    return {QStringLiteral("complaints"), QStringLiteral("complaints"),
            QStringLiteral("complaints_fts"), QStringLiteral("text")};
}

Result<qint64> scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("search index"), q);
    return q.value(0).isNull() ? qint64(-1) : q.value(0).toLongLong();
}

// A team workspace's search indexes (pg_trgm, migration 4) are kept by the
// server with every write, so they are always complete and there is nothing
// to build, hold back or reset. Its rows have no rowid: the row count stands
// in for the highest one, from the planner's statistics where the table has
// been analysed (counting a million rows for a progress figure that is
// always 100 % would be waste).
Result<SearchIndexState> serverState(Database &db, const Tables &t)
{
    auto rows = scalar(db,
                       QStringLiteral("SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint "
                                      "ELSE (SELECT count(*) FROM %1) END FROM pg_class c "
                                      "WHERE c.oid = to_regclass(?)")
                           .arg(t.content),
                       {t.content});
    if (!rows)
        return rows.error();
    return SearchIndexState{SearchIndex::kComplete, std::max<qint64>(0, *rows)};
}

} // namespace

bool SearchIndexState::complete() const
{
    return indexedTo == SearchIndex::kComplete;
}

int SearchIndexState::percent() const
{
    if (complete() || lastRowid <= 0)
        return 100;
    return int(std::clamp<qint64>(indexedTo * 100 / lastRowid, 0, 99));
}

Result<SearchIndexState> SearchIndex::state(Database &db, ListKind list)
{
    const Tables t = tablesOf(list);
    if (db.isServer())
        return serverState(db, t);
    auto to =
        scalar(db, QStringLiteral("SELECT indexed_to FROM search_index WHERE name = ?"), {t.name});
    if (!to)
        return to.error();
    SearchIndexState s;
    s.indexedTo = *to;
    // Rowids of these append-only tables are dense, so the share of rowids
    // covered is the share of rows, and max(rowid) costs one B-tree descent.
    auto last = scalar(db, QStringLiteral("SELECT max(rowid) FROM ") + t.content);
    if (!last)
        return last.error();
    s.lastRowid = std::max<qint64>(0, *last);
    return s;
}

Result<SearchIndexState> SearchIndex::buildChunk(Database &db, ListKind list, int rows)
{
    const Tables t = tablesOf(list);
    if (db.isServer())
        return serverState(db, t);
    qint64 reached = -1;
    Status done = db.transaction([&]() -> Status {
        auto from = scalar(db, QStringLiteral("SELECT indexed_to FROM search_index WHERE name = ?"),
                           {t.name});
        if (!from)
            return from.error();
        if (*from == kComplete) {
            reached = kComplete;
            return {};
        }
        // The last rowid of this chunk; none means the chunk reaches the end,
        // and since the write lock is held no row can arrive behind it.
        auto last =
            scalar(db,
                   QStringLiteral("SELECT max(rowid) FROM (SELECT rowid FROM ") + t.content +
                       QStringLiteral(" WHERE rowid > ? ORDER BY rowid LIMIT ?)"),
                   {*from, rows});
        if (!last)
            return last.error();
        auto end = scalar(db, QStringLiteral("SELECT max(rowid) FROM ") + t.content);
        if (!end)
            return end.error();
        const bool complete = *last < 0 || *last >= *end;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT rowid, %2 FROM %3 "
                                 "WHERE rowid > ? AND rowid <= ?")
                      .arg(t.fts, t.columns, t.content));
        q.addBindValue(*from);
        q.addBindValue(complete ? std::max(*end, *from) : *last);
        if (!q.exec())
            return db.sqlError(QStringLiteral("search index"), q);
        reached = complete ? kComplete : *last;
        q.prepare(QStringLiteral("UPDATE search_index SET indexed_to = ? WHERE name = ?"));
        q.addBindValue(reached);
        q.addBindValue(t.name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("search index"), q);
        return {};
    });
    if (!done)
        return done.error();
    return state(db, list);
}

Status SearchIndex::buildAll(Database &db, ListKind list,
                             const std::function<bool(const SearchIndexState &)> &progress)
{
    for (;;) {
        auto s = buildChunk(db, list);
        if (!s)
            return s.error();
        if (progress && !progress(*s))
            return {};
        if (s->complete())
            return {};
    }
}

Result<qint64> SearchIndex::holdBack(Database &db, ListKind list, qint64 rowid)
{
    const Tables t = tablesOf(list);
    if (db.isServer())
        return kComplete;
    auto before =
        scalar(db, QStringLiteral("SELECT indexed_to FROM search_index WHERE name = ?"), {t.name});
    if (!before)
        return before.error();
    if (*before > rowid) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE search_index SET indexed_to = ? WHERE name = ?"));
        q.addBindValue(rowid);
        q.addBindValue(t.name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("search index"), q);
    }
    return *before;
}

Status SearchIndex::endHoldBack(Database &db, ListKind list, qint64 rowid, qint64 before)
{
    if (db.isServer())
        return {};
    const Tables t = tablesOf(list);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE search_index SET indexed_to = ? WHERE name = ? AND "
                             "NOT EXISTS (SELECT 1 FROM %1 WHERE rowid > ?)")
                  .arg(t.content));
    q.addBindValue(before);
    q.addBindValue(t.name);
    q.addBindValue(rowid);
    if (!q.exec())
        return db.sqlError(QStringLiteral("search index"), q);
    return {};
}

Status SearchIndex::reset(Database &db, ListKind list)
{
    if (db.isServer())
        return {};
    const Tables t = tablesOf(list);
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(t.fts)))
            return db.sqlError(QStringLiteral("search index"), q);
        q.prepare(QStringLiteral("UPDATE search_index SET indexed_to = -1 WHERE name = ?"));
        q.addBindValue(t.name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("search index"), q);
        return {};
    });
}

} // namespace ab
