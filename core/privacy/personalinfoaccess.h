#pragma once

#include "util/result.h"

#include <QString>

namespace ab {

class Workspace;

// Lists and detail panes show personal information masked (PiiMasker). Seeing
// an item's original text is itself a recorded act: who saw which item's
// personal data, and when, goes to the audit log. Auditors read everything
// else but never this.
class PersonalInfoAccess
{
public:
    // `itemKind` is "generation" or "complaint". Refuses an auditor, an
    // unknown or inactive user, and an item that does not exist; otherwise
    // appends a "personal_info.revealed" entry in its own transaction.
    static Status reveal(Workspace &workspace, const QString &itemKind, const QString &itemId);
};

} // namespace ab
