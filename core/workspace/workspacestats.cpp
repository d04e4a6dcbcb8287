#include "workspacestats.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ab {

Result<WorkspaceCounts> WorkspaceStats::counts(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM generations), (SELECT count(*) FROM complaints), "
            "(SELECT count(*) FROM review_cases WHERE status NOT IN ('closed', 'dismissed'))")) ||
        !q.next())
        return db.sqlError(QStringLiteral("counts"), q);
    return WorkspaceCounts{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toLongLong()};
}

} // namespace ab
