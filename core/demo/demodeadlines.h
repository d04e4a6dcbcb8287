#pragma once

#include "bulkstatement.h"
#include "deadlines/period.h"
#include "democontext.h"
#include "demotext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ab::demo {

// One reported item that gets a remediation deadline.
struct DeadlineItem
{
    const char *kind = "generation"; // or "complaint"
    RowId itemId{};
    int provider = 0;
    qint64 trigger = 0;   // discovery or report, seconds since the epoch
    int model = 0;        // the model version that produced the content
    RowId generationId{}; // what a re-test runs again
    quint64 index = 0;    // distinct per item: its random stream
};

// A re-test recorded on a generation's deadline, as a complaint that links
// the generation sees it.
struct RetestOutcome
{
    qint64 tested = 0;
    bool reproduced = false;
    QDate released; // of the model version re-tested
};

// The due dates of one trigger day, in stored form.
struct DeadlineDues
{
    DateText trigger;
    DateText nominal;
    DateText due;
    DateText containment;
    DateText responseDue; // complaint feedback limit, 15 working days
    QDate dueDate;
    bool complete = false;
    bool containmentComplete = false;
    qint64 dueEnd = 0; // 24:00 local of the due day
};

// Everything one deadline row (with its extension and re-test) holds, ready
// to bind. Views point into the catalog and the people, which outlive it.
struct DeadlineRecord
{
    const char *kind = "generation";
    RowId itemId{};
    std::string_view provider;
    UtcText triggerAt{};
    const DeadlineDues *dues = nullptr;
    const char *verification = "none";
    bool contained = false;
    UtcText containedAt{};
    std::string action;
    std::string_view containedBy;
    bool remediated = false;
    UtcText remediatedAt{};
    std::string note;
    std::string_view remediatedBy;
    bool extended = false;
    UtcText requestedAt{};
    std::string_view requestedBy;
    std::string_view approvedBy;
    DateText newDue{};
    bool retest = false;
    RowId retestGeneration{};
    UtcText testedAt{};
    std::string_view retestModel;
    bool reproduced = false;
    std::string_view recordedBy;
};

// Decides the course of each deadline (policy cac-2023-draft, period 3M,
// containment 1WD) so that, as of today, there are items on track, due soon,
// overdue, remediated (some late), verified and failed verification. Due
// dates are computed once per history day, up front, so that planning reads
// shared state only and can run on a worker thread.
//
// Re-tests are recorded on generation deadlines only. A complaint's
// verification is derived from the re-tests of the generations it links, by
// the rule the deadline engine applies (the newest re-test that counts
// decides), so that the stored column agrees with a recomputation.
class DeadlinePlanner
{
public:
    explicit DeadlinePlanner(const DemoContext &context);

    // `linked` is given for complaints: the re-tests of their generations.
    void plan(const DeadlineItem &item, const std::vector<RetestOutcome> *linked,
              DeadlineRecord &record);
    // The re-test plan() records for a generation item, if any.
    std::optional<RetestOutcome> retestOf(const DeadlineItem &generation) const;
    const DeadlineDues &dues(qint64 trigger) const;

private:
    // What happened to one item; decided from its own random stream only.
    struct Course
    {
        qint64 contained = -1;
        qint64 remediated = -1;
        int retestModel = -1;
        qint64 tested = 0;
        bool reproduced = false;
        bool extended = false;
        qint64 requested = 0;
    };
    Course decide(const DeadlineItem &item, const DeadlineDues &d, DemoRandom &rng) const;
    qint64 remediation(const DeadlineDues &d, const DeadlineItem &item, qint64 contained,
                       DemoRandom &rng) const;
    static const char *verificationFrom(const std::vector<RetestOutcome> &linked,
                                        const QDate &triggerDate, qint64 &newest);

    const DemoContext &m_ctx;
    QDate m_first;
    std::vector<DeadlineDues> m_dues; // by day from m_first
    DemoText m_text;
};

// Writes deadline records.
class DeadlineWriter
{
public:
    Status prepare(Database &db);
    Status write(const DeadlineRecord &record);

private:
    BulkStatement m_insert;
    BulkStatement m_extension;
    BulkStatement m_retest;
};

} // namespace ab::demo
