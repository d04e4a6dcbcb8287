#pragma once

#include "util/result.h"

#include <QDate>
#include <functional>

namespace ab {

class Workspace;

struct DemoOptions
{
    qint64 generations = 20000; // "scale": flagged generations; complaints are a fifth of that
    quint64 seed = 20230411;    // the same seed, scale and `today` give byte-identical content
    QDate today;                // deadlines are placed relative to this day (default: today)
};

// Fills an empty workspace with a believable, deterministic bilingual demo:
// providers, model versions with lineage, datasets of every stage and source
// type, generations across all 31 TC260 risks and every flag source,
// complaints of every kind and channel, cases, and deadlines in every state.
// Everything is written in one transaction with one audit entry.
class DemoGenerator
{
public:
    // `progress` (optional) is called with 0..100 now and then.
    static Status populate(Workspace &workspace, const DemoOptions &options,
                           const std::function<void(int)> &progress = {});
};

} // namespace ab
