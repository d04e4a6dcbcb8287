#include "deferredschema.h"

namespace ab::intake {

Status DeferredSchema::dropIndexes(sqlite3 *db, const QString &path,
                                   std::initializer_list<const char *> tables)
{
    return drop(db, path, "INDEX",
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name = ? ORDER BY name",
                tables);
}

Status DeferredSchema::dropTriggers(sqlite3 *db, const QString &path,
                                    std::initializer_list<const char *> names)
{
    return drop(db, path, "TRIGGER",
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", names);
}

Status DeferredSchema::drop(sqlite3 *db, const QString &path, const char *type, const char *select,
                            std::initializer_list<const char *> keys)
{
    SqliteStatement q;
    if (Status s = q.prepare(db, select, path); !s)
        return s;
    QVector<std::pair<QByteArray, QByteArray>> found;
    for (const char *key : keys) {
        q.text(1, key);
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
    const QByteArray dropSql = QByteArray("DROP ") + type + " \"";
    for (const auto &[name, definition] : std::as_const(found)) {
        // The name comes from the schema itself; quoted as an identifier.
        QByteArray quoted = name;
        const QByteArray statement = dropSql + quoted.replace('"', "\"\"") + '"';
        if (Status s = execute(db, statement.constData(), path); !s)
            return s;
        m_definitions.append(definition);
    }
    return {};
}

Status DeferredSchema::restore(sqlite3 *db, const QString &path)
{
    for (const QByteArray &definition : std::as_const(m_definitions)) {
        if (Status s = execute(db, definition.constData(), path); !s)
            return s;
    }
    m_definitions.clear();
    return {};
}

} // namespace ab::intake
