#include "workspaceverifier.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ab {

namespace {

Status integrity(Database &db, bool quick, QStringList &problems)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString pragma = quick ? QStringLiteral("PRAGMA quick_check(20)")
                                 : QStringLiteral("PRAGMA integrity_check(20)");
    if (!q.exec(pragma))
        return db.sqlError(pragma, q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return {};
}

Status guards(Database &db, QStringList &missing)
{
    QSqlQuery q(db.sql());
    for (const QString &name :
         {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")}) {
        // On a server a disabled trigger guards nothing: it counts as missing.
        q.prepare(db.isServer()
                      ? QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgrelid = "
                                       "'audit_log'::regclass AND tgname = ? AND tgenabled <> 'D'")
                      : QStringLiteral(
                            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("audit log guards"), q);
        if (!q.next())
            missing << name;
    }
    return {};
}

} // namespace

Result<WorkspaceCheck> WorkspaceVerifier::run(Database &db, const VerifyOptions &options)
{
    WorkspaceCheck check;
    // A server keeps its own storage sound; SQLite's page check is a file's.
    check.integrityChecked = !db.isServer();
    if (check.integrityChecked) {
        if (Status s = integrity(db, options.quick, check.integrityProblems); !s)
            return s.error();
    }
    if (Status s = guards(db, check.missingGuards); !s)
        return s.error();
    auto chain = AuditTrail::verify(db, options.progress);
    if (!chain)
        return chain.error();
    check.chain = *chain;
    if (!chain->intact) {
        auto row = AuditQuery::entry(db, chain->firstBrokenSeq);
        if (row)
            check.firstBroken = *row;
    }
    if (!options.anchor.isEmpty() && chain->intact && !chain->cancelled) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE hash = ?"));
        q.addBindValue(options.anchor.trimmed().toLower());
        if (!q.exec())
            return db.sqlError(QStringLiteral("audit log"), q);
        if (!q.next())
            check.missingAnchor = options.anchor.trimmed();
    }
    return check;
}

} // namespace ab
