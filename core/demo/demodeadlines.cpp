#include "demodeadlines.h"

#include <algorithm>

namespace ab::demo {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

const char *const kPolicy = "cac-2023-draft";
const char *const kPeriod = "3M";
const char *const kContainmentPolicy = "containment";

const char *const kVerifiedNote = "新版本复测未复现 / not reproduced on the new version";
const char *const kFailedNote = "新版本复测仍可生成同类内容 / still reproduced on the new version";
const char *const kExtensionReason =
    "整改需重新训练并完成安全评估，申请延期一个月 / remediation needs retraining and a safety "
    "assessment; one month's extension requested";

// Trigger days the planner prepares beyond the history, as a margin.
constexpr int kMarginDays = 3;

} // namespace

DeadlinePlanner::DeadlinePlanner(const DemoContext &context)
    : m_ctx(context), m_first(context.timeline.firstDay().addDays(-kMarginDays))
{
    const Period remediation = *Period::parse(QString::fromLatin1(kPeriod));
    const Period containment = *Period::parse(QStringLiteral("1WD"));
    const Period feedback = *Period::parse(QStringLiteral("15WD"));
    const int days = DemoTimeline::kHistoryDays + 2 * kMarginDays;
    m_dues.reserve(days);
    for (int i = 0; i < days; ++i) {
        const QDate day = m_first.addDays(i);
        const DueDate due = m_ctx.calculator.compute(day, remediation);
        const DueDate contain = m_ctx.calculator.compute(day, containment);
        DeadlineDues d;
        d.trigger = dateText(day);
        d.nominal = dateText(due.nominalDue);
        d.due = dateText(due.due);
        d.containment = dateText(contain.due);
        d.responseDue = dateText(m_ctx.calculator.compute(day, feedback).due);
        d.dueDate = due.due;
        d.complete = due.calendarComplete;
        d.containmentComplete = contain.calendarComplete;
        d.dueEnd = m_ctx.timeline.midnight(due.due.addDays(1));
        m_dues.push_back(d);
    }
}

const DeadlineDues &DeadlinePlanner::dues(qint64 trigger) const
{
    const qint64 i = m_first.daysTo(m_ctx.timeline.localDate(trigger));
    return m_dues[size_t(std::clamp<qint64>(i, 0, qint64(m_dues.size()) - 1))];
}

qint64 DeadlinePlanner::remediation(const DeadlineDues &d, const DeadlineItem &item,
                                    qint64 contained, DemoRandom &rng) const
{
    const QDate today = m_ctx.timeline.today();
    const qint64 end = m_ctx.timeline.end();
    const qint64 daysToDue = today.daysTo(d.dueDate);
    const qint64 age = m_ctx.timeline.localDate(item.trigger).daysTo(today);
    // Most items whose period has run out were dealt with; fewer of those
    // still running, and the fresh ones least of all.
    const int chance = daysToDue < 0     ? 820
                       : daysToDue <= 14 ? 450
                                         : int(60 + std::min<qint64>(300, 300 * age / 77));
    if (!rng.chance(chance))
        return -1;
    const qint64 from = std::max(item.trigger, contained) + 6 * kHour;
    if (daysToDue < 0 && rng.chance(120)) { // remediated, but after the due day
        const qint64 lateFrom = std::max(from, d.dueEnd);
        if (lateFrom < end - kHour)
            return rng.between64(lateFrom, end - kHour);
    }
    const qint64 until = std::min(d.dueEnd - kMinute, end - kHour);
    return from < until ? rng.between64(from, until) : -1;
}

DeadlinePlanner::Course DeadlinePlanner::decide(const DeadlineItem &item, const DeadlineDues &d,
                                                DemoRandom &rng) const
{
    const qint64 end = m_ctx.timeline.end();
    const QDate today = m_ctx.timeline.today();
    Course c;
    // Containment: filter, stop, remove; mostly within hours, sometimes late.
    if (rng.chance(930)) {
        const int bucket = rng.weighted({70, 20, 10});
        const qint64 delay = bucket == 0   ? 30 * kMinute + rng.below64(330 * kMinute)
                             : bucket == 1 ? 6 * kHour + rng.below64(24 * kHour)
                                           : 30 * kHour + rng.below64(90 * kHour);
        if (item.trigger + delay < end - kMinute)
            c.contained = item.trigger + delay;
    }
    c.remediated = remediation(d, item, c.contained, rng);

    // Verification: a re-test on a version released after the discovery.
    if (c.remediated >= 0) {
        const int later = m_ctx.catalog.laterVersion(
            item.model, m_ctx.timeline.localDate(item.trigger), today.addDays(-1));
        if (later >= 0) {
            const qint64 released =
                m_ctx.timeline.midnight(m_ctx.catalog.models()[later].released) + 10 * kHour;
            const qint64 tested = std::max(c.remediated, released) + kHour + rng.below64(6 * kDay);
            if (tested < end - kMinute && rng.chance(800)) {
                c.retestModel = later;
                c.tested = tested;
                c.reproduced = rng.chance(140);
            }
        }
    }

    // A few open items near their due day got a month's extension.
    const qint64 daysToDue = today.daysTo(d.dueDate);
    c.extended = c.remediated < 0 && daysToDue >= -7 && daysToDue <= 20 && rng.chance(40);
    if (c.extended)
        c.requested =
            std::min(item.trigger + (d.dueEnd - item.trigger) * 7 / 10 + rng.below64(kDay),
                     end - kHour - rng.below64(kDay));
    return c;
}

const char *DeadlinePlanner::verificationFrom(const std::vector<RetestOutcome> &linked,
                                              const QDate &triggerDate, qint64 &newest)
{
    // The deadline engine's rule: a reproduced re-test always counts; one that
    // did not reproduce counts only on a version released after the discovery.
    const RetestOutcome *decisive = nullptr;
    for (const RetestOutcome &r : linked) {
        if (!r.reproduced && r.released <= triggerDate)
            continue;
        if (!decisive || r.tested > decisive->tested)
            decisive = &r;
    }
    if (!decisive)
        return "none";
    newest = decisive->tested;
    return decisive->reproduced ? "failed" : "verified";
}

std::optional<RetestOutcome> DeadlinePlanner::retestOf(const DeadlineItem &generation) const
{
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::Deadline, generation.index);
    const Course c = decide(generation, dues(generation.trigger), rng);
    if (c.retestModel < 0)
        return std::nullopt;
    return RetestOutcome{c.tested, c.reproduced, m_ctx.catalog.models()[c.retestModel].released};
}

void DeadlinePlanner::plan(const DeadlineItem &item, const std::vector<RetestOutcome> *linked,
                           DeadlineRecord &r)
{
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::Deadline, item.index);
    const DeadlineDues &d = dues(item.trigger);
    Course c = decide(item, d, rng);

    r.verification = c.retestModel < 0 ? "none" : c.reproduced ? "failed" : "verified";
    if (linked) {
        qint64 newest = 0;
        r.verification = verificationFrom(*linked, m_ctx.timeline.localDate(item.trigger), newest);
        c.retestModel = -1; // recorded on the generations' own deadlines
        if (newest > 0 && (c.remediated < 0 || c.remediated > newest)) {
            // A fix verified on the reported output fixed the complaint too.
            c.remediated = std::max(item.trigger + kHour, newest - 2 * kHour);
            c.extended = false;
        }
    }

    r.kind = item.kind;
    r.itemId = item.itemId;
    r.provider = view(m_ctx.catalog.providers()[item.provider].id);
    r.triggerAt = utcText(item.trigger);
    r.dues = &d;
    r.action.clear();
    r.note.clear();
    m_text.beginRow(rng.chance(700));
    r.contained = c.contained >= 0;
    if (r.contained) {
        r.containedAt = utcText(c.contained);
        m_text.append(r.action, rng.pickFrom(phrases::containmentActions()), rng);
    }
    r.remediated = c.remediated >= 0;
    if (r.remediated) {
        r.remediatedAt = utcText(c.remediated);
        m_text.append(r.note, rng.pickFrom(phrases::remediationNotes()), rng);
    }
    r.containedBy = view(m_ctx.people.analyst(rng));
    r.remediatedBy = view(m_ctx.people.analyst(rng));

    r.extended = c.extended;
    r.newDue = d.due;
    if (c.extended) {
        r.newDue =
            dateText(m_ctx.calculator.compute(d.dueDate, Period{1, Period::Unit::Months}).due);
        r.requestedAt = utcText(c.requested);
        r.requestedBy = view(m_ctx.people.analyst(rng));
        r.approvedBy = view(m_ctx.people.supervisor);
    }
    r.retest = c.retestModel >= 0;
    if (r.retest) {
        r.retestGeneration = item.generationId;
        r.testedAt = utcText(c.tested);
        r.retestModel = view(m_ctx.catalog.models()[c.retestModel].id);
        r.reproduced = c.reproduced;
        r.recordedBy = view(m_ctx.people.analyst(rng));
    }
}

Status DeadlineWriter::prepare(Database &db)
{
    if (Status s = m_insert.prepare(
            db, "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, trigger_date, "
                "policy_id, period, nominal_due, original_due, due, calendar_complete, "
                "containment_due, contained_at, containment_action, contained_by, remediated_at, "
                "remediation_note, remediated_by, verification, containment_policy, "
                "containment_calendar_complete) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        !s)
        return s;
    if (Status s = m_extension.prepare(
            db, "INSERT INTO deadline_extensions (deadline_id, kind, requested_at, requested_by, "
                "approved_by, reason, previous_due, new_due) "
                "VALUES (?, 'extension', ?, ?, ?, ?, ?, ?)");
        !s)
        return s;
    return m_retest.prepare(db, "INSERT INTO retests (generation_id, tested_at, model_version_id, "
                                "reproduced, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)");
}

Status DeadlineWriter::write(const DeadlineRecord &r)
{
    const DeadlineDues &d = *r.dues;
    m_insert.text(1, r.kind);
    m_insert.text(2, r.itemId.view());
    m_insert.text(3, r.provider);
    m_insert.text(4, r.triggerAt.view());
    m_insert.text(5, d.trigger.view());
    m_insert.text(6, kPolicy);
    m_insert.text(7, kPeriod);
    m_insert.text(8, d.nominal.view());
    m_insert.text(9, d.due.view());
    m_insert.text(10, r.newDue.view());
    m_insert.integer(11, d.complete ? 1 : 0);
    m_insert.text(12, d.containment.view());
    if (r.contained) {
        m_insert.text(13, r.containedAt.view());
        m_insert.text(14, r.action);
        m_insert.text(15, r.containedBy);
    } else {
        m_insert.null(13);
        m_insert.null(14);
        m_insert.null(15);
    }
    if (r.remediated) {
        m_insert.text(16, r.remediatedAt.view());
        m_insert.text(17, r.note);
        m_insert.text(18, r.remediatedBy);
    } else {
        m_insert.null(16);
        m_insert.null(17);
        m_insert.null(18);
    }
    m_insert.text(19, r.verification);
    m_insert.text(20, kContainmentPolicy);
    m_insert.integer(21, d.containmentComplete ? 1 : 0);
    if (Status s = m_insert.exec(); !s)
        return s;

    if (r.extended) {
        m_extension.integer(1, m_insert.lastInsertId());
        m_extension.text(2, r.requestedAt.view());
        m_extension.text(3, r.requestedBy);
        m_extension.text(4, r.approvedBy);
        m_extension.text(5, kExtensionReason);
        m_extension.text(6, d.due.view());
        m_extension.text(7, r.newDue.view());
        if (Status s = m_extension.exec(); !s)
            return s;
    }
    if (r.retest) {
        m_retest.text(1, r.retestGeneration.view());
        m_retest.text(2, r.testedAt.view());
        m_retest.text(3, r.retestModel);
        m_retest.integer(4, r.reproduced ? 1 : 0);
        m_retest.text(5, r.reproduced ? kFailedNote : kVerifiedNote);
        m_retest.text(6, r.recordedBy);
        if (Status s = m_retest.exec(); !s)
            return s;
    }
    return {};
}

} // namespace ab::demo
