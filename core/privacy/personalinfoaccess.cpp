#include "personalinfoaccess.h"

#include "audit/audittrail.h"
#include "identity/roles.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

Status PersonalInfoAccess::reveal(Workspace &workspace, const QString &itemKind,
                                  const QString &itemId)
{
    Database &db = workspace.db();
    QString table;
    if (itemKind == QLatin1String("generation"))
        table = QStringLiteral("generations");
    else if (itemKind == QLatin1String("complaint"))
        table = QStringLiteral("complaints");
    else
        return Error{QCoreApplication::translate("PersonalInfoAccess", "unknown item kind \"%1\"")
                         .arg(itemKind),
                     {},
                     0,
                     QStringLiteral("item_kind")};
    if (Status s = Roles::requireWriter(
            db, workspace.actor(),
            QCoreApplication::translate("PersonalInfoAccess", "see unmasked personal information"));
        !s)
        return s;
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(itemId);
        if (!q.exec())
            return db.sqlError(QStringLiteral("reveal"), q);
        if (!q.next())
            return Error{QCoreApplication::translate("PersonalInfoAccess", "there is no %1 \"%2\"")
                             .arg(itemKind, itemId),
                         {},
                         0,
                         QStringLiteral("item_id")};
        return AuditTrail::append(db, {workspace.actor(), QStringLiteral("personal_info.revealed"),
                                       itemKind, itemId, QJsonValue::Null,
                                       QJsonObject{{QStringLiteral("revealed"), true}}});
    });
}

} // namespace ab
