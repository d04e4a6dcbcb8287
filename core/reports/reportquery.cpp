#include "reports/reportquery.h"

#include "reports/prefetchedrows.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ab {

ReportQuery::ReportQuery(Database &db) : m_db(db) {}

ReportQuery::~ReportQuery() = default;

QString ReportQuery::bytewise(const Database &db, const QString &expression)
{
    return db.isServer() ? expression + QStringLiteral(" COLLATE \"C\"") : expression;
}

Status ReportQuery::exec(const QString &what, const QString &sql, const QVariantList &values,
                         int columns, Reading reading)
{
    m_what = what;
    m_columns = columns;
    if (m_db.isServer()) {
        m_query = std::make_unique<QSqlQuery>(m_db.sql());
        // Forward-only: the driver then streams the rows instead of
        // fetching the whole result first.
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql))
            return m_db.sqlError(what, *m_query);
        for (const QVariant &v : values)
            m_query->addBindValue(v);
        if (!m_query->exec())
            return m_db.sqlError(what, *m_query);
        m_cells.resize(columns);
        m_nulls.assign(size_t(columns), true);
        return {};
    }
    if (Status s = m_statement.prepare(intake::sqliteHandle(m_db), sql.toUtf8(), m_db.path()); !s)
        return s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int type = v.typeId();
        if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
            type == QMetaType::ULongLong) {
            m_statement.integer(int(i) + 1, v.toLongLong());
        } else {
            m_bound << v.toString().toUtf8();
            m_statement.text(int(i) + 1, m_bound.constLast());
        }
    }
    if (reading == Reading::Prefetched)
        m_prefetched = std::make_unique<PrefetchedRows>(m_statement, columns);
    return {};
}

bool ReportQuery::next()
{
    if (m_query)
        return nextOnServer();
    if (m_prefetched) {
        if (m_prefetched->next())
            return true;
        m_error = m_prefetched->error();
        return false;
    }
    Result<bool> more = m_statement.step();
    if (!more) {
        m_error = more.error();
        return false;
    }
    return *more;
}

bool ReportQuery::nextOnServer()
{
    if (!m_query->next()) {
        if (m_query->lastError().isValid())
            m_error = m_db.sqlError(m_what, *m_query);
        return false;
    }
    for (int c = 0; c < m_columns; ++c) {
        const QVariant v = m_query->value(c);
        m_nulls[size_t(c)] = v.isNull();
        if (!v.isNull())
            m_cells[c] = v.toString().toUtf8();
    }
    return true;
}

bool ReportQuery::isNull(int column) const
{
    if (m_query)
        return m_nulls[size_t(column)];
    if (m_prefetched)
        return m_prefetched->isNull(column);
    return m_statement.isNull(column);
}

QByteArrayView ReportQuery::text(int column) const
{
    if (m_query) {
        const QByteArray &cell = m_cells.at(column);
        return m_nulls[size_t(column)] || cell.isEmpty() ? QByteArrayView() : QByteArrayView(cell);
    }
    if (m_prefetched)
        return m_prefetched->text(column);
    return m_statement.columnText(column);
}

} // namespace ab
