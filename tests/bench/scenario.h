#pragma once

#include "util/result.h"

#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace ab::bench {

struct BenchContext
{
    QString workdir; // kept between scenarios of one run, and between runs when given
    // A server database (postgresql://…) that holds the 1M workspace for the
    // scenarios that can run on a team workspace; empty: the file.
    QString server;
    QString file(const QString &name) const;
};

// What a scenario measured: how many rows (or items) in how many seconds.
// Only the work the scenario is named after is timed, not its set-up.
struct BenchResult
{
    qint64 n = 0;
    double seconds = 0;
};

using ScenarioFunction = Result<BenchResult> (*)(const BenchContext &);

struct Scenario
{
    QString name;
    QString description;
    ScenarioFunction run;
};

// Scenarios register themselves at start-up (see AB_BENCH_SCENARIO), so that
// each feature keeps its own in its own file.
class Registry
{
public:
    static std::vector<Scenario> &all();
    static const Scenario *find(const QString &name);
};

struct Registrar
{
    Registrar(const char *name, const char *description, ScenarioFunction run);
};

// Measures wall time from construction.
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

private:
    QElapsedTimer m_timer;
};

} // namespace ab::bench

// AB_BENCH_SCENARIO(function, "name", "what it measures") { … return BenchResult{n, s}; }
#define AB_BENCH_SCENARIO(function, name, description)                                             \
    static ab::Result<ab::bench::BenchResult> function(const ab::bench::BenchContext &);           \
    static const ab::bench::Registrar function##Registrar(name, description, &function);           \
    static ab::Result<ab::bench::BenchResult> function(                                            \
        [[maybe_unused]] const ab::bench::BenchContext &context)
