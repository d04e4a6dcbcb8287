#pragma once

#include <QString>
#include <optional>

namespace ab {

// A period as policies write it: "3M" (months), "15D" (calendar days),
// "15WD" (working days after the trigger day).
struct Period
{
    enum class Unit
    {
        Months,
        Days,
        WorkingDays
    };
    int count = 0;
    Unit unit = Unit::Days;

    static std::optional<Period> parse(const QString &text);
    QString toString() const;
    bool operator==(const Period &) const = default;
};

} // namespace ab
