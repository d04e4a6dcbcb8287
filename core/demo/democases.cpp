#include "democases.h"

#include "demoplan.h"
#include "demotext.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace ab::demo {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// Case statuses in workflow order; a case's events walk this path.
const char *const kCaseStatuses[] = {"new",       "triage", "investigating", "awaiting_remediation",
                                     "verifying", "closed", "dismissed",     "reopened"};
const QVector<int> kPaths[] = {{0},
                               {0, 1},
                               {0, 1, 2},
                               {0, 1, 2, 3},
                               {0, 1, 2, 3, 4},
                               {0, 1, 2, 3, 4, 5},
                               {0, 1, 6},
                               {0, 1, 2, 3, 4, 5, 7}};

const Bilingual kNotes[] = {
    {"已联系{org}合规负责人，要求三个工作日内提交整改说明。",
     "Contacted the provider's compliance lead; a remediation statement is due in three working "
     "days."},
    {"复测{n}次，其中{small}次复现。", "Re-ran it {n} times; reproduced {small} times."},
    {"提供者称已在新版本中修复，待复测确认。",
     "The provider says the new version fixes it; awaiting a re-test."},
    {"与投诉人电话沟通，确认截图真实。", "Called the complainant; the screenshot is genuine."},
    {"训练数据溯源：同类样本可追溯至论坛评论语料。",
     "Lineage: similar samples trace back to the forum comments corpus."}};

QString json(const QJsonObject &o)
{
    // QJsonObject keeps its keys sorted, so this is the canonical form.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString stored(qint64 instant)
{
    return QString::fromLatin1(utcText(instant).text);
}

QString text(DemoText &builder, const Bilingual &phrase, DemoRandom &rng)
{
    std::string out;
    builder.append(out, phrase, rng);
    return QString::fromStdString(out);
}

} // namespace

qint64 DemoCases::count(qint64 generations)
{
    // Enough for every status at any useful scale; never more cases than
    // outputs to open them about.
    return std::min<qint64>(12 + std::min<qint64>(48, generations / 20000), generations);
}

Status DemoCases::write(DemoContext &ctx, const DemoPlan &plan)
{
    Database &db = ctx.db;
    QHash<QString, std::pair<QString, QString>> names; // risk code -> zh, en
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT code, name_zh, name_en FROM risk_categories")))
        return db.sqlError(QStringLiteral("risk_categories"), q);
    while (q.next())
        names.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});

    QSqlQuery insertCase(db.sql());
    insertCase.prepare(QStringLiteral(
        "INSERT INTO review_cases (id, number, title, provider_id, priority, status, assignee, "
        "description, findings, remediation_plan, opened_at, opened_by, closed_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery item(db.sql());
    item.prepare(QStringLiteral("INSERT INTO case_items (case_id, item_kind, item_id, added_at, "
                                "added_by) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery event(db.sql());
    event.prepare(QStringLiteral(
        "INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery note(db.sql());
    note.prepare(
        QStringLiteral("INSERT INTO case_notes (case_id, at, author, body) VALUES (?, ?, ?, ?)"));
    QSqlQuery attachment(db.sql());
    attachment.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments (sha256, size, mime, "
                                      "content) VALUES (?, ?, ?, ?)"));
    QSqlQuery evidence(db.sql());
    evidence.prepare(QStringLiteral("INSERT INTO case_evidence (case_id, sha256, file_name, "
                                    "added_at, added_by) VALUES (?, ?, ?, ?, ?)"));

    DemoText words;
    const qint64 cases = count(ctx.generations);
    const qint64 end = ctx.timeline.end();
    for (qint64 k = 0; k < cases; ++k) {
        DemoRandom rng = itemRandom(ctx.seed, Stream::Cases, quint64(k));
        const int status = k < 8 ? int(k) : rng.weighted({1, 2, 4, 3, 2, 5, 2, 1});
        const QVector<int> &path = kPaths[status];

        // The cluster: an anchor output and earlier outputs of the same model
        // and risk flagged before the case was opened.
        const qint64 anchorIndex = rng.below64(ctx.generations);
        const GenerationMeta anchor = plan.generation(anchorIndex);
        const qint64 opened = std::min(anchor.flagged + kHour + rng.below64(8 * kDay),
                                       end - 2 * kDay - rng.below64(kDay));
        QVector<qint64> generations{anchorIndex};
        for (qint64 i = anchorIndex - 1;
             i >= 0 && i > anchorIndex - 4000 && generations.size() < 12; --i) {
            const GenerationMeta g = plan.generation(i);
            if (g.model == anchor.model && g.category == anchor.category && g.flagged < opened)
                generations.push_back(i);
        }
        if (anchor.flagged >= opened)
            generations.removeFirst();
        // A rare risk has no cluster yet: the case then starts from the
        // nearest earlier output flagged before it was opened.
        for (qint64 i = anchorIndex - 1; generations.isEmpty() && i >= 0 && i > anchorIndex - 2000;
             --i) {
            if (plan.generation(i).flagged < opened)
                generations.push_back(i);
        }

        const DemoModel &model = ctx.catalog.models()[anchor.model];
        const QString code = QString::fromLatin1(categorySeeds()[anchor.category].code);
        const QString modelName = model.name + QLatin1Char(' ') + model.version;
        const qint64 id = k + 1;
        const QString number = QStringLiteral("CASE-%1-%2")
                                   .arg(ctx.timeline.localDate(opened).year())
                                   .arg(id, 4, 10, QLatin1Char('0'));
        const QByteArray &openedBy = ctx.people.analyst(rng);
        const QByteArray &assignee = ctx.people.analyst(rng);
        const bool assigned = status != 0 || rng.chance(400);

        // Events at increasing times from the opening to now (or closure).
        const qint64 span = std::max<qint64>(kHour, (end - kHour - opened) / (path.size() + 2));
        QVector<qint64> times;
        qint64 t = opened;
        for (int step = 0; step < path.size() + 1; ++step) {
            times.push_back(t);
            t += kMinute + rng.below64(span);
        }
        const bool closed = status == 5 || status == 6;

        const QString title =
            QStringLiteral("%1：%2（集中出现）/ %1: %3 (cluster)")
                .arg(modelName, names.value(code).first, names.value(code).second);
        const QString description =
            QStringLiteral("核查%1在%2前后被标记的%3类输出，共%4条。/ Review of %4 outputs of %1 "
                           "flagged as %3 around %2.")
                .arg(modelName, QString::fromLatin1(dateText(ctx.timeline.localDate(opened)).text),
                     code)
                .arg(generations.size());
        const QVariant none(QMetaType(QMetaType::QString));
        const QVariant findings =
            status >= 2 && status != 6
                ? QVariant(QStringLiteral("复现率约%1%；疑似与优化训练数据中的同类样本有关。/ "
                                          "Reproduced in about %1% of re-runs; likely linked to "
                                          "similar samples in the fine-tuning data.")
                               .arg(rng.between(20, 90)))
                : none;
        const QVariant remediationPlan =
            status >= 3 && status != 6
                ? QVariant(
                      QStringLiteral("下线相关输出；清洗训练数据并重新训练；发布新版本后复测。/ "
                                     "Withdraw the outputs; clean the training data and "
                                     "retrain; re-test on the new release."))
                : none;
        const QList<QVariant> caseValues{
            id,
            number,
            title,
            QString::fromLatin1(ctx.catalog.providers()[model.provider].id),
            QString::fromLatin1(tokens::kSeverities[anchor.severity]),
            QString::fromLatin1(kCaseStatuses[status]),
            assigned ? QVariant(QString::fromUtf8(assignee)) : none,
            description,
            findings,
            remediationPlan,
            stored(opened),
            QString::fromUtf8(openedBy),
            closed ? QVariant(stored(times[path.size() - 1])) : none,
            qint64(path.size())};
        for (const QVariant &v : caseValues)
            insertCase.addBindValue(v);
        if (!insertCase.exec())
            return db.sqlError(QStringLiteral("review_cases"), insertCase);

        auto addEvent = [&](qint64 at, const QByteArray &actor, const char *kind,
                            const QJsonObject &detail) -> Status {
            event.addBindValue(id);
            event.addBindValue(stored(at));
            event.addBindValue(QString::fromUtf8(actor));
            event.addBindValue(QString::fromLatin1(kind));
            event.addBindValue(json(detail));
            if (!event.exec())
                return db.sqlError(QStringLiteral("case_events"), event);
            return {};
        };
        if (Status s =
                addEvent(opened, openedBy, "case.created",
                         {{QStringLiteral("number"), number}, {QStringLiteral("title"), title}});
            !s)
            return s;

        // Items: the outputs and the complaints that reported them.
        const qint64 added = opened + 5 * kMinute;
        int itemCount = 0;
        for (qint64 g : std::as_const(generations)) {
            const RowId gid = RowId::make('G', g + 1);
            QList<std::pair<QString, QString>> rows{
                {QStringLiteral("generation"), QString::fromLatin1(gid.text)}};
            if (g % 5 == 0 && g / 5 < ctx.complaints) {
                const ComplaintMeta c = plan.complaint(g / 5);
                if (c.generation == g && c.duplicateOf < 0 && c.received < added)
                    rows.push_back({QStringLiteral("complaint"),
                                    QString::fromLatin1(RowId::make('C', g / 5 + 1).text)});
            }
            for (const auto &[kind, itemId] : rows) {
                item.addBindValue(id);
                item.addBindValue(kind);
                item.addBindValue(itemId);
                item.addBindValue(stored(added));
                item.addBindValue(QString::fromUtf8(openedBy));
                if (!item.exec())
                    return db.sqlError(QStringLiteral("case_items"), item);
                ++itemCount;
            }
        }
        if (Status s = addEvent(added, openedBy, "case.items_added",
                                {{QStringLiteral("count"), itemCount}});
            !s)
            return s;
        if (assigned) {
            if (Status s = addEvent(added + kMinute, ctx.people.supervisor, "case.assigned",
                                    {{QStringLiteral("assignee"), QString::fromUtf8(assignee)}});
                !s)
                return s;
        }
        for (int step = 1; step < path.size(); ++step) {
            // Closing and dismissing are the supervisor's to approve.
            const QByteArray &actor =
                path[step] == 5 || path[step] == 6 ? ctx.people.supervisor : assignee;
            if (Status s = addEvent(
                    times[step], actor, "case.status",
                    {{QStringLiteral("from"), QString::fromLatin1(kCaseStatuses[path[step - 1]])},
                     {QStringLiteral("to"), QString::fromLatin1(kCaseStatuses[path[step]])}});
                !s)
                return s;
        }

        // Notes, each also an event.
        const int notes = path.size() > 1 ? rng.between(1, 4) : 0;
        for (int n = 0; n < notes; ++n) {
            const qint64 at =
                std::min(times[1 + n % (path.size() - 1)] + kMinute + rng.below64(30 * kMinute),
                         end - kMinute);
            words.beginRow(rng.chance(700));
            note.addBindValue(id);
            note.addBindValue(stored(at));
            note.addBindValue(QString::fromUtf8(assignee));
            note.addBindValue(text(words, rng.pick(kNotes), rng));
            if (!note.exec())
                return db.sqlError(QStringLiteral("case_notes"), note);
            if (Status s = addEvent(at, assignee, "case.note", {{QStringLiteral("note"), n + 1}});
                !s)
                return s;
        }

        // Evidence: the re-test log as a CSV file, stored by its SHA-256.
        if (status >= 2 && status != 6 && rng.chance(600)) {
            QByteArray csv = "generation_id,tested_at,model_version_id,reproduced\n";
            for (qint64 g : std::as_const(generations)) {
                csv += RowId::make('G', g + 1).text;
                csv += ',' + QByteArray(utcText(times[1] + rng.below64(kHour)).text) + ',' +
                       model.id + ',' + (rng.chance(500) ? '1' : '0') + '\n';
            }
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
            attachment.addBindValue(sha);
            attachment.addBindValue(qint64(csv.size()));
            attachment.addBindValue(QStringLiteral("text/csv"));
            attachment.addBindValue(csv);
            if (!attachment.exec())
                return db.sqlError(QStringLiteral("attachments"), attachment);
            evidence.addBindValue(id);
            evidence.addBindValue(sha);
            evidence.addBindValue(QStringLiteral("retest-%1.csv").arg(number));
            evidence.addBindValue(stored(times[1] + kHour));
            evidence.addBindValue(QString::fromUtf8(assignee));
            if (!evidence.exec())
                return db.sqlError(QStringLiteral("case_evidence"), evidence);
        }
    }
    return {};
}

} // namespace ab::demo
