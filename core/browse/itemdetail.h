#pragma once

#include "browse/browsequery.h"
#include "domain/records.h"
#include "util/result.h"

#include <QJsonObject>
#include <QVector>
#include <optional>

namespace ab {

class Database;

// A generation or complaint linked to the item shown.
struct LinkedItem
{
    QString id;
    QString at;      // flagged at / received at, stored UTC
    QString label;   // risk category / complaint kind token
    QString status;  // severity / complaint status token
    QString excerpt; // the first characters of the prompt / complaint text
};

struct CaseRef
{
    qint64 id = 0;
    QString number;
    QString title;
    QString status;
};

// The deadline of an item as the detail pane shows it.
struct DeadlineSummary
{
    QString due;   // 'YYYY-MM-DD'
    QString state; // DeadlineStatus token
    QString policyId;
    QString period;
    QString containmentDue;
    QString remediatedAt;
    qint64 daysLeft = 0;
    // False when the due date was counted across a year with no holiday
    // calendar (weekends only): shown with a mark.
    bool calendarComplete = true;
};

struct GenerationDetail
{
    Generation generation;
    QString providerId;
    QString providerName;
    QString providerNameEn;
    QString modelName;
    QString modelVersion;
    QString modelReleased;
    QString modelFilingNo;
    QString categoryParent;
    QString categoryNameZh;
    QString categoryNameEn;
    QVector<LinkedItem> complaints;
    std::optional<DeadlineSummary> deadline;
    QVector<CaseRef> cases;

    // Everything above, for "Copy as JSON".
    QJsonObject toJson() const;
    // The same with personal information masked in the prompt, the output
    // and the linked complaints' excerpts (PiiMasker).
    GenerationDetail masked() const;
    // Whether masked() differs: there is something to reveal.
    bool holdsPersonalInfo() const;
};

struct ComplaintDetail
{
    Complaint complaint; // contact included: the pane masks it, JSON leaves it out
    QString severity;
    QString duplicateOf;
    QString responseDue;
    QString respondedAt;
    QString resolution;
    QVector<LinkedItem> generations;
    std::optional<DeadlineSummary> deadline;
    QVector<CaseRef> cases;

    // Everything but the complainant's contact, which is personal information.
    QJsonObject toJson() const;
    // The same with personal information masked in the text, the contact
    // and the linked generations' excerpts (PiiMasker).
    ComplaintDetail masked() const;
    bool holdsPersonalInfo() const;
};

// The full record behind one row of a list, with what it is linked to. A
// handful of indexed lookups: cheap enough for the UI thread.
class ItemDetails
{
public:
    static Result<std::optional<GenerationDetail>> generation(Database &db, const QString &id,
                                                              const BrowseContext &context);
    static Result<std::optional<ComplaintDetail>> complaint(Database &db, const QString &id,
                                                            const BrowseContext &context);
};

} // namespace ab
