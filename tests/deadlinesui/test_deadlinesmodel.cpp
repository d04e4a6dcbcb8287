// The Deadlines model obeys the item-model contract while it pages, and
// ends up holding the whole filtered list once, in order.
#include "deadlines/deadlinesmodel.h"
#include "deadlines/policycatalog.h"
#include "deadlinesuifixture.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

// Pulls every page, as a view scrolled to the end would.
bool fetchAll(DeadlinesModel &model)
{
    return waitFor([&] {
        if (model.isLoading())
            return false;
        if (model.canFetchMore({})) {
            model.fetchMore({});
            return false;
        }
        return true;
    });
}

} // namespace

TEST_CASE("the deadlines model passes QAbstractItemModelTester while paging and filtering")
{
    DemoWorkspace demo;
    const auto expected = expectedOrder(*demo.ws, DemoWorkspace::kToday);
    REQUIRE(expected.size() > DeadlinesModel::kPageSize); // more than one page

    DeadlinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DeadlineListFilter f;
    f.asOf = DemoWorkspace::kToday;
    f.dueSoonDays = demo.ws->settings().dueSoonDays;
    f.zone = demo.ws->settings().timeZone();
    model.setQuery(demo.path, f);
    REQUIRE(fetchAll(model));
    REQUIRE(model.rowCount() == expected.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, DeadlinesModel::StatusColumn);
        REQUIRE(index.data(DeadlinesModel::DeadlineIdRole).toLongLong() == expected[r].record.id);
        CHECK(index.data(DeadlinesModel::StateRole).toString() ==
              DeadlineStatus::token(expected[r].state));
    }
    // Days left: due minus as-of, shown for open items only.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant days = model.index(r, DeadlinesModel::DaysLeftColumn).data();
        if (DeadlineStatus::isOpen(expected[r].state))
            CHECK(days.toLongLong() == DemoWorkspace::kToday.daysTo(expected[r].record.due));
        else
            CHECK(!days.isValid());
    }
    // The policy by its name, with the stored id as the tooltip.
    const QModelIndex policy = model.index(0, DeadlinesModel::PolicyColumn);
    const auto catalog = PolicyCatalog::load();
    REQUIRE(catalog);
    const auto named = catalog->find(expected[0].record.policyId);
    REQUIRE(named);
    CHECK(policy.data().toString() == named->name(false));
    CHECK(policy.data(Qt::ToolTipRole).toString() == expected[0].record.policyId);

    // A filter change starts over; two quick changes leave only the last one's rows.
    f.state = DeadlineState::Remediated;
    model.setQuery(demo.path, f);
    f.state = DeadlineState::Overdue;
    model.setQuery(demo.path, f);
    REQUIRE(fetchAll(model));
    const auto overdue = std::count_if(expected.begin(), expected.end(), [](const ExpectedRow &r) {
        return r.state == DeadlineState::Overdue;
    });
    CHECK(model.rowCount() == overdue);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, 0).data(DeadlinesModel::StateRole).toString() ==
              QStringLiteral("overdue"));

    model.setQuery({}, f);
    CHECK(model.rowCount() == 0);
}
