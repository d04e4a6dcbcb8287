#include "sqlitestatement.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace ab::intake {

namespace {} // namespace

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Status SqliteStatement::prepare(sqlite3 *db, const QByteArray &sql, const QString &path)
{
    m_db = db;
    m_path = path;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (!db)
        return Error{QCoreApplication::translate(
                         "Intake", "the workspace connection is not an SQLite connection"),
                     path,
                     0,
                     {}};
    const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    return {};
}

void SqliteStatement::text(int parameter, QByteArrayView value)
{
    // A null data pointer would bind NULL; an empty text must stay a text.
    const char *data = value.data() ? value.data() : "";
    const int rc = sqlite3_bind_text(m_stmt, parameter, data, int(value.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void SqliteStatement::textOrNull(int parameter, QByteArrayView value, bool present)
{
    if (present)
        text(parameter, value);
    else
        null(parameter);
}

void SqliteStatement::integer(int parameter, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, parameter, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void SqliteStatement::null(int parameter)
{
    const int rc = sqlite3_bind_null(m_stmt, parameter);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Result<bool> SqliteStatement::step()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = m_bindError;
        m_bindError = SQLITE_OK;
        return error(rc);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error(rc); // read before reset() repeats the code
    sqlite3_reset(m_stmt);
    return e;
}

Status SqliteStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row) {
            reset();
            return row.error();
        }
        if (!*row)
            break;
    }
    reset();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_bindError = SQLITE_OK;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

Error SqliteStatement::error(int code) const
{
    const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    return Error{QCoreApplication::translate("Intake", "%1 failed: %2")
                     .arg(QString::fromUtf8(sql).section(QLatin1Char('('), 0, 0).simplified(),
                          QString::fromUtf8(message)),
                 m_path,
                 0,
                 {}};
}

Status execute(sqlite3 *db, const char *sql, const QString &path)
{
    if (!db)
        return Error{QCoreApplication::translate(
                         "Intake", "the workspace connection is not an SQLite connection"),
                     path,
                     0,
                     {}};
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error e{QCoreApplication::translate("Intake", "%1 failed: %2")
                    .arg(QString::fromUtf8(sql), QString::fromUtf8(message)),
                path,
                0,
                {}};
        sqlite3_free(message);
        return e;
    }
    return {};
}

} // namespace ab::intake
