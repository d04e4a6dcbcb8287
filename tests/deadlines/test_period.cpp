#include "deadlines/period.h"
#include "testsupport.h"

using ab::Period;

TEST_CASE("Period parses months, days and working days", "[deadlines][period]")
{
    struct Case
    {
        const char *text;
        int count;
        Period::Unit unit;
    };
    const Case cases[] = {
        {"3M", 3, Period::Unit::Months},         {"15D", 15, Period::Unit::Days},
        {"15WD", 15, Period::Unit::WorkingDays}, {"1WD", 1, Period::Unit::WorkingDays},
        {"120M", 120, Period::Unit::Months},     {" 2D ", 2, Period::Unit::Days},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto p = Period::parse(QString::fromLatin1(c.text));
        REQUIRE(p.has_value());
        CHECK(p->count == c.count);
        CHECK(p->unit == c.unit);
        CHECK(p->toString() == QString::fromLatin1(c.text).trimmed());
    }
}

TEST_CASE("Period rejects what is not a period", "[deadlines][period]")
{
    for (const char *bad : {"", "M", "0D", "-3M", "3", "3m", "3 M", "3MD", "1.5M", "D3", "3W",
                            "99999D", "1201M", "15WDX"}) {
        INFO(bad);
        CHECK_FALSE(Period::parse(QString::fromLatin1(bad)).has_value());
    }
}
