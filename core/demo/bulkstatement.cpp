#include "bulkstatement.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace ab::demo {

namespace {} // namespace

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

Status BulkStatement::prepare(Database &db, const char *sql)
{
    m_db = sqliteHandle(db);
    m_path = db.path();
    m_sql = QString::fromUtf8(sql);
    if (!m_db)
        return Error{QCoreApplication::translate(
                         "DemoGenerator", "the workspace connection is not an SQLite connection"),
                     m_path,
                     0,
                     {}};
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr); rc != SQLITE_OK)
        return error(rc);
    return {};
}

void BulkStatement::text(int parameter, std::string_view value)
{
    const int rc =
        sqlite3_bind_text(m_stmt, parameter, value.data(), int(value.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void BulkStatement::textOrNull(int parameter, std::string_view value)
{
    if (value.empty())
        null(parameter);
    else
        text(parameter, value);
}

void BulkStatement::integer(int parameter, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, parameter, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void BulkStatement::null(int parameter)
{
    const int rc = sqlite3_bind_null(m_stmt, parameter);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Status BulkStatement::exec()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = m_bindError;
        m_bindError = SQLITE_OK;
        sqlite3_reset(m_stmt);
        return error(rc);
    }
    const int rc = sqlite3_step(m_stmt);
    // reset() repeats the step's error code; the message is read before it.
    Status result = rc == SQLITE_DONE || rc == SQLITE_ROW ? Status() : Status(error(rc));
    sqlite3_reset(m_stmt);
    return result;
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error BulkStatement::error(int code) const
{
    const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    return Error{
        QCoreApplication::translate("DemoGenerator", "%1 failed: %2")
            .arg(m_sql.section(QLatin1Char('('), 0, 0).simplified(), QString::fromUtf8(message)),
        m_path,
        0,
        {}};
}

Status executeSql(Database &db, const char *sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{QCoreApplication::translate(
                         "DemoGenerator", "the workspace connection is not an SQLite connection"),
                     db.path(),
                     0,
                     {}};
    char *message = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error e{QCoreApplication::translate("DemoGenerator", "%1 failed: %2")
                    .arg(QString::fromUtf8(sql), QString::fromUtf8(message)),
                db.path(),
                0,
                {}};
        sqlite3_free(message);
        return e;
    }
    return {};
}

Status DeferredSchema::drop(Database &db, const QString &type, const QStringList &tables,
                            const QString &marker)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? AND "
                             "sql IS NOT NULL AND tbl_name = ? AND instr(sql, ?) > 0 "
                             "ORDER BY name"));
    QVector<std::pair<QString, QString>> found;
    for (const QString &table : tables) {
        q.addBindValue(type);
        q.addBindValue(table);
        q.addBindValue(marker);
        if (!q.exec())
            return db.sqlError(QStringLiteral("sqlite_master"), q);
        while (q.next())
            found.push_back(
                {type.toUpper() + QLatin1Char(' ') + q.value(0).toString(), q.value(1).toString()});
    }
    q.finish();
    for (const auto &object : std::as_const(found)) {
        // The names come from the schema itself, quoted as identifiers.
        const QString name = object.first.section(QLatin1Char(' '), 1);
        const QByteArray sql =
            "DROP " + type.toUpper().toUtf8() + " \"" + name.toUtf8().replace('"', "\"\"") + '"';
        if (Status s = executeSql(db, sql.constData()); !s)
            return s;
        m_dropped.push_back(object);
    }
    return {};
}

Status DeferredSchema::dropIndexes(Database &db, const QStringList &tables)
{
    return drop(db, QStringLiteral("index"), tables, QStringLiteral("CREATE"));
}

Status DeferredSchema::dropTriggers(Database &db, const QStringList &tables, const QString &marker)
{
    return drop(db, QStringLiteral("trigger"), tables, marker);
}

Status DeferredSchema::restore(Database &db)
{
    for (const auto &object : std::as_const(m_dropped)) {
        if (Status s = executeSql(db, object.second.toUtf8().constData()); !s)
            return s;
    }
    m_dropped.clear();
    return {};
}

} // namespace ab::demo
