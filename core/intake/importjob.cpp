#include "importjob.h"

#include "deadlines/deadlineservice.h"
#include "importattempt.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab::intake {

namespace {

// An import changes the workspace: an active user who is not an auditor.
Status requireWriter(Workspace &workspace)
{
    QSqlQuery q(workspace.db().sql());
    q.prepare(QStringLiteral("SELECT role, active FROM users WHERE name = ?"));
    q.addBindValue(workspace.actor());
    if (!q.exec())
        return workspace.db().sqlError(QStringLiteral("users"), q);
    if (!q.next() || q.value(1).toInt() == 0)
        return Error{
            QCoreApplication::translate("Intake", "%1 is not an active user of this workspace")
                .arg(workspace.actor()),
            workspace.path(), 0, QStringLiteral("user")};
    if (q.value(0).toString() == QLatin1String("auditor"))
        return Error{QCoreApplication::translate(
                         "Intake",
                         "%1 is an auditor: auditors may read the workspace but not import into it")
                         .arg(workspace.actor()),
                     workspace.path(), 0, QStringLiteral("user")};
    return {};
}

Result<QSet<QByteArray>> riskCodes(Workspace &workspace)
{
    QSqlQuery q(workspace.db().sql());
    if (!q.exec(QStringLiteral("SELECT code FROM risk_categories")))
        return workspace.db().sqlError(QStringLiteral("risk_categories"), q);
    QSet<QByteArray> codes;
    while (q.next())
        codes.insert(q.value(0).toString().toUtf8());
    return codes;
}

} // namespace

ImportCounts ImportReport::totals() const
{
    ImportCounts t;
    for (const FileReport &f : files)
        t += f.counts;
    return t;
}

Result<ImportReport> ImportJob::run(Workspace &workspace, const ImportOptions &options,
                                    const ProgressFn &progress)
{
    if (options.files.isEmpty())
        return Error{QCoreApplication::translate("Intake", "no files to import"), {}, 0, {}};
    if (Status s = requireWriter(workspace); !s)
        return s.error();
    auto codes = riskCodes(workspace);
    if (!codes)
        return codes.error();
    auto service = DeadlineService::create(
        workspace, options.policyFolder.value_or(PolicyCatalog::userFolder()),
        options.calendarFolder.value_or(HolidayCalendar::userFolder()));
    if (!service)
        return service.error();
    const Connection db = Connection::of(workspace.db());
    // The bookkeeping of a large import may not fit in memory: TEMP tables
    // on disk for its duration (the workspace connection keeps them in memory
    // otherwise, see Database::configure). A server's are on disk anyway.
    if (!db.isServer()) {
        if (Status s = execute(db, "PRAGMA temp_store = FILE", workspace.path()); !s)
            return s.error();
    }
    ExclusionStore exclusions;
    ImportReport report;
    Result<ImportAttempt::Ending> ending = ImportAttempt::Ending::RolledBack;
    for (int pass = 1; pass <= ImportAttempt::kMaxPasses; ++pass) {
        report = ImportReport();
        ImportAttempt attempt(
            {workspace, db, options, progress, *codes, *service, exclusions, pass});
        ending = attempt.run(report);
        if (!ending || *ending != ImportAttempt::Ending::Again)
            break;
    }
    if (!db.isServer())
        (void)execute(db, "PRAGMA temp_store = MEMORY", workspace.path());
    if (!ending)
        return ending.error();
    report.cancelled = *ending == ImportAttempt::Ending::Cancelled;
    return report;
}

} // namespace ab::intake
