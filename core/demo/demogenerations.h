#pragma once

#include "bulkstatement.h"
#include "demodeadlines.h"
#include "demoplan.h"
#include "demotext.h"

#include <QCryptographicHash>
#include <string>

namespace ab::demo {

// One generation row and its deadline, ready to bind.
struct GenerationRecord
{
    RowId id{};
    std::string_view model;
    UtcText created{};
    UtcText flagged{};
    std::string prompt;
    std::string output;
    const char *modality = nullptr;
    const char *category = nullptr;
    const char *severity = nullptr;
    const char *flagSource = nullptr;
    int labeled = -1;
    char contentHash[64] = {};
    DeadlineRecord deadline;
};

// Builds generation records from the plan: texts, content hash, deadline.
// One builder belongs to one thread.
class GenerationBuilder
{
public:
    GenerationBuilder(const DemoContext &context, const DemoPlan &plan, DeadlinePlanner &deadlines);
    void build(qint64 i, GenerationRecord &record);

private:
    void compose(const GenerationMeta &g, DemoRandom &rng, GenerationRecord &record);

    const DemoContext &m_ctx;
    const DemoPlan &m_plan;
    DeadlinePlanner &m_deadlines;
    DemoText m_text;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

class GenerationWriter
{
public:
    Status prepare(Database &db);
    Status write(const GenerationRecord &record);

private:
    BulkStatement m_insert;
    DeadlineWriter m_deadlines;
};

} // namespace ab::demo
