#include "reports/pdfcolumnwidths.h"
#include "testsupport.h"

#include <numeric>

using namespace ab;

namespace {

double sum(const QVector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

} // namespace

TEST_CASE("PDF columns follow the report's shares", "[reports][pdf]")
{
    const QVector<double> w = pdfColumnWidths(1000, {10, 30, 60}, {}, {50, 50, 50});
    REQUIRE(w.size() == 3);
    CHECK(w.at(0) == Approx(100));
    CHECK(w.at(1) == Approx(300));
    CHECK(w.at(2) == Approx(600));
}

TEST_CASE("PDF columns never go below what a word needs", "[reports][pdf]")
{
    // The first column's share (50) is below its longest word (150): it gets
    // 150, taken from the others in proportion to their room above theirs.
    const QVector<double> w = pdfColumnWidths(1000, {5, 45, 50}, {}, {150, 50, 100});
    REQUIRE(w.size() == 3);
    CHECK(w.at(0) == Approx(150));
    CHECK(w.at(1) >= 50);
    CHECK(w.at(2) >= 100);
    CHECK(sum(w) == Approx(1000));
    // Room was taken in proportion: 400 and 400 above the minimums.
    CHECK(w.at(1) - 50 == Approx(w.at(2) - 100));
}

TEST_CASE("PDF columns from their texts", "[reports][pdf]")
{
    SECTION("natural widths that fit are widened alike to the whole width")
    {
        const QVector<double> w = pdfColumnWidths(1000, {}, {100, 300}, {50, 50});
        CHECK(w.at(0) == Approx(250));
        CHECK(w.at(1) == Approx(750));
    }
    SECTION("natural widths that do not fit share the room above the minimums")
    {
        const QVector<double> w = pdfColumnWidths(1000, {}, {200, 2000}, {100, 100});
        CHECK(sum(w) == Approx(1000));
        CHECK(w.at(0) >= 100);
        CHECK(w.at(0) < 200);
        CHECK(w.at(1) > w.at(0));
    }
    SECTION("minimums wider than the page are scaled down to it")
    {
        const QVector<double> w = pdfColumnWidths(300, {}, {}, {200, 400});
        CHECK(w.at(0) == Approx(100));
        CHECK(w.at(1) == Approx(200));
    }
    SECTION("nothing known: equal widths")
    {
        const QVector<double> w = pdfColumnWidths(900, {}, {}, {10, 10, 10});
        CHECK(w == QVector<double>{300, 300, 300});
    }
}
