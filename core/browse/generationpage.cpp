#include "generationpage.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ab {

Result<QVector<GenerationRow>> GenerationPages::fetch(Database &db, const GenerationCursor &after,
                                                      int limit)
{
    // The row-value comparison walks the (flagged_at, id) index backwards from
    // the cursor; substr() keeps long prompts out of the page.
    const QString select =
        QStringLiteral(
            "SELECT g.id, g.flagged_at, p.name, m.name || ' ' || m.version, g.risk_category, "
            "g.severity, g.flag_source, g.modality, substr(g.prompt, 1, %1) "
            "FROM generations g "
            "JOIN model_versions m ON m.id = g.model_version_id "
            "JOIN providers p ON p.id = m.provider_id ")
            .arg(kPromptExcerpt);
    const QString order = QStringLiteral(" ORDER BY g.flagged_at DESC, g.id DESC LIMIT ?");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (after.isStart()) {
        q.prepare(select + order);
    } else {
        q.prepare(select + QStringLiteral("WHERE (g.flagged_at, g.id) < (?, ?)") + order);
        q.addBindValue(after.flaggedAt);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("generations page"), q);
    QVector<GenerationRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString().simplified()});
    }
    return rows;
}

} // namespace ab
