// auditbench-cli verify (--db PATH | --server URL) [--quick] [--anchor HASH]
#include "audit/workspaceverifier.h"
#include "clicommand.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace ab::cli {

namespace {

void printEntry(const AuditRow &row)
{
    out() << QCoreApplication::translate("cli", "  seq %1 at %2 by %3: %4 %5 %6")
                 .arg(row.seq)
                 .arg(row.at, row.actor, row.action, row.entityKind, row.entityId)
          << Qt::endl;
    out() << QCoreApplication::translate("cli", "  before: %1")
                 .arg(row.beforeJson.isEmpty() ? QStringLiteral("-") : row.beforeJson)
          << Qt::endl;
    out() << QCoreApplication::translate("cli", "  after: %1")
                 .arg(row.afterJson.isEmpty() ? QStringLiteral("-") : row.afterJson)
          << Qt::endl;
    out() << QCoreApplication::translate("cli", "  prev_hash %1").arg(row.prevHash) << Qt::endl;
    out() << QCoreApplication::translate("cli", "  hash %1").arg(row.hash) << Qt::endl;
}

void report(const WorkspaceCheck &check)
{
    if (!check.storageChecked) {
        out() << QCoreApplication::translate("cli",
                                             "Storage integrity: the server's to check (a team "
                                             "workspace)")
              << Qt::endl;
    } else if (check.integrityProblems.isEmpty()) {
        out() << QCoreApplication::translate("cli", "SQLite integrity: ok") << Qt::endl;
    } else {
        out() << QCoreApplication::translate("cli", "SQLite integrity: DAMAGED") << Qt::endl;
        for (const QString &line : check.integrityProblems)
            out() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (check.missingGuards.isEmpty())
        out() << QCoreApplication::translate("cli", "Append-only guards: present") << Qt::endl;
    else
        out() << QCoreApplication::translate(
                     "cli",
                     "Append-only guards: MISSING (%1): the audit log was opened for editing")
                     .arg(check.missingGuards.join(QStringLiteral(", ")))
              << Qt::endl;
    const ChainReport &chain = check.chain;
    if (chain.intact) {
        out() << QCoreApplication::translate("cli", "Audit chain: intact, %1 entries, head %2")
                     .arg(chain.entries)
                     .arg(chain.headHash)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("cli", "Audit chain: BROKEN at entry %1: %2")
                     .arg(chain.firstBrokenSeq)
                     .arg(chain.problem)
              << Qt::endl;
        if (check.firstBroken)
            printEntry(*check.firstBroken);
    }
    if (!check.missingAnchor.isEmpty())
        out() << QCoreApplication::translate(
                     "cli", "Anchor %1: NOT FOUND: the log was rewritten or truncated up to it")
                     .arg(check.missingAnchor)
              << Qt::endl;
}

} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Check a workspace: SQLite's integrity check (files only), the append-only guards "
               "of the audit log, and its hash chain. Exits with 1 when anything is wrong."));
    addWorkspaceOptions(parser);
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QCoreApplication::translate("cli", "Run SQLite's quicker quick_check instead of the full "
                                           "integrity_check."));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        QCoreApplication::translate(
            "cli", "A hash printed by an earlier verify: it must still be in the chain."),
        QStringLiteral("HASH"));
    parser.addOptions({quick, anchor});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;
    const std::optional<QString> location = workspaceLocation(parser, "verify", code);
    if (!location)
        return code;
    const QString &path = *location;
    auto db = Database::open(path);
    if (!db)
        return fail(db.error());
    VerifyOptions options;
    options.quick = parser.isSet(quick);
    options.anchor = parser.value(anchor);
    auto check = WorkspaceVerifier::run(**db, options);
    if (!check)
        return fail(check.error());
    report(*check);
    out().flush();
    if (!check->ok()) {
        err() << "auditbench-cli: "
              << QCoreApplication::translate("cli", "%1 failed verification").arg(path) << Qt::endl;
        return kFailed;
    }
    return kOk;
}

} // namespace ab::cli
