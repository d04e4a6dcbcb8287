#pragma once

#include "lineage/lineageimport.h"
#include "workspace/workspace.h"

namespace ab::test {

// A lineage with two diamonds and a base-model chain:
//
//   D1 ─┬─> D3 ─┐                D6 ─(finetune)─> M1
//   D2 ─┘       ├─> D5 ─(pretrain)─> MB ─base─> M1 ─base─> M2 <─(alignment)─ D7
//   D1 ───> D4 ─┘                 MB ─base─> MX <─ D8      M2 <─(evaluation)─ D9
//
// D2's sample is 6 % flagged (over the threshold), D1's exactly 5 % (not).
// Generations: G1 (M2, no deadline: open), G2 (M2, remediated), G3 (M1,
// open). Complaints: C1 on G1 (new: open), C2 on G3 (resolved).
void buildLineage(Workspace &ws);
LineageBatch lineageBatch();
DatasetNode dataset(const QString &id, const QString &stage, qint64 sampled = -1,
                    qint64 flagged = -1);

} // namespace ab::test
