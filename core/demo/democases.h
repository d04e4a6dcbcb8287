#pragma once

#include "util/result.h"

namespace ab::demo {

struct DemoContext;
class DemoPlan;

// A few review cases in every status, each built around a cluster of flagged
// output of one model and one risk, with its items, notes, evidence and the
// events of its way through the workflow.
class DemoCases
{
public:
    static qint64 count(qint64 generations);
    static Status write(DemoContext &context, const DemoPlan &plan);
};

} // namespace ab::demo
