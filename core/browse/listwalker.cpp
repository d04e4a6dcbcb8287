#include "listwalker.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace ab {

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QVariant columnValue(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, i);
    case SQLITE_NULL:
        return {};
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
        return QString::fromUtf8(text, sqlite3_column_bytes(stmt, i));
    }
    }
}

int bind(sqlite3_stmt *stmt, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, i, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, i, v.toDouble());
    default:
        if (v.isNull())
            return sqlite3_bind_null(stmt, i);
        const QByteArray utf8 = v.toString().toUtf8();
        return sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

int progress(void *stop)
{
    return (*static_cast<const std::function<bool()> *>(stop))() ? 1 : 0;
}

} // namespace

void ListWalker::cancelWhen(Database &db, const std::function<bool()> *stop)
{
    if (sqlite3 *h = handleOf(db))
        sqlite3_progress_handler(h, stop ? 4000 : 0, stop ? &progress : nullptr,
                                 const_cast<std::function<bool()> *>(stop));
}

ListWalker::~ListWalker()
{
    finish();
}

void ListWalker::finish()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_server = nullptr;
    m_query = nullptr;
    m_after.clear();
}

Status ListWalker::start(Database &db, const BrowseQuery &query, int anchorEvery)
{
    finish();
    m_db = handleOf(db);
    m_path = db.path();
    m_keys = query.keyColumns();
    m_anchorEvery = std::max(1, anchorEvery);
    m_count = 0;
    if (db.isServer()) {
        m_server = &db;
        m_query = &query;
        return {};
    }
    if (!m_db)
        return Error{
            QCoreApplication::translate("ListWalker", "not an SQLite connection"), m_path, 0, {}};
    const SqlFragment sql = query.walkSql();
    const QByteArray text = sql.sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr);
    for (int i = 0; rc == SQLITE_OK && i < sql.values.size(); ++i)
        rc = bind(m_stmt, i + 1, sql.values.at(i));
    if (rc != SQLITE_OK) {
        Error e{QCoreApplication::translate("ListWalker", "list walk failed: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
                m_path,
                0,
                {}};
        finish();
        return e;
    }
    return {};
}

Result<bool> ListWalker::step(int rows, QVector<ListAnchor> &anchors)
{
    if (m_server)
        return stepOnServer(rows, anchors);
    if (!m_stmt)
        return true;
    // A slice also ends after kSliceMs, so that a page request queued
    // behind it waits that long at most (a filter that rejects most rows
    // makes each step slow).
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rows; ++i) {
        if ((i & 255) == 255 && clock.elapsed() >= kSliceMs)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            finish();
            return true;
        }
        if (rc != SQLITE_ROW) {
            Error e{QCoreApplication::translate("ListWalker", "list walk failed: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
                    m_path,
                    0,
                    {}};
            finish();
            return e;
        }
        // Only every anchorEvery-th row's key is read out of SQLite.
        if (m_count % m_anchorEvery == 0 && m_count > 0) {
            ListAnchor a;
            a.rank = m_count;
            for (int k = 0; k < m_keys; ++k)
                a.key.push_back(columnValue(m_stmt, k));
            anchors.push_back(std::move(a));
        }
        ++m_count;
    }
    return false;
}

Result<bool> ListWalker::stepOnServer(int rows, QVector<ListAnchor> &anchors)
{
    // The slice's rows numbered on the server: it sends the rows whose
    // rank is a multiple of anchorEvery and the last one (where the next
    // slice continues, and how many there were), not every key.
    const SqlFragment walk = m_query->walkSql(m_after, std::max(1, rows));
    QSqlQuery q(m_server->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM (SELECT w.*, row_number() OVER () AS walk_n, "
                             "count(*) OVER () AS walk_rows FROM (%1) w) x "
                             "WHERE walk_n = walk_rows OR (walk_n + ?) % ? = 0 ORDER BY walk_n")
                  .arg(walk.sql));
    for (const QVariant &v : walk.values)
        q.addBindValue(v);
    q.addBindValue(m_count - 1);
    q.addBindValue(m_anchorEvery);
    if (!q.exec()) {
        Error e = m_server->sqlError(QStringLiteral("list walk"), q);
        finish();
        return e;
    }
    qint64 slice = 0;
    while (q.next()) {
        const qint64 n = q.value(m_keys).toLongLong();
        slice = q.value(m_keys + 1).toLongLong();
        const qint64 rank = m_count + n - 1;
        QVariantList key;
        for (int k = 0; k < m_keys; ++k)
            key.push_back(q.value(k));
        if (rank > 0 && rank % m_anchorEvery == 0)
            anchors.push_back(ListAnchor{rank, key});
        if (n == slice)
            m_after = std::move(key);
    }
    m_count += slice;
    if (slice < std::max(1, rows)) {
        finish();
        return true;
    }
    return false;
}

} // namespace ab
