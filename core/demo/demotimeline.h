#pragma once

#include <QDate>
#include <QTimeZone>
#include <QVector>
#include <string_view>

namespace ab::demo {

// Text forms the demo stores: "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DD". Written
// by hand rather than through QDateTime::toString, which would cost more than
// inserting the row.
struct UtcText
{
    char text[21];
    std::string_view view() const { return {text, 20}; }
};
struct DateText
{
    char text[11];
    std::string_view view() const { return {text, 10}; }
};
UtcText utcText(qint64 secondsSinceEpoch);
DateText dateText(const QDate &date);

// The demo's history: the local days before `today` in the workspace's zone,
// and how a stream of events spreads over them. Instants are seconds since
// the epoch. Everything happens before today begins, so that states "as of
// today" are settled.
class DemoTimeline
{
public:
    static constexpr int kHistoryDays = 150; // about five months

    // `events`: how many events eventInstant() spreads over the history.
    DemoTimeline(const QDate &today, const QTimeZone &zone, quint64 seed, qint64 events);

    QDate today() const { return m_today; }
    QDate firstDay() const { return m_today.addDays(-kHistoryDays); }
    // The instant today begins; every demo event lies before it.
    qint64 end() const { return midnight(m_today); }

    qint64 midnight(const QDate &day) const;
    QDate localDate(qint64 instant) const;

    // The instant of event `index` of the timeline's events spread over the history
    // with more on weekdays, in the daytime and in recent weeks, plus two
    // incident spikes. Non-decreasing in `index`, so that rows written in
    // index order fill their time indexes almost in order. `jitter` places the
    // event within its share of the day.
    // Safe to call from several threads.
    qint64 eventInstant(qint64 index, quint32 jitter) const;

private:
    void buildDayWeights(quint64 seed, qint64 events);

    QDate m_today;
    QTimeZone m_zone;
    QDate m_tableStart;
    QVector<qint64> m_midnights;  // local midnights from m_tableStart on
    QVector<qint64> m_cumulative; // events before each history day
};

} // namespace ab::demo
