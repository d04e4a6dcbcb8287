#include "demotimeline.h"

#include "demorandom.h"

#include <QDateTime>
#include <algorithm>

namespace ab::demo {

namespace {

// Relative activity per local hour: quiet at night, peaks late morning,
// mid-afternoon and in the evening.
constexpr qint64 kHourWeights[24] = {30, 18, 10, 6,  5,  6,  12, 25, 45, 70, 85, 88,
                                     70, 68, 80, 86, 84, 75, 62, 70, 85, 92, 80, 55};

// Days before firstDay() and after today() with a precomputed midnight: enough
// for every date the demo compares against (collection periods, releases, due
// dates with extensions).
constexpr int kTableBefore = 1200;
constexpr int kTableAfter = 400;

// Howard Hinnant's civil-from-days.
void civil(qint64 days, int &y, int &m, int &d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

void digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

UtcText utcText(qint64 seconds)
{
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civil(days, y, m, d);
    UtcText t;
    digits(t.text, y, 4);
    t.text[4] = '-';
    digits(t.text + 5, m, 2);
    t.text[7] = '-';
    digits(t.text + 8, d, 2);
    t.text[10] = 'T';
    digits(t.text + 11, int(rest / 3600), 2);
    t.text[13] = ':';
    digits(t.text + 14, int(rest / 60 % 60), 2);
    t.text[16] = ':';
    digits(t.text + 17, int(rest % 60), 2);
    t.text[19] = 'Z';
    t.text[20] = '\0';
    return t;
}

DateText dateText(const QDate &date)
{
    DateText t;
    digits(t.text, date.year(), 4);
    t.text[4] = '-';
    digits(t.text + 5, date.month(), 2);
    t.text[7] = '-';
    digits(t.text + 8, date.day(), 2);
    t.text[10] = '\0';
    return t;
}

DemoTimeline::DemoTimeline(const QDate &today, const QTimeZone &zone, quint64 seed, qint64 events)
    : m_today(today), m_zone(zone), m_tableStart(firstDay().addDays(-kTableBefore))
{
    const int days = kTableBefore + kHistoryDays + kTableAfter + 1;
    m_midnights.reserve(days);
    for (int i = 0; i < days; ++i)
        m_midnights.push_back(
            QDateTime(m_tableStart.addDays(i), QTime(0, 0), m_zone).toSecsSinceEpoch());
    buildDayWeights(seed, events);
}

void DemoTimeline::buildDayWeights(quint64 seed, qint64 events)
{
    DemoRandom rng = itemRandom(seed, Stream::Timeline, 0);
    // Two incident days (a jailbreak prompt going round, a news event) with a
    // burst of flagged output.
    const int spikeA = rng.between(20, 70);
    const int spikeB = rng.between(90, kHistoryDays - 10);
    QVector<qint64> weights(kHistoryDays);
    qint64 total = 0;
    for (int d = 0; d < kHistoryDays; ++d) {
        const int weekday = firstDay().addDays(d).dayOfWeek();
        qint64 w = weekday == Qt::Saturday ? 720 : weekday == Qt::Sunday ? 650 : 1000;
        w = w * (700 + 600 * d / kHistoryDays) / 1000; // usage grows over the months
        if (d == spikeA)
            w = w * 5 / 2;
        if (d == spikeB)
            w = w * 9 / 5;
        weights[d] = w;
        total += w;
    }
    m_cumulative.resize(kHistoryDays + 1);
    qint64 running = 0;
    for (int d = 0; d <= kHistoryDays; ++d) {
        m_cumulative[d] = events * running / total;
        if (d < kHistoryDays)
            running += weights[d];
    }
}

qint64 DemoTimeline::midnight(const QDate &day) const
{
    const qint64 i = m_tableStart.daysTo(day);
    if (i >= 0 && i < m_midnights.size())
        return m_midnights[i];
    return QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

QDate DemoTimeline::localDate(qint64 instant) const
{
    if (instant >= m_midnights.front() && instant < m_midnights.back()) {
        const auto it = std::upper_bound(m_midnights.cbegin(), m_midnights.cend(), instant);
        return m_tableStart.addDays((it - m_midnights.cbegin()) - 1);
    }
    return QDateTime::fromSecsSinceEpoch(instant, m_zone).date();
}

qint64 DemoTimeline::eventInstant(qint64 index, quint32 jitter) const
{
    const QVector<qint64> &cum = m_cumulative;
    const auto it = std::upper_bound(cum.cbegin(), cum.cend(), index);
    const int day = std::clamp(int(it - cum.cbegin()) - 1, 0, kHistoryDays - 1);
    const qint64 inDay = std::max<qint64>(1, cum[day + 1] - cum[day]);
    // Position within the day as a 32-bit fraction, then through the hourly
    // profile; integer arithmetic only, so every platform gives the same second.
    const qint64 fraction = (((index - cum[day]) << 32) | jitter) / inDay;
    qint64 hourTotal = 0;
    for (qint64 w : kHourWeights)
        hourTotal += w;
    const qint64 target = fraction * hourTotal;
    qint64 below = 0;
    int hour = 0;
    while (hour < 23 && target >= (below + kHourWeights[hour]) << 32) {
        below += kHourWeights[hour];
        ++hour;
    }
    const qint64 within = ((target - (below << 32)) * 3600) / (kHourWeights[hour] << 32);
    qint64 second = qint64(hour) * 3600 + std::min<qint64>(within, 3599);
    const QDate date = firstDay().addDays(day);
    const qint64 start = midnight(date);
    const qint64 length = midnight(date.addDays(1)) - start;
    if (length != 86400) // a day with a clock change
        second = second * length / 86400;
    return start + second;
}

} // namespace ab::demo
