#include "exportrows.h"

#include "copiedrows.h"
#include "sqlitestatement.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace ab::intake {

namespace {

class SqliteRows final : public ExportRows
{
public:
    explicit SqliteRows(Database &db) : m_db(sqliteHandle(db)), m_path(db.path()) {}

    Status prepare(const QByteArray &sql) override { return m_stmt.prepare(m_db, sql, m_path); }
    void bind(QByteArrayView value) override { m_stmt.text(1, value); }
    Result<bool> next() override { return m_stmt.step(); }
    void reset() override { m_stmt.reset(); }
    bool isNull(int column) const override { return m_stmt.isNull(column); }
    qint64 integer(int column) const override { return m_stmt.columnInt(column); }
    QByteArrayView text(int column) const override { return m_stmt.columnText(column); }

private:
    sqlite3 *m_db;
    QString m_path;
    SqliteStatement m_stmt;
};

// A query without a parameter is read through a cursor, kBatch rows to a
// FETCH; one with a parameter (a record's list of children, a few rows) is
// run as a prepared statement and read whole. Either way the rows are
// copied out of the driver, so that other queries can run between two.
class ServerRows final : public ExportRows
{
public:
    explicit ServerRows(Database &db) : m_db(db), m_query(db.sql()) {}
    ~ServerRows() override { reset(); }

    Status prepare(const QByteArray &sql) override;
    void bind(QByteArrayView value) override { m_parameter = QString::fromUtf8(value); }
    Result<bool> next() override;
    void reset() override;
    bool isNull(int column) const override { return cell(column).null; }
    qint64 integer(int column) const override { return cell(column).number; }
    QByteArrayView text(int column) const override { return cell(column).text; }

private:
    static constexpr int kBatch = 1000;
    const CopiedRows::Cell &cell(int column) const { return m_batch.cell(column); }
    Status start();
    Status fetch(QSqlQuery &q);

    Database &m_db;
    QSqlQuery m_query; // the prepared statement, when the query has a parameter
    QString m_sql;
    QString m_what; // names the query in an error
    bool m_hasParameter = false;
    QString m_parameter;
    bool m_started = false;
    bool m_cursorOpen = false;
    bool m_exhausted = false;
    CopiedRows m_batch;
};

Status ServerRows::prepare(const QByteArray &sql)
{
    reset();
    m_sql = QString::fromUtf8(sql);
    m_what = m_sql.section(QLatin1String(" FROM "), 1).section(QLatin1Char(' '), 0, 0);
    m_hasParameter = sql.contains('?');
    if (!m_hasParameter)
        return {};
    m_query.setForwardOnly(true);
    if (!m_query.prepare(m_sql))
        return m_db.sqlError(m_what, m_query);
    return {};
}

Status ServerRows::start()
{
    m_started = true;
    if (m_hasParameter) {
        m_query.bindValue(0, m_parameter);
        if (!m_query.exec())
            return m_db.sqlError(m_what, m_query);
        Status s = fetch(m_query);
        m_query.finish();
        m_exhausted = true;
        return s;
    }
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DECLARE intake_export NO SCROLL CURSOR FOR ") + m_sql))
        return m_db.sqlError(m_what, q);
    m_cursorOpen = true;
    m_batch.clear();
    return {};
}

Status ServerRows::fetch(QSqlQuery &q)
{
    if (!m_batch.load(q))
        return m_db.sqlError(m_what, q);
    return {};
}

Result<bool> ServerRows::next()
{
    if (!m_started) {
        if (Status s = start(); !s)
            return s.error();
    }
    if (m_batch.next())
        return true;
    if (m_exhausted)
        return false;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("FETCH FORWARD %1 FROM intake_export").arg(kBatch)))
        return m_db.sqlError(m_what, q);
    if (Status s = fetch(q); !s)
        return s.error();
    m_exhausted = m_batch.rows < kBatch;
    return m_batch.next();
}

void ServerRows::reset()
{
    if (m_cursorOpen)
        QSqlQuery(m_db.sql()).exec(QStringLiteral("CLOSE intake_export"));
    m_cursorOpen = false;
    m_started = false;
    m_exhausted = false;
    m_batch.clear();
}

} // namespace

std::unique_ptr<ExportRows> ExportRows::create(Database &db)
{
    if (db.isServer())
        return std::make_unique<ServerRows>(db);
    return std::make_unique<SqliteRows>(db);
}

} // namespace ab::intake
