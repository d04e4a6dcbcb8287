#include "sqlitestatement.h"

#include "copiedrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace ab::intake {

Connection Connection::of(Database &db)
{
    return db.isServer() ? Connection(&db) : Connection(sqliteHandle(db));
}

QByteArray serverSql(QByteArray sql)
{
    if (sql.startsWith("INSERT OR IGNORE ")) {
        sql.remove(7, 10); // "OR IGNORE "
        sql += " ON CONFLICT DO NOTHING";
    }
    // The bookkeeping tables number their rows themselves (no rowid).
    if (sql.contains("temp.intake_"))
        sql.replace("rowid", "seq");
    sql.replace(" temp.", " pg_temp.");
    return sql;
}

// A statement on a team workspace: prepared once, rebound per row, its
// result copied out of the driver (CopiedRows).
struct SqliteStatement::Server
{
    explicit Server(Database &database) : db(database), query(database.sql()) {}
    const CopiedRows::Cell &cell(int column) const { return result.cell(column); }

    Database &db;
    QSqlQuery query;
    QString what;
    bool executed = false;
    int changes = 0;
    CopiedRows result;
};

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement() = default;

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    m_server.reset();
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Status SqliteStatement::prepare(Connection connection, const QByteArray &sql, const QString &path)
{
    sqlite3 *db = connection.lite;
    m_db = db;
    m_path = path;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_server.reset();
    if (connection.server) {
        m_server = std::make_unique<Server>(*connection.server);
        const QString text = QString::fromUtf8(serverSql(sql));
        m_server->what = text.section(QLatin1Char('('), 0, 0).simplified();
        m_server->query.setForwardOnly(true);
        if (!m_server->query.prepare(text))
            return m_server->db.sqlError(m_server->what, m_server->query);
        return {};
    }
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
    if (m_server) {
        m_server->query.bindValue(parameter - 1, QString::fromUtf8(value));
        return;
    }
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
    if (m_server) {
        m_server->query.bindValue(parameter - 1, value);
        return;
    }
    const int rc = sqlite3_bind_int64(m_stmt, parameter, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

void SqliteStatement::null(int parameter)
{
    if (m_server) {
        m_server->query.bindValue(parameter - 1, QVariant());
        return;
    }
    const int rc = sqlite3_bind_null(m_stmt, parameter);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Result<bool> SqliteStatement::step()
{
    if (m_server) {
        Server &sv = *m_server;
        if (!sv.executed) {
            sv.executed = true;
            if (!sv.query.exec())
                return sv.db.sqlError(sv.what, sv.query);
            sv.changes = sv.query.isSelect() ? 0 : sv.query.numRowsAffected();
            sv.result.clear();
            if (sv.query.isSelect() && !sv.result.load(sv.query))
                return sv.db.sqlError(sv.what, sv.query);
            sv.query.finish();
        }
        return sv.result.next();
    }
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
    if (m_server) {
        m_server->executed = false;
        m_server->result.clear();
        return;
    }
    sqlite3_reset(m_stmt);
    m_bindError = SQLITE_OK;
}

int SqliteStatement::changes() const
{
    if (m_server)
        return m_server->changes;
    return sqlite3_changes(m_db);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_server)
        return m_server->cell(column).null;
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    if (m_server)
        return m_server->cell(column).number;
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    if (m_server)
        return m_server->cell(column).text;
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

Status execute(Connection connection, const char *sql, const QString &path)
{
    if (connection.server) {
        // One at a time: the driver reports only the first statement's error.
        for (const QByteArray &statement : QByteArray(sql).split(';')) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(connection.server->sql());
            const QString text = QString::fromUtf8(serverSql(statement.trimmed()));
            if (!q.exec(text))
                return connection.server->sqlError(
                    text.section(QLatin1Char('('), 0, 0).simplified(), q);
        }
        return {};
    }
    sqlite3 *db = connection.lite;
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
