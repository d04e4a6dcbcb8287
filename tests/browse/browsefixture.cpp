#include "browsefixture.h"

#include "browse/listwalker.h"
#include "repo/recordrepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ab::test {

namespace {

const char *kCategories[] = {"A.1.a", "A.1.g", "A.2.e", "A.3.a", "A.4.f", "A.5.b"};
const char *kSeverities[] = {"low", "medium", "high", "critical"};
const char *kSources[] = {"filter", "user_report", "inspection", "sampling"};
const char *kTopicsZh[] = {"诈骗短信", "暴力内容", "个人信息泄露", "虚假新闻", "医疗建议"};
const char *kTopicsEn[] = {"fraud",          "violence", "privacy leak", "fake news",
                           "medical advice", "Election", "rumour"};
const char *kChannels[] = {"web", "app", "phone", "email", "sms", "regulator_referral"};
const char *kKinds[] = {"illegal_content", "personal_info", "ip_infringement",
                        "discrimination",  "inaccurate",    "other"};
const char *kStatuses[] = {"new", "triaged", "escalated", "resolved"};

void exec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
}

} // namespace

void BrowseFixture::build(Workspace &ws, int count)
{
    context.zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    context.asOf = QDate(2026, 4, 1);
    context.dueSoonDays = 14;
    const QDateTime base(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    for (int i = 1; i <= count; ++i) {
        FixtureGeneration g;
        g.id = QStringLiteral("G%1").arg(i, 5, 10, QLatin1Char('0'));
        g.model = i % 3 == 0 ? QStringLiteral("M2") : QStringLiteral("M1");
        g.category = QString::fromLatin1(kCategories[i % 6]);
        g.severity = QString::fromLatin1(kSeverities[i % 4]);
        g.flagSource = QString::fromLatin1(kSources[(i / 4) % 4]);
        g.modality = i % 10 == 0 ? QStringLiteral("image") : QStringLiteral("text");
        // Every 50th shares its flag time with the one before: ties are broken by id.
        const int hour = i % 50 == 0 ? i - 1 : i;
        g.flaggedAt = base.addSecs(3600 * hour).toString(Qt::ISODate);
        g.prompt =
            QStringLiteral("问题 %1：%2 about %3")
                .arg(i)
                .arg(QString::fromUtf8(kTopicsZh[i % 5]), QString::fromLatin1(kTopicsEn[i % 7]));
        g.output = i % 11 == 0 ? QStringLiteral("模型拒绝回答 refused")
                               : QStringLiteral("回答：这是关于%1的内容。")
                                     .arg(QString::fromUtf8(kTopicsZh[(i + 2) % 5]));
        g.inCase = i % 25 == 0;
        if (i % 7 == 0) {
            g.due = QDate(2026, 3, 10).addDays(i % 40).toString(Qt::ISODate);
            g.remediated = i % 14 == 0;
        }
        generations.push_back(g);
    }
    for (int c = 1; c * 5 <= count && c <= 60; ++c) {
        FixtureComplaint k;
        k.id = QStringLiteral("C%1").arg(c, 4, 10, QLatin1Char('0'));
        k.channel = QString::fromLatin1(kChannels[c % 6]);
        k.kind = QString::fromLatin1(kKinds[c % 6]);
        k.status = QString::fromLatin1(kStatuses[c % 4]);
        k.receivedAt = base.addSecs(3600 * (c * 5) + 600).toString(Qt::ISODate);
        k.text = QStringLiteral("用户投诉 %1：输出涉及%2，请处理 please review")
                     .arg(c)
                     .arg(QString::fromUtf8(kTopicsZh[c % 5]));
        k.generation = generations.at(c * 5 - 1).id;
        complaints.push_back(k);
    }

    RecordRepository repo(ws.db());
    AB_REQUIRE_OK(ws.db().transaction([&]() -> Status {
        for (const auto &[id, name, en] : {std::tuple{"P1", "星河科技", "Xinghe Tech"},
                                           std::tuple{"P2", "青云智能", "Qingyun AI"}}) {
            if (Status s = repo.insert(Provider{
                    QString::fromLatin1(id), QString::fromUtf8(name), QString::fromLatin1(en), {}});
                !s)
                return s;
        }
        for (const auto &[id, provider] : {std::pair{"M1", "P1"}, std::pair{"M2", "P2"}}) {
            ModelVersion m;
            m.id = QString::fromLatin1(id);
            m.providerId = QString::fromLatin1(provider);
            m.name = QStringLiteral("模型") + m.id;
            m.version = QStringLiteral("1.0");
            m.released = QStringLiteral("2025-06-01");
            if (Status s = repo.insert(m); !s)
                return s;
        }
        for (const FixtureGeneration &f : std::as_const(generations)) {
            Generation g;
            g.id = f.id;
            g.modelVersionId = f.model;
            g.createdAt = f.flaggedAt;
            g.flaggedAt = f.flaggedAt;
            g.prompt = f.prompt;
            g.output = f.output;
            g.modality = f.modality;
            g.riskCategory = f.category;
            g.severity = f.severity;
            g.flagSource = f.flagSource;
            if (Status s = repo.insert(g); !s)
                return s;
        }
        for (const FixtureComplaint &f : std::as_const(complaints)) {
            Complaint c;
            c.id = f.id;
            c.receivedAt = f.receivedAt;
            c.channel = f.channel;
            c.kind = f.kind;
            c.text = f.text;
            c.status = f.status;
            c.contact = QStringLiteral("13812345678");
            c.generations = {f.generation};
            if (Status s = repo.insert(c); !s)
                return s;
        }
        return {};
    }));
    Database &db = ws.db();
    exec(db,
         QStringLiteral("INSERT INTO review_cases (id, number, title, opened_at, opened_by) "
                        "VALUES (1, 'C-2026-001', '虚假新闻专项', '2026-03-20T00:00:00Z', ?)"),
         {ws.actor()});
    for (const FixtureGeneration &g : std::as_const(generations)) {
        if (g.inCase)
            exec(db,
                 QStringLiteral("INSERT INTO case_items (case_id, item_kind, item_id, added_at, "
                                "added_by) VALUES (1, 'generation', ?, '2026-03-20T00:00:00Z', ?)"),
                 {g.id, ws.actor()});
        if (!g.due.isEmpty())
            exec(db,
                 QStringLiteral(
                     "INSERT INTO deadlines (item_kind, item_id, trigger_at, trigger_date, "
                     "policy_id, period, nominal_due, original_due, due, "
                     "calendar_complete, remediated_at) VALUES ('generation', ?, ?, "
                     "'2026-03-01', 'cac-2023-draft', 'P3M', ?, ?, ?, 1, ?)"),
                 {g.id, g.flaggedAt, g.due, g.due, g.due,
                  g.remediated ? QVariant(QStringLiteral("2026-03-05T00:00:00Z")) : QVariant()});
    }
}

QStringList
BrowseFixture::idsWhere(const std::function<bool(const FixtureGeneration &)> &keep) const
{
    QVector<FixtureGeneration> kept;
    for (const FixtureGeneration &g : generations) {
        if (keep(g))
            kept.push_back(g);
    }
    // The default order: newest flag first, ties by id, descending.
    std::sort(kept.begin(), kept.end(), [](const FixtureGeneration &a, const FixtureGeneration &b) {
        return std::tie(a.flaggedAt, a.id) > std::tie(b.flaggedAt, b.id);
    });
    QStringList ids;
    for (const FixtureGeneration &g : kept)
        ids.push_back(g.id);
    return ids;
}

QStringList
BrowseFixture::complaintIdsWhere(const std::function<bool(const FixtureComplaint &)> &keep) const
{
    QVector<FixtureComplaint> kept;
    for (const FixtureComplaint &c : complaints) {
        if (keep(c))
            kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(), [](const FixtureComplaint &a, const FixtureComplaint &b) {
        return std::tie(a.receivedAt, a.id) > std::tie(b.receivedAt, b.id);
    });
    QStringList ids;
    for (const FixtureComplaint &c : kept)
        ids.push_back(c.id);
    return ids;
}

QStringList allIds(Database &db, BrowseQuery &query, int pageSize)
{
    AB_REQUIRE_OK(query.prepare(db));
    // Anchors every 5 rows, pages of pageSize: pages start between anchors.
    ListWalker walker;
    AB_REQUIRE_OK(walker.start(db, query, 5));
    QVector<ListAnchor> anchors{ListAnchor{}};
    for (;;) {
        auto done = walker.step(3, anchors);
        AB_REQUIRE_OK(done);
        if (*done)
            break;
    }
    QStringList ids;
    for (qint64 first = 0; first < walker.count(); first += pageSize) {
        const ListAnchor &a = anchors.at(std::min<qsizetype>(first / 5, anchors.size() - 1));
        auto page = query.page(db, a, first - a.rank, pageSize);
        AB_REQUIRE_OK(page);
        for (const ListRow &row : *page)
            ids.push_back(row.at(0));
    }
    REQUIRE(ids.size() == walker.count());
    query.release(db);
    return ids;
}

} // namespace ab::test
