#pragma once

#include "bulkstatement.h"
#include "demodeadlines.h"
#include "demoplan.h"
#include "demotext.h"

#include <string>

namespace ab::demo {

// One complaint row with its links and deadline, ready to bind.
struct ComplaintRecord
{
    RowId id{};
    UtcText received{};
    const char *channel = nullptr;
    const char *kind = nullptr;
    const char *request = nullptr; // null: not a personal-information request
    const char *status = nullptr;
    const char *severity = nullptr; // null: not yet assessed
    std::string text;
    std::string contact;
    bool duplicate = false;
    RowId duplicateOf{};
    DateText responseDue{};
    bool answered = false;
    UtcText respondedAt{};
    std::string resolution;
    RowId links[3]{};
    int linkCount = 0;
    bool hasDeadline = false;
    DeadlineRecord deadline;
};

// Builds complaint records from the plan. One builder belongs to one thread.
class ComplaintBuilder
{
public:
    ComplaintBuilder(const DemoContext &context, const DemoPlan &plan, DeadlinePlanner &deadlines);
    void build(qint64 j, ComplaintRecord &record);

private:
    void contact(int channel, qint64 received, DemoRandom &rng, std::string &out);

    const DemoContext &m_ctx;
    const DemoPlan &m_plan;
    DeadlinePlanner &m_deadlines;
    DemoText m_text;
    std::string m_model;
    std::vector<RetestOutcome> m_retests;
};

class ComplaintWriter
{
public:
    Status prepare(Database &db);
    Status write(const ComplaintRecord &record);

private:
    BulkStatement m_insert;
    BulkStatement m_link;
    DeadlineWriter m_deadlines;
};

} // namespace ab::demo
