#pragma once

#include "audit/auditquery.h"
#include "audit/audittrail.h"
#include "util/result.h"

#include <QStringList>
#include <optional>

namespace ab {

class Database;

// What `auditbench-cli verify` and the Audit log's Verify button report.
struct WorkspaceCheck
{
    QStringList integrityProblems; // from PRAGMA integrity_check; empty when sound
    bool integrityChecked = true;  // false on a server, which has no such check
    QStringList missingGuards;     // append-only triggers that were dropped
    ChainReport chain;
    std::optional<AuditRow> firstBroken; // the entry where the chain breaks
    // An anchor (a hash recorded earlier) that was asked for and not found.
    QString missingAnchor;

    bool ok() const
    {
        return integrityProblems.isEmpty() && missingGuards.isEmpty() && chain.intact &&
               !chain.cancelled && missingAnchor.isEmpty();
    }
};

struct VerifyOptions
{
    bool quick = false; // PRAGMA quick_check instead of the full integrity_check
    // A hash of an entry recorded earlier (printed by an earlier verify, or
    // kept in a report): an intact chain that still holds it proves that
    // nothing up to that entry was rewritten, which a chain alone cannot
    // prove against someone who recomputes every hash after an edit.
    QString anchor;
    AuditTrail::Progress progress;
};

// Checks a workspace: SQLite's own integrity check (a file's only), the
// append-only guards on the audit log, and the hash chain.
class WorkspaceVerifier
{
public:
    static Result<WorkspaceCheck> run(Database &db, const VerifyOptions &options = {});
};

} // namespace ab
