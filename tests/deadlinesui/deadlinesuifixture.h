#pragma once

#include "deadlines/deadlinequery.h"
#include "demo/demogenerator.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QSet>
#include <algorithm>
#include <memory>

namespace ab::test {

// A small demo workspace whose deadlines sit in every status as of kToday.
struct DemoWorkspace
{
    static inline const QDate kToday{2026, 6, 15};
    TempDir dir;
    QString path = dir.path(QStringLiteral("deadlines.auditbench"));
    std::unique_ptr<Workspace> ws;

    DemoWorkspace()
    {
        auto made = Workspace::create(path, QStringLiteral("tester"));
        AB_REQUIRE_OK(made);
        ws = std::move(*made);
        DemoOptions options;
        options.generations = 400;
        options.seed = 7;
        options.today = kToday;
        AB_REQUIRE_OK(DemoGenerator::populate(*ws, options));
    }
};

// Every deadline with the status of the pure rule, read through the
// single-item API and ordered by the list's documented order: open items
// first, then due date, then id.
struct ExpectedRow
{
    DeadlineRecord record;
    DeadlineState state;
};

inline QVector<ExpectedRow> expectedOrder(Workspace &ws, const QDate &asOf)
{
    QVector<ExpectedRow> rows;
    const QTimeZone zone = ws.settings().timeZone();
    AB_REQUIRE_OK(DeadlineQuery::forEach(
        ws.db(), asOf, ws.settings().dueSoonDays, zone,
        [&](const DeadlineRecord &r, DeadlineState) {
            rows.push_back(
                {r, DeadlineStatus::of(r.facts(), asOf, ws.settings().dueSoonDays, zone)});
            return true;
        }));
    std::stable_sort(rows.begin(), rows.end(), [](const ExpectedRow &a, const ExpectedRow &b) {
        const bool ao = DeadlineStatus::isOpen(a.state), bo = DeadlineStatus::isOpen(b.state);
        if (ao != bo)
            return ao;
        if (a.record.due != b.record.due)
            return a.record.due < b.record.due;
        return a.record.id < b.record.id;
    });
    return rows;
}

} // namespace ab::test
