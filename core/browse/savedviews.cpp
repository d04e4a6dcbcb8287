#include "savedviews.h"

#include "audit/audittrail.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ab {

namespace {

SavedView fromRow(const QSqlQuery &q)
{
    SavedView v;
    v.id = q.value(0).toLongLong();
    v.list = listFromToken(q.value(1).toString()).value_or(ListKind::Generations);
    v.name = q.value(2).toString();
    const QJsonObject d = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    v.filter = BrowseFilter::fromJson(d.value(QLatin1String("filter")).toObject());
    v.sort = BrowseSort::fromJson(d.value(QLatin1String("sort")).toObject());
    for (const QJsonValue &c : d.value(QLatin1String("columns")).toArray())
        v.columns.push_back(c.toString());
    v.createdBy = q.value(4).toString();
    v.updatedAt = q.value(5).toString();
    return v;
}

} // namespace

QJsonObject SavedView::definition() const
{
    return {{QStringLiteral("filter"), filter.toJson()},
            {QStringLiteral("sort"), sort.toJson()},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
}

Result<QVector<SavedView>> SavedViews::list(Database &db, ListKind list)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, list, name, definition, created_by, updated_at FROM "
                             "saved_views WHERE list = ? ORDER BY name"));
    q.addBindValue(listToken(list));
    if (!q.exec())
        return db.sqlError(QStringLiteral("saved views"), q);
    QVector<SavedView> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

Result<SavedView> SavedViews::save(Workspace &workspace, SavedView view)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return Error{QCoreApplication::translate("SavedViews", "a saved view needs a name"),
                     {},
                     0,
                     QStringLiteral("name")};
    Database &db = workspace.db();
    view.createdBy = workspace.actor();
    view.updatedAt = time::toStored(QDateTime::currentDateTimeUtc());
    const QString definition =
        QString::fromUtf8(QJsonDocument(view.definition()).toJson(QJsonDocument::Compact));
    Status s = db.transaction([&]() -> Status {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id, list, name, definition, created_by, updated_at FROM "
                                 "saved_views WHERE list = ? AND name = ?"));
        q.addBindValue(listToken(view.list));
        q.addBindValue(view.name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("saved view"), q);
        QJsonValue before;
        if (q.next()) {
            const SavedView old = fromRow(q);
            view.id = old.id;
            before = old.definition();
        }
        q.prepare(QStringLiteral(
            "INSERT INTO saved_views (list, name, definition, created_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (list, name) DO UPDATE SET "
            "definition = excluded.definition, updated_at = excluded.updated_at RETURNING id"));
        q.addBindValue(listToken(view.list));
        q.addBindValue(view.name);
        q.addBindValue(definition);
        q.addBindValue(view.createdBy);
        q.addBindValue(view.updatedAt);
        if (!q.exec())
            return db.sqlError(QStringLiteral("saved view"), q);
        // RETURNING rather than lastInsertId(), which the server's driver
        // answers with lastval(): the last value of whichever sequence this
        // session drew from last.
        if (q.next())
            view.id = q.value(0).toLongLong();
        q.finish();
        return AuditTrail::append(db,
                                  AuditEntry{workspace.actor(), QStringLiteral("view.saved"),
                                             QStringLiteral("saved_view"),
                                             listToken(view.list) + QLatin1Char('/') + view.name,
                                             before, view.definition()});
    });
    if (!s)
        return s.error();
    return view;
}

Status SavedViews::remove(Workspace &workspace, qint64 id)
{
    Database &db = workspace.db();
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id, list, name, definition, created_by, updated_at FROM "
                                 "saved_views WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("saved view"), q);
        if (!q.next())
            return Error{
                QCoreApplication::translate("SavedViews", "the saved view no longer exists"),
                {},
                0,
                QStringLiteral("view")};
        const SavedView old = fromRow(q);
        q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("saved view"), q);
        return AuditTrail::append(db, AuditEntry{workspace.actor(), QStringLiteral("view.deleted"),
                                                 QStringLiteral("saved_view"),
                                                 listToken(old.list) + QLatin1Char('/') + old.name,
                                                 old.definition(), QJsonValue()});
    });
}

} // namespace ab
