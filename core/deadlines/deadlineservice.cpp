#include "deadlineservice.h"

#include "audit/audittrail.h"
#include "deadlines/verificationtracker.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error{message, {}, 0, field};
}

QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(time::toIsoDate(d)) : QVariant();
}

} // namespace

DeadlineService::DeadlineService(Workspace &workspace, PolicyCatalog policies,
                                 std::map<QString, HolidayCalendar> calendars)
    : m_workspace(&workspace), m_policies(std::move(policies)), m_calendars(std::move(calendars))
{}

Result<DeadlineService> DeadlineService::create(Workspace &workspace, const QString &policyFolder,
                                                const QString &calendarFolder)
{
    auto policies = PolicyCatalog::load(policyFolder);
    if (!policies)
        return policies.error();
    std::map<QString, HolidayCalendar> calendars;
    for (const QString &country : policies->calendars()) {
        auto cal = HolidayCalendar::load(country, calendarFolder);
        if (!cal)
            return cal.error();
        calendars.emplace(country, std::move(*cal));
    }
    return DeadlineService(workspace, std::move(*policies), std::move(calendars));
}

const HolidayCalendar &DeadlineService::calendar(const QString &country) const
{
    const auto it = m_calendars.find(country);
    return it == m_calendars.end() ? m_noCalendar : it->second;
}

DueDate DeadlineService::computeDue(const QDateTime &triggerAt, const Policy &policy) const
{
    return DeadlineCalculator(calendar(policy.calendar))
        .computeFromInstant(triggerAt, m_workspace->settings().timeZone(), policy.period);
}

Status DeadlineService::requireWriter()
{
    const QString actor = m_workspace->actor();
    QSqlQuery q(m_workspace->db().sql());
    q.prepare(QStringLiteral("SELECT role, active FROM users WHERE name = ?"));
    q.addBindValue(actor);
    if (!q.exec())
        return m_workspace->db().sqlError(QStringLiteral("users"), q);
    if (!q.next() || q.value(1).toInt() == 0)
        return fieldError(QStringLiteral("user"),
                          QCoreApplication::translate("DeadlineService",
                                                      "%1 is not an active user of this workspace")
                              .arg(actor));
    if (q.value(0).toString() == QLatin1String("auditor"))
        return fieldError(QStringLiteral("user"),
                          QCoreApplication::translate(
                              "DeadlineService",
                              "%1 is an auditor: auditors may read deadlines but not change them")
                              .arg(actor));
    return {};
}

Status DeadlineService::requireSupervisor(const QString &name, const QString &field)
{
    QSqlQuery q(m_workspace->db().sql());
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE name = ? AND role = 'supervisor' "
                             "AND active = 1"));
    q.addBindValue(name);
    if (!q.exec())
        return m_workspace->db().sqlError(QStringLiteral("users"), q);
    if (!q.next())
        return fieldError(field, QCoreApplication::translate(
                                     "DeadlineService",
                                     "\"%1\" is not an active supervisor of this workspace: only a "
                                     "supervisor can approve extensions and pauses")
                                     .arg(name));
    return {};
}

Status DeadlineService::audit(const QString &action, qint64 deadlineId, const QJsonValue &before,
                              const QJsonValue &after)
{
    return AuditTrail::append(m_workspace->db(),
                              {m_workspace->actor(), action, QStringLiteral("deadline"),
                               QString::number(deadlineId), before, after});
}

Result<Policy> DeadlineService::resolvePolicy(const AssignRequest &request,
                                              const QString &providerId)
{
    QString ref = request.policy;
    QString from = QStringLiteral("policy");
    if (ref.isEmpty() && !providerId.isEmpty()) {
        QSqlQuery q(m_workspace->db().sql());
        q.prepare(QStringLiteral("SELECT policy_id FROM providers WHERE id = ?"));
        q.addBindValue(providerId);
        if (!q.exec())
            return m_workspace->db().sqlError(QStringLiteral("providers"), q);
        if (q.next() && !q.value(0).toString().isEmpty()) {
            ref = q.value(0).toString();
            from = QStringLiteral("providers.policy_id");
        }
    }
    if (ref.isEmpty()) {
        ref = m_workspace->settings().defaultPolicy;
        from = QStringLiteral("default_policy");
    }
    const auto policy = m_policies.find(ref);
    if (!policy)
        return fieldError(
            from, QCoreApplication::translate("DeadlineService", "unknown deadline policy \"%1\"")
                      .arg(ref));
    return *policy;
}

Result<qint64> DeadlineService::assign(const AssignRequest &request)
{
    Database &db = m_workspace->db();
    qint64 newId = 0;
    Status s = db.transaction([&]() -> Status {
        if (Status w = requireWriter(); !w)
            return w;
        QSqlQuery q(db.sql());
        const bool isGeneration = request.item.kind == ItemRef::Kind::Generation;
        q.prepare(isGeneration
                      ? QStringLiteral("SELECT g.flagged_at, m.provider_id FROM generations g "
                                       "JOIN model_versions m ON m.id = g.model_version_id "
                                       "WHERE g.id = ?")
                      : QStringLiteral("SELECT c.received_at, (SELECT CASE WHEN count(DISTINCT "
                                       "m.provider_id) = 1 THEN min(m.provider_id) END "
                                       "FROM complaint_generations cg "
                                       "JOIN generations g ON g.id = cg.generation_id "
                                       "JOIN model_versions m ON m.id = g.model_version_id "
                                       "WHERE cg.complaint_id = c.id) "
                                       "FROM complaints c WHERE c.id = ?"));
        q.addBindValue(request.item.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("deadline item"), q);
        if (!q.next())
            return fieldError(
                QStringLiteral("item"),
                QCoreApplication::translate("DeadlineService", "there is no %1 \"%2\"")
                    .arg(request.item.kindToken(), request.item.id));
        const QString storedTrigger = q.value(0).toString();
        const QString providerId = q.value(1).toString();
        q.finish();
        const std::optional<QDateTime> triggerAt =
            request.triggerAt ? request.triggerAt : time::fromStored(storedTrigger);
        if (!triggerAt || !triggerAt->isValid())
            return fieldError(
                QStringLiteral("trigger_at"),
                QCoreApplication::translate("DeadlineService", "\"%1\" is not a timestamp")
                    .arg(storedTrigger));
        if (auto existing = DeadlineQuery::findForItem(db, request.item); !existing)
            return existing.error();
        else if (existing->has_value())
            return fieldError(
                QStringLiteral("item"),
                QCoreApplication::translate(
                    "DeadlineService", "%1 \"%2\" already has a deadline; recompute it instead")
                    .arg(request.item.kindToken(), request.item.id));
        auto policy = resolvePolicy(request, providerId);
        if (!policy)
            return policy.error();
        if (isGeneration && policy->trigger == QLatin1String("complaint_received"))
            return fieldError(QStringLiteral("policy"),
                              QCoreApplication::translate(
                                  "DeadlineService",
                                  "policy \"%1\" runs from a complaint's receipt and cannot "
                                  "apply to a generation")
                                  .arg(policy->ref()));
        const DueDate due = computeDue(*triggerAt, *policy);
        DeadlineRecord r;
        r.item = request.item;
        r.providerId = providerId;
        r.triggerAt = triggerAt->toUTC();
        r.triggerDate = due.triggerDate;
        r.policyId = policy->ref();
        r.period = policy->period.toString();
        r.nominalDue = due.nominalDue;
        r.originalDue = due.due;
        r.due = due.due;
        r.calendarComplete = due.calendarComplete;
        if (const auto containment = m_policies.find(PolicyCatalog::kContainmentPolicy)) {
            const DueDate c = computeDue(*triggerAt, *containment);
            r.containmentDue = c.due;
            r.containmentPolicy = containment->ref();
            r.containmentCalendarComplete = c.calendarComplete;
        }
        // Re-tests recorded before the deadline existed count at once.
        auto verification = VerificationTracker(db, m_workspace->actor())
                                .verificationFor(r.item, r.triggerAt, r.triggerDate);
        if (!verification)
            return verification.error();
        r.verification = *verification;
        q.prepare(QStringLiteral(
            "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, trigger_date, "
            "policy_id, period, nominal_due, original_due, due, calendar_complete, "
            "containment_due, containment_policy, containment_calendar_complete, verification) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(r.item.kindToken()), QVariant(r.item.id),
              providerId.isEmpty() ? QVariant() : QVariant(providerId),
              QVariant(time::toStored(r.triggerAt)), QVariant(time::toIsoDate(r.triggerDate)),
              QVariant(r.policyId), QVariant(r.period), QVariant(time::toIsoDate(r.nominalDue)),
              QVariant(time::toIsoDate(r.originalDue)), QVariant(time::toIsoDate(r.due)),
              QVariant(r.calendarComplete ? 1 : 0), nullable(r.containmentDue),
              r.containmentPolicy.isEmpty() ? QVariant() : QVariant(r.containmentPolicy),
              r.containmentCalendarComplete ? QVariant(*r.containmentCalendarComplete ? 1 : 0)
                                            : QVariant(),
              QVariant(DeadlineStatus::verificationToken(r.verification))})
            q.addBindValue(v);
        if (!q.exec())
            return db.sqlError(QStringLiteral("deadlines"), q);
        newId = q.lastInsertId().toLongLong();
        return audit(QStringLiteral("deadline.assigned"), newId, QJsonValue::Null,
                     DeadlineQuery::toJson(r));
    });
    if (!s)
        return s.error();
    return newId;
}

Status DeadlineService::updateRow(const DeadlineRecord &r)
{
    Database &db = m_workspace->db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "UPDATE deadlines SET policy_id = ?, period = ?, nominal_due = ?, original_due = ?, "
        "due = ?, calendar_complete = ?, contained_at = ?, containment_action = ?, "
        "contained_by = ?, remediated_at = ?, remediation_note = ?, remediated_by = ?, "
        "verification = ? WHERE id = ?"));
    auto text = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    auto instant = [](const std::optional<QDateTime> &t) {
        return t ? QVariant(time::toStored(*t)) : QVariant();
    };
    for (const QVariant &v :
         {QVariant(r.policyId), QVariant(r.period), QVariant(time::toIsoDate(r.nominalDue)),
          QVariant(time::toIsoDate(r.originalDue)), QVariant(time::toIsoDate(r.due)),
          QVariant(r.calendarComplete ? 1 : 0), instant(r.containedAt), text(r.containmentAction),
          text(r.containedBy), instant(r.remediatedAt), text(r.remediationNote),
          text(r.remediatedBy), QVariant(DeadlineStatus::verificationToken(r.verification)),
          QVariant(r.id)})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);
    return {};
}

Status DeadlineService::change(qint64 deadlineId, const QString &action,
                               const std::function<Status(DeadlineRecord &)> &apply)
{
    Database &db = m_workspace->db();
    return db.transaction([&]() -> Status {
        if (Status w = requireWriter(); !w)
            return w;
        auto before = DeadlineQuery::find(db, deadlineId);
        if (!before)
            return before.error();
        DeadlineRecord after = *before;
        if (Status a = apply(after); !a)
            return a;
        if (Status u = updateRow(after); !u)
            return u;
        return audit(action, deadlineId, DeadlineQuery::toJson(*before),
                     DeadlineQuery::toJson(after));
    });
}

Status DeadlineService::recordContainment(qint64 deadlineId, const QDateTime &at,
                                          const QString &action)
{
    return change(deadlineId, QStringLiteral("deadline.contained"), [&](DeadlineRecord &r) {
        if (action.trimmed().isEmpty())
            return Status(fieldError(
                QStringLiteral("containment_action"),
                QCoreApplication::translate("DeadlineService",
                                            "say what was done (filter rule, generation stopped, "
                                            "content removed)")));
        if (!at.isValid() || at < r.triggerAt)
            return Status(fieldError(
                QStringLiteral("contained_at"),
                QCoreApplication::translate(
                    "DeadlineService", "must not be before the item was found or reported (%1)")
                    .arg(time::toStored(r.triggerAt))));
        r.containedAt = at.toUTC();
        r.containmentAction = action.trimmed();
        r.containedBy = m_workspace->actor();
        return Status();
    });
}

Status DeadlineService::recordRemediation(qint64 deadlineId, const QDateTime &at,
                                          const QString &note)
{
    return change(deadlineId, QStringLiteral("deadline.remediated"), [&](DeadlineRecord &r) {
        if (note.trimmed().isEmpty())
            return Status(fieldError(
                QStringLiteral("remediation_note"),
                QCoreApplication::translate(
                    "DeadlineService", "describe the model change that prevents re-generation")));
        if (!at.isValid() || at < r.triggerAt)
            return Status(fieldError(
                QStringLiteral("remediated_at"),
                QCoreApplication::translate(
                    "DeadlineService", "must not be before the item was found or reported (%1)")
                    .arg(time::toStored(r.triggerAt))));
        r.remediatedAt = at.toUTC();
        r.remediationNote = note.trimmed();
        r.remediatedBy = m_workspace->actor();
        return Status();
    });
}

Status DeadlineService::insertExtension(const DeadlineRecord &r, const QString &kind,
                                        const QString &reason, const QString &approvedBy,
                                        const QDate &newDue, const QDate &pausedFrom,
                                        const QDate &pausedUntil)
{
    Database &db = m_workspace->db();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO deadline_extensions (deadline_id, kind, requested_at, requested_by, "
        "approved_by, reason, previous_due, new_due, paused_from, paused_until) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(kind), QVariant(time::toStored(QDateTime::currentDateTimeUtc())),
          QVariant(m_workspace->actor()), QVariant(approvedBy), QVariant(reason),
          QVariant(time::toIsoDate(r.due)), QVariant(time::toIsoDate(newDue)), nullable(pausedFrom),
          nullable(pausedUntil)})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadline_extensions"), q);
    return {};
}

Status DeadlineService::extend(const ExtensionRequest &request)
{
    return change(request.deadlineId, QStringLiteral("deadline.extended"), [&](DeadlineRecord &r) {
        if (Status s = requireSupervisor(request.approvedBy, QStringLiteral("approved_by")); !s)
            return s;
        if (request.reason.trimmed().isEmpty())
            return Status(
                fieldError(QStringLiteral("reason"),
                           QCoreApplication::translate("DeadlineService", "a reason is required")));
        if (!request.newDue.isValid() || request.newDue <= r.due)
            return Status(fieldError(QStringLiteral("new_due"),
                                     QCoreApplication::translate(
                                         "DeadlineService", "must be after the current due date %1")
                                         .arg(time::toIsoDate(r.due))));
        if (Status s = insertExtension(r, QStringLiteral("extension"), request.reason.trimmed(),
                                       request.approvedBy, request.newDue, {}, {});
            !s)
            return s;
        r.due = request.newDue;
        return Status();
    });
}

const HolidayCalendar &DeadlineService::calendarFor(const QString &policyRef) const
{
    const auto policy = m_policies.find(policyRef);
    return calendar(policy ? policy->calendar : QStringLiteral("CN"));
}

Status DeadlineService::pause(const PauseRequest &request)
{
    return change(request.deadlineId, QStringLiteral("deadline.paused"), [&](DeadlineRecord &r) {
        if (Status s = requireSupervisor(request.approvedBy, QStringLiteral("approved_by")); !s)
            return s;
        if (request.reason.trimmed().isEmpty())
            return Status(
                fieldError(QStringLiteral("reason"),
                           QCoreApplication::translate("DeadlineService", "a reason is required")));
        if (!request.from.isValid() || request.from <= r.triggerDate || request.from > r.due)
            return Status(fieldError(
                QStringLiteral("paused_from"),
                QCoreApplication::translate(
                    "DeadlineService", "must lie after the trigger day %1 and on or before the "
                                       "due date %2")
                    .arg(time::toIsoDate(r.triggerDate), time::toIsoDate(r.due))));
        if (!request.until.isValid() || request.until < request.from)
            return Status(
                fieldError(QStringLiteral("paused_until"),
                           QCoreApplication::translate(
                               "DeadlineService", "must be on or after the first paused day")));
        auto previous = DeadlineQuery::extensions(m_workspace->db(), r.id);
        if (!previous)
            return Status(previous.error());
        for (const ExtensionRecord &e : std::as_const(*previous)) {
            if (e.kind == QLatin1String("pause") && request.from <= e.pausedUntil &&
                e.pausedFrom <= request.until)
                return Status(fieldError(
                    QStringLiteral("paused_from"),
                    QCoreApplication::translate("DeadlineService",
                                                "overlaps the pause from %1 to %2")
                        .arg(time::toIsoDate(e.pausedFrom), time::toIsoDate(e.pausedUntil))));
        }
        // The clock stands still for the paused days, so the time that was
        // left is kept: the due date moves on by as many days.
        const DeadlineCalculator calc(calendarFor(r.policyId));
        const QDate newDue =
            calc.nextWorkingDay(r.due.addDays(request.from.daysTo(request.until) + 1));
        if (Status s = insertExtension(r, QStringLiteral("pause"), request.reason.trimmed(),
                                       request.approvedBy, newDue, request.from, request.until);
            !s)
            return s;
        r.due = newDue;
        r.calendarComplete = r.calendarComplete && calc.yearsCovered(r.triggerDate, newDue);
        return Status();
    });
}

Status DeadlineService::recompute(qint64 deadlineId, const QString &policyRef)
{
    return change(deadlineId, QStringLiteral("deadline.recomputed"), [&](DeadlineRecord &r) {
        const auto policy = m_policies.find(policyRef);
        if (!policy)
            return Status(fieldError(
                QStringLiteral("policy"),
                QCoreApplication::translate("DeadlineService", "unknown deadline policy \"%1\"")
                    .arg(policyRef)));
        if (r.item.kind == ItemRef::Kind::Generation &&
            policy->trigger == QLatin1String("complaint_received"))
            return Status(fieldError(
                QStringLiteral("policy"),
                QCoreApplication::translate("DeadlineService",
                                            "policy \"%1\" runs from a complaint's receipt and "
                                            "cannot apply to a generation")
                    .arg(policy->ref())));
        const DueDate due = computeDue(r.triggerAt, *policy);
        r.policyId = policy->ref();
        r.period = policy->period.toString();
        r.nominalDue = due.nominalDue;
        r.originalDue = due.due;
        r.due = due.due;
        r.calendarComplete = due.calendarComplete;
        // Extensions and pauses already granted stay in force on the new date.
        auto granted = DeadlineQuery::extensions(m_workspace->db(), r.id);
        if (!granted)
            return Status(granted.error());
        const DeadlineCalculator calc(calendar(policy->calendar));
        for (const ExtensionRecord &e : std::as_const(*granted)) {
            if (e.kind == QLatin1String("pause")) {
                r.due = calc.nextWorkingDay(r.due.addDays(e.pausedFrom.daysTo(e.pausedUntil) + 1));
                r.calendarComplete = r.calendarComplete && calc.yearsCovered(r.triggerDate, r.due);
            } else if (e.newDue > r.due) {
                r.due = e.newDue;
            }
        }
        return Status();
    });
}

Result<qint64> DeadlineService::recordRetest(const RetestRequest &request)
{
    Database &db = m_workspace->db();
    qint64 retestId = 0;
    Status s = db.transaction([&]() -> Status {
        if (Status w = requireWriter(); !w)
            return w;
        VerificationTracker tracker(db, m_workspace->actor());
        auto generation = tracker.generationFor(request.item, request.generationId);
        if (!generation)
            return generation.error();
        if (!request.testedAt.isValid())
            return fieldError(
                QStringLiteral("tested_at"),
                QCoreApplication::translate("DeadlineService", "a timestamp is required"));
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM model_versions WHERE id = ?"));
        q.addBindValue(request.modelVersionId);
        if (!q.exec())
            return db.sqlError(QStringLiteral("model_versions"), q);
        if (!q.next())
            return fieldError(
                QStringLiteral("model_version"),
                QCoreApplication::translate("DeadlineService", "there is no model version \"%1\"")
                    .arg(request.modelVersionId));
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO retests (generation_id, tested_at, model_version_id, "
                                 "reproduced, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString testedAt = time::toStored(request.testedAt);
        for (const QVariant &v :
             {QVariant(*generation), QVariant(testedAt), QVariant(request.modelVersionId),
              QVariant(request.reproduced ? 1 : 0),
              request.note.trimmed().isEmpty() ? QVariant() : QVariant(request.note.trimmed()),
              QVariant(m_workspace->actor())})
            q.addBindValue(v);
        if (!q.exec())
            return db.sqlError(QStringLiteral("retests"), q);
        retestId = q.lastInsertId().toLongLong();
        QJsonArray changes;
        if (Status r = tracker.refresh(*generation, changes); !r)
            return r;
        return AuditTrail::append(
            db, {m_workspace->actor(), QStringLiteral("retest.recorded"),
                 QStringLiteral("generation"), *generation, QJsonValue::Null,
                 QJsonObject{{QStringLiteral("retest_id"), retestId},
                             {QStringLiteral("item_kind"), request.item.kindToken()},
                             {QStringLiteral("item_id"), request.item.id},
                             {QStringLiteral("tested_at"), testedAt},
                             {QStringLiteral("model_version_id"), request.modelVersionId},
                             {QStringLiteral("reproduced"), request.reproduced},
                             {QStringLiteral("note"), request.note.trimmed()},
                             {QStringLiteral("verification_changes"), changes}}});
    });
    if (!s)
        return s.error();
    return retestId;
}

} // namespace ab
