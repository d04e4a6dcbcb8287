#include "period.h"

#include <QRegularExpression>

namespace ab {

namespace {

// Generous upper bounds: long enough for any real regime, short enough that
// counting working days one by one stays instant and QDate stays valid.
constexpr int kMaxMonths = 1200;
constexpr int kMaxDays = 36600;

} // namespace

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^([1-9][0-9]{0,4})(M|D|WD)$)"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    Period p;
    p.count = m.captured(1).toInt();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("M"))
        p.unit = Unit::Months;
    else if (unit == QLatin1String("WD"))
        p.unit = Unit::WorkingDays;
    else
        p.unit = Unit::Days;
    if (p.count > (p.unit == Unit::Months ? kMaxMonths : kMaxDays))
        return std::nullopt;
    return p;
}

QString Period::toString() const
{
    switch (unit) {
    case Unit::Months:
        return QString::number(count) + QLatin1Char('M');
    case Unit::WorkingDays:
        return QString::number(count) + QStringLiteral("WD");
    case Unit::Days:
        break;
    }
    return QString::number(count) + QLatin1Char('D');
}

} // namespace ab
