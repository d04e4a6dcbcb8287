#include "contentdigest.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>
#include <memory>
#include <sqlite3.h>

namespace ab {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

QByteArray quoted(const QString &identifier)
{
    QByteArray out = identifier.toUtf8();
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

// Hashes in chunks: a call per value would cost more than the values.
class Hasher
{
public:
    void byte(char c)
    {
        m_buffer += c;
        flushIfFull();
    }
    void u64(quint64 v)
    {
        char b[8];
        for (int i = 7; i >= 0; --i) {
            b[i] = char(v & 0xff);
            v >>= 8;
        }
        m_buffer.append(b, 8);
        flushIfFull();
    }
    void bytes(const void *data, qsizetype size)
    {
        u64(quint64(size));
        m_buffer.append(static_cast<const char *>(data), size);
        flushIfFull();
    }
    QString hex()
    {
        m_hash.addData(m_buffer);
        m_buffer.clear();
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    void flushIfFull()
    {
        if (m_buffer.size() >= 1 << 16) {
            m_hash.addData(m_buffer);
            m_buffer.clear();
        }
    }
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_buffer;
};

class Reader
{
public:
    Reader(sqlite3 *db, const QString &path) : m_db(db), m_path(path) {}

    Result<Statement> prepare(const QByteArray &sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(stmt);
            return failure(sql);
        }
        return Statement(stmt);
    }
    Error failure(const QByteArray &what) const
    {
        return Error{QCoreApplication::translate("ContentDigest", "%1 failed: %2")
                         .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db))),
                     m_path,
                     0,
                     {}};
    }

    Result<TableDigest> table(const QString &name) const;

private:
    sqlite3 *m_db;
    QString m_path;
};

Result<TableDigest> Reader::table(const QString &name) const
{
    auto info = prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
    if (!info)
        return info.error();
    const QByteArray nameUtf8 = name.toUtf8();
    sqlite3_bind_text(info->get(), 1, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
    Hasher hash;
    hash.bytes(nameUtf8.constData(), nameUtf8.size());
    QList<QByteArray> columns;
    QMap<int, QByteArray> keys; // position in the key -> column
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(info->get())) == SQLITE_ROW) {
        const QByteArray column(reinterpret_cast<const char *>(sqlite3_column_text(info->get(), 0)),
                                sqlite3_column_bytes(info->get(), 0));
        columns.push_back(quoted(QString::fromUtf8(column)));
        hash.bytes(column.constData(), column.size());
        if (const int pk = sqlite3_column_int(info->get(), 1); pk > 0)
            keys.insert(pk, columns.back());
    }
    if (rc != SQLITE_DONE)
        return failure("pragma_table_info");

    const QByteArray order = keys.isEmpty() ? QByteArray("rowid") : keys.values().join(", ");
    const QByteArray sql =
        "SELECT " + columns.join(", ") + " FROM " + quoted(name) + " ORDER BY " + order;
    auto rows = prepare(sql);
    if (!rows)
        return rows.error();
    sqlite3_stmt *s = rows->get();
    const int count = sqlite3_column_count(s);
    TableDigest digest{name, 0, {}};
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ++digest.rows;
        for (int c = 0; c < count; ++c) {
            switch (sqlite3_column_type(s, c)) {
            case SQLITE_NULL:
                hash.byte('N');
                break;
            case SQLITE_INTEGER:
                hash.byte('I');
                hash.u64(quint64(sqlite3_column_int64(s, c)));
                break;
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(s, c);
                quint64 bits = 0;
                std::memcpy(&bits, &v, sizeof bits);
                hash.byte('R');
                hash.u64(bits);
                break;
            }
            case SQLITE_TEXT: {
                const unsigned char *text = sqlite3_column_text(s, c);
                hash.byte('T');
                hash.bytes(text, sqlite3_column_bytes(s, c));
                break;
            }
            default: {
                const void *blob = sqlite3_column_blob(s, c);
                hash.byte('B');
                hash.bytes(blob, sqlite3_column_bytes(s, c));
                break;
            }
            }
        }
    }
    if (rc != SQLITE_DONE)
        return failure(sql);
    digest.sha256 = hash.hex();
    return digest;
}

} // namespace

QStringList ContentDigest::defaultSkipped()
{
    return {QStringLiteral("meta"), QStringLiteral("audit_log")};
}

Result<DigestReport> ContentDigest::compute(Database &db, const QStringList &skipTables)
{
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QCoreApplication::translate(
                         "ContentDigest", "the workspace connection is not an SQLite connection"),
                     db.path(),
                     0,
                     {}};
    Reader reader(*static_cast<sqlite3 *const *>(handle.constData()), db.path());

    // table_list tells ordinary tables from virtual and shadow ones.
    auto list = reader.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                               "type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                               "ORDER BY name");
    if (!list)
        return list.error();
    QStringList tables;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(list->get())) == SQLITE_ROW) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list->get(), 0)));
        if (!skipTables.contains(name))
            tables.push_back(name);
    }
    if (rc != SQLITE_DONE)
        return reader.failure("pragma_table_list");
    list->reset();

    DigestReport report;
    QCryptographicHash total(QCryptographicHash::Sha256);
    for (const QString &name : std::as_const(tables)) {
        auto table = reader.table(name);
        if (!table)
            return table.error();
        total.addData((name + QLatin1Char('\0') + QString::number(table->rows) + QLatin1Char('\0') +
                       table->sha256 + QLatin1Char('\n'))
                          .toUtf8());
        report.tables.push_back(*table);
    }
    report.sha256 = QString::fromLatin1(total.result().toHex());
    return report;
}

} // namespace ab
