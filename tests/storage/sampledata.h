#pragma once

#include "domain/records.h"
#include "workspace/workspace.h"

namespace ab::test {

// A provider "P1", a model version "M1" and `count` generations G00001… with
// flagged-at one minute apart, written through the repository.
void addSampleGenerations(Workspace &ws, int count);
Generation sampleGeneration(int n);

} // namespace ab::test
