#include "readsnapshot.h"

#include "database.h"

#include <QSqlQuery>

namespace ab {

Status ReadSnapshot::begin()
{
    const QString begin = m_db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                          : QStringLiteral("BEGIN");
    QSqlQuery q(m_db.sql());
    if (!q.exec(begin))
        return m_db.sqlError(begin, q);
    m_open = true;
    return {};
}

void ReadSnapshot::end()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT")))
        m_db.rollback();
}

} // namespace ab
