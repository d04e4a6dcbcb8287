#pragma once

#include "democontext.h"

#include <QHash>
#include <QSet>
#include <vector>

namespace ab::demo {

// What the demo decides about generation `i`, before any text is written.
struct GenerationMeta
{
    qint64 created = 0; // instants, seconds since the epoch
    qint64 flagged = 0;
    int model = 0;    // index into the catalog's models
    int category = 0; // index into categorySeeds()
    int severity = 0;
    int flagSource = 0;
    int modality = 0;
    bool zh = true;
    bool personalInfo = false;
    int labeled = -1; // -1: not recorded
};

// What the demo decides about complaint `j`.
struct ComplaintMeta
{
    int kind = 0;
    int channel = 0;
    int request = -1; // a personal-information request, or -1
    int status = 0;
    int severity = -1;
    qint64 received = 0;
    qint64 duplicateOf = -1; // complaint index
    qint64 generation = -1;  // the generation it reports, or -1
    qint64 extraGenerations[2] = {-1, -1};
    bool reportsContent = false; // has its own remediation deadline
};

// Every row of the bulk tables as a pure function of (seed, scale, today, row
// number). Nothing is kept per row, so that memory stays flat at any scale,
// and a complaint can look up the generation it reports (or the reverse)
// without either being held in memory.
//
// Complaint j is anchored on generation 5j: when it reports content, that
// generation is the one it reports, flagged by user_report shortly after the
// complaint arrived. Personal-information requests report no content; a
// duplicate points at an earlier complaint and its generation.
class DemoPlan
{
public:
    explicit DemoPlan(const DemoContext &context);

    qint64 generationCreated(qint64 i) const;
    GenerationMeta generation(qint64 i) const;
    ComplaintMeta complaint(qint64 j) const;

private:
    struct ComplaintBasics
    {
        int request = -1;
        bool duplicate = false;
        int kind = 0;
        qint64 received = 0;
        int forcedStatus = -1;
    };
    ComplaintBasics basics(qint64 j) const;
    int categoryForKind(int kind, DemoRandom &rng) const;
    qint64 clampBeforeEnd(qint64 from, qint64 wanted, DemoRandom &rng) const;

    // Rows given a fixed value so that every category, source, kind, channel,
    // status and request occurs even at small scales, spread over the history.
    void placeCoverage(QHash<qint64, int> &forced, qint64 rows, int values, bool generationRows);

    const DemoContext &m_ctx;
    std::vector<int> m_categoryWeights;
    std::vector<std::vector<int>> m_kindCategories; // complaint kind -> category indices
    QSet<qint64> m_taken[2];                        // generation rows, complaint rows
    QHash<qint64, int> m_forcedCategory, m_forcedSource, m_forcedSeverity, m_forcedModality;
    QHash<qint64, int> m_forcedKind, m_forcedChannel, m_forcedStatus, m_forcedRequest;
};

} // namespace ab::demo
