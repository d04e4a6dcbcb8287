#include "demoplan.h"

#include "demotext.h"

#include <algorithm>
#include <cstring>

namespace ab::demo {

namespace {

// The categories a complaint of each kind reports (codes of TC260-003).
const char *const kKindCategories[] = {
    "A.1.a A.1.b A.1.c A.1.d A.1.e A.1.f A.1.g A.1.h",
    "A.4.b A.4.e A.4.f",
    "A.3.a A.3.c",
    "A.2.a A.2.b A.2.c A.2.d A.2.e A.2.f A.2.g A.2.h A.2.i",
    "A.5.a A.5.b",
    "A.3.b A.3.d A.3.e A.4.a A.4.c A.4.d A.4.g",
};

// Sources other than user reports, for rows no complaint anchors.
const int kOtherSources[] = {kFilter, kInspection, kSampling};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// The family that translates: its users write English as often as Chinese.
constexpr int kTranslationFamily = 8;

} // namespace

DemoPlan::DemoPlan(const DemoContext &context) : m_ctx(context)
{
    const auto seeds = categorySeeds();
    for (const CategorySeed &c : seeds)
        m_categoryWeights.push_back(c.weight);
    for (const char *list : kKindCategories) {
        std::vector<int> indices;
        const QList<QByteArray> codes = QByteArray(list).split(' ');
        for (const QByteArray &code : codes) {
            for (size_t c = 0; c < seeds.size(); ++c) {
                if (code == seeds[c].code)
                    indices.push_back(int(c));
            }
        }
        m_kindCategories.push_back(indices);
    }
    const qint64 n = m_ctx.generations;
    const qint64 m = m_ctx.complaints;
    placeCoverage(m_forcedCategory, n, int(seeds.size()), true);
    placeCoverage(m_forcedSource, n, 3, true);
    placeCoverage(m_forcedSeverity, n, 4, true);
    placeCoverage(m_forcedModality, n, 4, true);
    placeCoverage(m_forcedRequest, m, 4, false);
    placeCoverage(m_forcedKind, m, 6, false);
    placeCoverage(m_forcedChannel, m, 6, false);
    placeCoverage(m_forcedStatus, m, 6, false);
}

void DemoPlan::placeCoverage(QHash<qint64, int> &forced, qint64 rows, int values,
                             bool generationRows)
{
    QSet<qint64> &taken = m_taken[generationRows ? 0 : 1];
    for (int k = 0; k < values; ++k) {
        qint64 row = qint64(k) * rows / values + 1;
        // Generation rows 5j may be the one complaint j reports; they keep
        // whatever the complaint decides.
        while (row < rows && (taken.contains(row) || (generationRows && row % 5 == 0)))
            ++row;
        if (row >= rows)
            continue;
        taken.insert(row);
        forced.insert(row, k);
    }
}

qint64 DemoPlan::clampBeforeEnd(qint64 from, qint64 wanted, DemoRandom &rng) const
{
    const qint64 last = m_ctx.timeline.end() - kMinute;
    if (wanted < last)
        return wanted;
    // Too late for the history: somewhere between `from` and its end instead.
    return from + rng.below64(std::max<qint64>(1, last - from));
}

qint64 DemoPlan::generationCreated(qint64 i) const
{
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::GenerationTime, quint64(i));
    return m_ctx.timeline.eventInstant(i, quint32(rng.next() >> 32));
}

int DemoPlan::categoryForKind(int kind, DemoRandom &rng) const
{
    const std::vector<int> &candidates = m_kindCategories[kind];
    int weights[16];
    const int count = std::min<int>(int(candidates.size()), 16);
    for (int c = 0; c < count; ++c)
        weights[c] = m_categoryWeights[candidates[c]];
    return candidates[rng.weighted(weights, count)];
}

GenerationMeta DemoPlan::generation(qint64 i) const
{
    GenerationMeta g;
    g.created = generationCreated(i);
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::Generation, quint64(i));
    g.model = m_ctx.catalog.servingModel(m_ctx.timeline.localDate(g.created), rng);
    const DemoFamily &family = m_ctx.catalog.families()[m_ctx.catalog.models()[g.model].family];

    bool reported = false;
    if (i % 5 == 0 && i / 5 < m_ctx.complaints) {
        const ComplaintMeta c = complaint(i / 5);
        if (c.reportsContent && c.generation == i) {
            reported = true;
            g.flagSource = kUserReport;
            g.category = categoryForKind(c.kind, rng);
            // Triage turns the report into a flag within minutes to hours.
            g.flagged =
                clampBeforeEnd(c.received, c.received + 5 * kMinute + rng.below64(4 * kHour), rng);
        }
    }
    if (!reported) {
        const auto source = m_forcedSource.constFind(i);
        g.flagSource = source != m_forcedSource.cend() ? kOtherSources[*source]
                                                       : kOtherSources[rng.weighted({52, 12, 28})];
        const auto category = m_forcedCategory.constFind(i);
        g.category = category != m_forcedCategory.cend()
                         ? *category
                         : rng.weighted(m_categoryWeights.data(), int(m_categoryWeights.size()));
        // The filter acts at once; sampling runs daily or weekly; inspectors
        // come days or weeks later.
        qint64 delay = rng.below64(91);
        if (g.flagSource == kSampling)
            delay = kDay + rng.below64(9 * kDay);
        else if (g.flagSource == kInspection)
            delay = 2 * kDay + rng.below64(28 * kDay);
        g.flagged = clampBeforeEnd(g.created, g.created + delay, rng);
    }

    const CategorySeed &seed = categorySeeds()[g.category];
    const auto severity = m_forcedSeverity.constFind(i);
    g.severity = severity != m_forcedSeverity.cend() ? *severity : rng.weighted(seed.severity, 4);
    const auto modality = m_forcedModality.constFind(i);
    g.modality = modality != m_forcedModality.cend() ? *modality : rng.weighted(family.modality, 4);
    g.zh = rng.chance(m_ctx.catalog.models()[g.model].family == kTranslationFamily ? 500 : 720);
    g.personalInfo = std::strcmp(seed.code, "A.4.e") == 0 || std::strcmp(seed.code, "A.4.f") == 0 ||
                     rng.chance(60);
    // Whether the output carried the AI-generated-content label; media
    // outputs are labelled far more often than text.
    if (g.modality != 0) {
        g.labeled = rng.chance(850) ? 1 : 0;
    } else {
        const int w = rng.weighted({60, 30, 10}); // not recorded, labelled, unlabelled
        g.labeled = w == 0 ? -1 : (w == 1 ? 1 : 0);
    }
    return g;
}

DemoPlan::ComplaintBasics DemoPlan::basics(qint64 j) const
{
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::Complaint, quint64(j));
    const int requestDraw = int(rng.below(1000));
    const int requestType = rng.weighted({3, 2, 4, 2});
    const int duplicateDraw = int(rng.below(1000));
    const int kind = rng.weighted({30, 15, 12, 15, 20, 8});
    const int bucket = rng.weighted({50, 30, 20});

    ComplaintBasics b;
    b.request = requestDraw < 110 ? requestType : -1;
    b.duplicate = b.request < 0 && j > 0 && duplicateDraw < 40;
    b.kind = b.request >= 0 ? kPersonalInfo : kind;
    if (const auto it = m_forcedRequest.constFind(j); it != m_forcedRequest.cend()) {
        b.request = *it;
        b.kind = kPersonalInfo;
        b.duplicate = false;
    }
    if (const auto it = m_forcedKind.constFind(j); it != m_forcedKind.cend()) {
        b.request = -1;
        b.duplicate = false;
        b.kind = *it;
    }
    if (const auto it = m_forcedStatus.constFind(j); it != m_forcedStatus.cend()) {
        b.forcedStatus = *it;
        b.duplicate = *it == kDuplicate && j > 0;
        if (b.duplicate)
            b.request = -1;
    }
    // Users complain minutes to days after they saw the output.
    qint64 delay = 10 * kMinute + rng.below64(110 * kMinute);
    if (bucket == 1)
        delay = 2 * kHour + rng.below64(10 * kHour);
    else if (bucket == 2)
        delay = 12 * kHour + rng.below64(60 * kHour);
    const qint64 anchor = generationCreated(5 * j);
    b.received = clampBeforeEnd(anchor, anchor + delay, rng);
    return b;
}

ComplaintMeta DemoPlan::complaint(qint64 j) const
{
    const ComplaintBasics b = basics(j);
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::ComplaintDetail, quint64(j));
    ComplaintMeta c;
    c.kind = b.kind;
    c.request = b.request;
    c.received = b.received;
    bool duplicate = false;
    if (b.request < 0 && b.duplicate) {
        for (qint64 k = j - 1; k >= 0 && k >= j - 40; --k) {
            const ComplaintBasics original = basics(k);
            if (original.request >= 0 || original.duplicate)
                continue;
            duplicate = true;
            c.duplicateOf = k;
            c.kind = original.kind;
            c.generation = 5 * k;
            const qint64 wanted =
                std::max(b.received, original.received + 10 * kMinute + rng.below64(kDay));
            c.received = clampBeforeEnd(original.received, wanted, rng);
            break;
        }
    }
    if (b.request < 0 && !duplicate) {
        c.reportsContent = true;
        c.generation = 5 * j;
        // Some complaints name further outputs of the same conversation.
        const int more = rng.weighted({800, 150, 50});
        if (more >= 1 && 5 * j >= 4)
            c.extraGenerations[0] = 5 * j - 1 - rng.below64(4);
        if (more >= 2 && 5 * j >= 9)
            c.extraGenerations[1] = 5 * j - 5 - rng.below64(5);
    }

    const auto channel = m_forcedChannel.constFind(j);
    c.channel =
        channel != m_forcedChannel.cend() ? *channel : rng.weighted({30, 35, 10, 10, 5, 10});

    const qint64 ageDays = (m_ctx.timeline.end() - c.received) / kDay;
    if (duplicate) {
        c.status = kDuplicate;
    } else if (b.forcedStatus >= 0 && b.forcedStatus != kDuplicate) {
        c.status = b.forcedStatus;
    } else if (ageDays < 2) {
        c.status = rng.weighted({70, 30}); // new, triaged
    } else if (c.request >= 0) {
        static const int statuses[] = {kNew, kTriaged, kResolved, kDismissed};
        c.status =
            statuses[ageDays < 15 ? rng.weighted({10, 40, 40, 10}) : rng.weighted({1, 5, 85, 10})];
    } else {
        static const int statuses[] = {kNew, kTriaged, kEscalated, kResolved, kDismissed};
        c.status = statuses[ageDays < 14 ? rng.weighted({10, 40, 20, 20, 10})
                                         : rng.weighted({2, 8, 12, 58, 20})];
    }
    if (c.status != kNew)
        c.severity = c.request >= 0 ? rng.weighted({6, 4, 0, 0}) : rng.weighted({3, 5, 3, 1});
    return c;
}

} // namespace ab::demo
