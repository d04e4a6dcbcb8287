#include "browsedialect.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlField>
#include <algorithm>

namespace ab {

namespace {

bool hasAsciiLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

SqlFragment anyColumn(const QStringList &columns, const QString &test, const QVariant &value)
{
    SqlFragment f;
    for (const QString &column : columns) {
        f.sql += (f.sql.isEmpty() ? QString() : QStringLiteral(" OR ")) + test.arg(column);
        f.values.push_back(value);
    }
    f.sql = QLatin1Char('(') + f.sql + QLatin1Char(')');
    return f;
}

} // namespace

BrowseDialect BrowseDialect::of(const Database &db)
{
    return BrowseDialect{db.isServer()};
}

QString BrowseDialect::rowKey(const QString &alias) const
{
    return alias + (server ? QStringLiteral(".id") : QStringLiteral(".rowid"));
}

QString BrowseDialect::rowKeyType() const
{
    return server ? QStringLiteral("text PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
}

QString BrowseDialect::temp(const QString &table) const
{
    return (server ? QStringLiteral("pg_temp.") : QStringLiteral("temp.")) + table;
}

QString BrowseDialect::unindexed(const QString &expr) const
{
    return server ? expr : QLatin1Char('+') + expr;
}

QString BrowseDialect::through(const QString &table, const QString &index) const
{
    return server ? table : table + QStringLiteral(" INDEXED BY ") + index;
}

QString BrowseDialect::drivingJoin() const
{
    return server ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString BrowseDialect::never() const
{
    return server ? QStringLiteral("false") : QStringLiteral("0");
}

SqlFragment BrowseDialect::explain(const Database &db, const SqlFragment &sql) const
{
    if (!server)
        return {QStringLiteral("EXPLAIN QUERY PLAN ") + sql.sql, sql.values};
    QString text = QStringLiteral("EXPLAIN ");
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql.sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted || next >= sql.values.size()) {
            text += c;
            continue;
        }
        const QVariant &v = sql.values.at(next++);
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        text += db.sql().driver()->formatValue(field);
    }
    return {text, {}};
}

int BrowseDialect::explainColumn() const
{
    return server ? 0 : 3;
}

// lower() folds ASCII only, which is what the trigram tokenizer's folding
// means for the English words people type. A needle without ASCII letters
// (most Chinese words) is found in the text exactly where it is found in its
// lower() copy, since lower() changes only letters and the bytes of a match
// are none; skipping the copy halves the cost of each row a search without
// the index reads. The server's lower() folds as its locale does, so ASCII
// is folded there with translate(), as SQLite's lower() does.
SqlFragment BrowseDialect::textContains(const QStringList &columns, const QString &word) const
{
    const QString needle = word.toLower();
    const bool fold = hasAsciiLetter(needle);
    QString test;
    if (!server)
        test =
            fold ? QStringLiteral("instr(lower(%1), ?) > 0") : QStringLiteral("instr(%1, ?) > 0");
    else if (fold)
        test = QStringLiteral("strpos(translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                              "'abcdefghijklmnopqrstuvwxyz'), ?) > 0");
    else
        test = QStringLiteral("strpos(%1, ?) > 0");
    return anyColumn(columns, test, needle);
}

// pg_trgm serves ILIKE '%word%' from the GIN indexes of migration 4 and
// rechecks every candidate, so the rows are those ILIKE finds: the word
// anywhere in the column, case folded as the server's lower() folds. The
// FTS5 trigram tokenizer folds as Unicode's case folding does: the same for
// ASCII, caseless scripts such as Chinese, and the cased letters of Latin,
// Greek and Cyrillic text, but not for the few letters whose folding is not
// their lowercase (long s and final sigma fold to s and sigma on the file
// only; dotted capital I lowers to i on the server only). LIKE's wildcards
// and its escape character in the word are matched literally.
SqlFragment BrowseDialect::trigramContains(const QStringList &columns, const QString &word) const
{
    QString pattern = word;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return anyColumn(columns, QStringLiteral("%1 ILIKE ?"),
                     QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
}

} // namespace ab
