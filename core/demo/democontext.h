#pragma once

#include "deadlines/deadlinecalculator.h"
#include "deadlines/holidaycalendar.h"
#include "democatalog.h"
#include "demotimeline.h"

#include <string_view>
#include <utility>

namespace ab {
class Database;
}

namespace ab::demo {

// The stored tokens of the workspace vocabulary (domain/vocabulary.h), in
// the order the demo indexes them; the schema's CHECK constraints hold the
// same lists.
namespace tokens {
inline constexpr const char *kModalities[] = {"text", "image", "audio", "video"};
inline constexpr const char *kSeverities[] = {"low", "medium", "high", "critical"};
inline constexpr const char *kFlagSources[] = {"filter", "user_report", "inspection", "sampling"};
inline constexpr const char *kChannels[] = {"web",   "app", "phone",
                                            "email", "sms", "regulator_referral"};
inline constexpr const char *kKinds[] = {"illegal_content", "personal_info", "ip_infringement",
                                         "discrimination",  "inaccurate",    "other"};
inline constexpr const char *kRequests[] = {"access", "correct", "delete", "block"};
inline constexpr const char *kComplaintStatuses[] = {"new",       "triaged",   "duplicate",
                                                     "dismissed", "escalated", "resolved"};
} // namespace tokens

enum FlagSource
{
    kFilter = 0,
    kUserReport = 1,
    kInspection = 2,
    kSampling = 3
};
enum ComplaintStatus
{
    kNew = 0,
    kTriaged,
    kDuplicate,
    kDismissed,
    kEscalated,
    kResolved
};
enum ComplaintKind
{
    kIllegal = 0,
    kPersonalInfo,
    kIpInfringement,
    kDiscrimination,
    kInaccurate,
    kOther
};

inline std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// "G000000001", "C000000001": fixed width, so that text order is number
// order up to the largest scale the command line accepts (100,000,000).
struct RowId
{
    char text[11];
    std::string_view view() const { return {text, 10}; }
    static RowId make(char prefix, qint64 number)
    {
        RowId id;
        id.text[0] = prefix;
        for (int i = 9; i >= 1; --i) {
            id.text[i] = char('0' + number % 10);
            number /= 10;
        }
        id.text[10] = '\0';
        return id;
    }
};

// What every part of the demo shares. Built once per run and never copied
// (the calculator refers to the calendar).
struct DemoContext
{
    DemoContext(Database &database, quint64 seedValue, qint64 generationCount, const QDate &today,
                const QTimeZone &zone, HolidayCalendar holidays)
        : db(database), seed(seedValue), generations(generationCount),
          complaints(generationCount / 5), timeline(today, zone, seedValue, generationCount),
          catalog(today, seedValue), calendar(std::move(holidays)), calculator(calendar)
    {}
    DemoContext(const DemoContext &) = delete;
    DemoContext &operator=(const DemoContext &) = delete;

    Database &db;
    quint64 seed;
    qint64 generations;
    qint64 complaints;
    DemoTimeline timeline;
    DemoCatalog catalog;
    DemoPeople people;
    HolidayCalendar calendar;
    DeadlineCalculator calculator;
};

} // namespace ab::demo
