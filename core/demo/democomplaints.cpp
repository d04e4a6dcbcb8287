#include "democomplaints.h"

#include <algorithm>

namespace ab::demo {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

void appendDigits(std::string &out, DemoRandom &rng, int count)
{
    for (int i = 0; i < count; ++i)
        out += char('0' + rng.below(10));
}

} // namespace

ComplaintBuilder::ComplaintBuilder(const DemoContext &context, const DemoPlan &plan,
                                   DeadlinePlanner &deadlines)
    : m_ctx(context), m_plan(plan), m_deadlines(deadlines)
{}

void ComplaintBuilder::contact(int channel, qint64 received, DemoRandom &rng, std::string &out)
{
    out.clear();
    int form = 0; // 0 phone, 1 e-mail, 2 account, 3 anonymous
    switch (channel) {
    case 0:
        form = rng.weighted({0, 50, 30, 20});
        break; // web
    case 1:
        form = rng.weighted({30, 0, 60, 10});
        break; // app
    case 3:
        form = 1;
        break; // email
    case 5: {  // regulator_referral
        // The referral number of the tip-off centre (12377) that passed it on.
        const DateText day = dateText(m_ctx.timeline.localDate(received));
        out += "12377转办 JB";
        for (int i = 0; i < 10; ++i) {
            if (day.text[i] != '-')
                out += day.text[i];
        }
        appendDigits(out, rng, 4);
        return;
    }
    default:
        form = 0;
        break; // phone, sms
    }
    if (form == 0)
        DemoText::phone(out, rng);
    else if (form == 1)
        m_text.email(out, rng);
    else if (form == 2) {
        out += "uid:";
        appendDigits(out, rng, 9);
    }
}

void ComplaintBuilder::build(qint64 j, ComplaintRecord &r)
{
    const ComplaintMeta c = m_plan.complaint(j);
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::ComplaintText, quint64(j));
    r.id = RowId::make('C', j + 1);
    r.duplicate = c.duplicateOf >= 0;
    r.duplicateOf = RowId::make('C', c.duplicateOf + 1);

    // The generations it names, and the re-tests recorded on them.
    r.linkCount = 0;
    m_retests.clear();
    int model = -1;
    for (qint64 g : {c.generation, c.extraGenerations[0], c.extraGenerations[1]}) {
        if (g < 0)
            continue;
        const GenerationMeta linked = m_plan.generation(g);
        if (model < 0)
            model = linked.model;
        DeadlineItem generation;
        generation.itemId = RowId::make('G', g + 1);
        generation.provider = m_ctx.catalog.models()[linked.model].provider;
        generation.trigger = linked.flagged;
        generation.model = linked.model;
        generation.generationId = generation.itemId;
        generation.index = quint64(g) * 2;
        if (const auto retest = m_deadlines.retestOf(generation))
            m_retests.push_back(*retest);
        r.links[r.linkCount++] = generation.itemId;
    }
    m_model.clear();
    if (model >= 0) {
        const DemoModel &m = m_ctx.catalog.models()[model];
        m_model += m.name.toStdString();
        m_model += ' ';
        m_model += m.version.toStdString();
    }

    m_text.beginRow(rng.chance(820), m_model, r.duplicateOf.view());
    r.text.clear();
    r.resolution.clear();
    if (c.request >= 0)
        m_text.append(r.text, rng.pickFrom(phrases::requestTexts(c.request)), rng);
    else
        m_text.append(r.text, rng.pickFrom(phrases::complaintTexts(c.kind)), rng);
    contact(c.channel, c.received, rng, r.contact);

    r.answered = c.status == kResolved || c.status == kDismissed || c.status == kDuplicate;
    if (r.answered) {
        const qint64 room = std::max<qint64>(kHour + 1, m_ctx.timeline.end() - c.received - 60);
        r.respondedAt =
            utcText(c.received + rng.between64(kHour, std::min<qint64>(room, 20 * kDay)));
        if (c.request >= 0 && c.status == kResolved)
            m_text.append(r.resolution, rng.pickFrom(phrases::requestResolutions(c.request)), rng);
        else
            m_text.append(r.resolution, rng.pickFrom(phrases::resolutions(c.status)), rng);
    }

    r.received = utcText(c.received);
    r.channel = tokens::kChannels[c.channel];
    r.kind = tokens::kKinds[c.kind];
    r.request = c.request >= 0 ? tokens::kRequests[c.request] : nullptr;
    r.status = tokens::kComplaintStatuses[c.status];
    r.severity = c.severity >= 0 ? tokens::kSeverities[c.severity] : nullptr;
    r.responseDue = m_deadlines.dues(c.received).responseDue;

    r.hasDeadline = c.reportsContent;
    if (!r.hasDeadline)
        return;
    DeadlineItem item;
    item.kind = "complaint";
    item.itemId = r.id;
    item.provider = m_ctx.catalog.models()[model].provider;
    item.trigger = c.received;
    item.model = model;
    item.generationId = r.links[0];
    item.index = quint64(j) * 2 + 1;
    m_deadlines.plan(item, &m_retests, r.deadline);
}

Status ComplaintWriter::prepare(Database &db)
{
    if (Status s = m_deadlines.prepare(db); !s)
        return s;
    if (Status s = m_insert.prepare(
            db, "INSERT INTO complaints (id, received_at, channel, kind, text, contact, request, "
                "status, severity, duplicate_of, response_due, responded_at, resolution) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        !s)
        return s;
    return m_link.prepare(
        db, "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES (?, ?)");
}

Status ComplaintWriter::write(const ComplaintRecord &r)
{
    m_insert.text(1, r.id.view());
    m_insert.text(2, r.received.view());
    m_insert.text(3, r.channel);
    m_insert.text(4, r.kind);
    m_insert.text(5, r.text);
    m_insert.textOrNull(6, r.contact);
    if (r.request)
        m_insert.text(7, r.request);
    else
        m_insert.null(7);
    m_insert.text(8, r.status);
    if (r.severity)
        m_insert.text(9, r.severity);
    else
        m_insert.null(9);
    if (r.duplicate)
        m_insert.text(10, r.duplicateOf.view());
    else
        m_insert.null(10);
    m_insert.text(11, r.responseDue.view());
    if (r.answered) {
        m_insert.text(12, r.respondedAt.view());
        m_insert.text(13, r.resolution);
    } else {
        m_insert.null(12);
        m_insert.null(13);
    }
    if (Status s = m_insert.exec(); !s)
        return s;
    for (int k = 0; k < r.linkCount; ++k) {
        m_link.text(1, r.id.view());
        m_link.text(2, r.links[k].view());
        if (Status s = m_link.exec(); !s)
            return s;
    }
    return r.hasDeadline ? m_deadlines.write(r.deadline) : Status();
}

} // namespace ab::demo
