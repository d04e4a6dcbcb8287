#include "deferredindexes.h"

namespace ab::intake {

Status DeferredIndexes::drop(sqlite3 *db, const QString &path,
                             std::initializer_list<const char *> tables)
{
    SqliteStatement q;
    if (Status s = q.prepare(db,
                             "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "sql IS NOT NULL AND tbl_name = ? ORDER BY name",
                             path);
        !s)
        return s;
    QVector<std::pair<QByteArray, QByteArray>> found;
    for (const char *table : tables) {
        q.text(1, table);
        for (;;) {
            auto row = q.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            found.append({q.columnText(0).toByteArray(), q.columnText(1).toByteArray()});
        }
        q.reset();
    }
    for (const auto &[name, definition] : std::as_const(found)) {
        // The name comes from the schema itself; quoted as an identifier.
        QByteArray quoted = name;
        const QByteArray sql = "DROP INDEX \"" + quoted.replace('"', "\"\"") + '"';
        if (Status s = execute(db, sql.constData(), path); !s)
            return s;
        m_definitions.append(definition);
    }
    return {};
}

Status DeferredIndexes::rebuild(sqlite3 *db, const QString &path)
{
    for (const QByteArray &definition : std::as_const(m_definitions)) {
        if (Status s = execute(db, definition.constData(), path); !s)
            return s;
    }
    m_definitions.clear();
    return {};
}

} // namespace ab::intake
