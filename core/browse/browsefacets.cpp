#include "browsefacets.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ab {

Result<BrowseFacets> BrowseFacets::load(Database &db)
{
    BrowseFacets f;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Providers without an English name first, as SQLite sorts NULL (the
    // server would sort it last).
    if (!q.exec(QStringLiteral("SELECT id, name, coalesce(nullif(name_en, ''), name) FROM "
                               "providers ORDER BY name_en IS NOT NULL, name_en, id")))
        return db.sqlError(QStringLiteral("providers"), q);
    while (q.next())
        f.providers.push_back(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!q.exec(QStringLiteral("SELECT id, provider_id, name || ' ' || version FROM "
                               "model_versions ORDER BY provider_id, released, id")))
        return db.sqlError(QStringLiteral("model versions"), q);
    while (q.next())
        f.models.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.prepare(QStringLiteral("SELECT id, number, title FROM review_cases ORDER BY opened_at DESC, "
                             "id DESC LIMIT ?"));
    q.addBindValue(kCaseLimit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("cases"), q);
    while (q.next())
        f.cases.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return f;
}

} // namespace ab
