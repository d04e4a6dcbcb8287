#include "reportfixture.h"

#include "testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace ab::test {

namespace {

struct Item
{
    const char *kind;
    const char *id;
    const char *text;
    const char *due;
    const char *remediatedAt; // nullptr: not remediated
};

const Item kItems[] = {
    {"generation", "G1", "我的身份证号是11010519491231002X，手机13800138000，请帮我查询。",
     "2026-06-05", "2026-06-04T02:00:00Z"},
    {"generation", "G2", "Contact me at zhang.san@example.com or 010-62345678 today.", "2026-06-10",
     "2026-06-10T16:30:00Z"},
    {"generation", "G3", "银行卡6222021234567894被盗刷了怎么办", "2026-06-12", nullptr},
    {"complaint", "C1", "投诉人+8613912345678反映生成内容涉及个人信息", "2026-06-20", nullptr},
    {"complaint", "C2", "老身份证110105491231002仍被模型输出", "2026-06-30",
     "2026-06-14T01:00:00Z"},
    {"generation", "G4", "no personal data", "2026-07-05", nullptr},
    {"generation", "G5", "no personal data", "2026-05-31", nullptr},
};

} // namespace

ReportOptions juneOptions(const QString &language)
{
    ReportOptions o;
    o.kind = ReportKind::Deadlines;
    o.from = kFrom;
    o.to = kTo;
    o.asOf = kAsOf;
    o.language = language;
    return o;
}

ReportTable failingTable()
{
    ReportTable t;
    t.key = QStringLiteral("items");
    t.columnKeys = {QStringLiteral("a")};
    t.columnLabels = {QStringLiteral("A")};
    t.source = [](const ReportRowSink &sink) -> Status {
        for (int i = 0; i < 3; ++i) {
            ReportRow row{QByteArray::number(i)};
            sink(row);
        }
        return Error{QStringLiteral("disk gone"), {}, 0, {}};
    };
    return t;
}

QStringList personalValues()
{
    return {QStringLiteral("11010519491231002X"),    QStringLiteral("13800138000"),
            QStringLiteral("zhang.san@example.com"), QStringLiteral("62345678"),
            QStringLiteral("6222021234567894"),      QStringLiteral("13912345678"),
            QStringLiteral("110105491231002")};
}

ReportFixture::ReportFixture(const QString &path) : m_path(path)
{
    auto ws = Workspace::create(path, QStringLiteral("tester"), QStringLiteral("supervisor"));
    AB_REQUIRE_OK(ws);
    m_ws = std::move(*ws);
    exec(QStringLiteral("INSERT INTO providers (id, name, name_en) VALUES "
                        "('P1', '星辰智能', 'Star AI')"));
    exec(QStringLiteral("INSERT INTO model_versions (id, provider_id, name, version, released) "
                        "VALUES ('M1', 'P1', 'chat', '1.0', '2025-12-01')"));
    for (const Item &item : kItems) {
        QSqlQuery q(m_ws->db().sql());
        const bool generation = QLatin1String(item.kind) == QLatin1String("generation");
        q.prepare(generation
                      ? QStringLiteral("INSERT INTO generations (id, model_version_id, created_at, "
                                       "prompt, output, modality, risk_category, severity, "
                                       "flag_source, flagged_at, content_hash) VALUES (?, 'M1', "
                                       "'2026-03-01T00:00:00Z', ?, 'output', 'text', 'A.4.f', "
                                       "'high', 'filter', '2026-03-01T00:00:00Z', ?)")
                      : QStringLiteral("INSERT INTO complaints (id, received_at, channel, kind, "
                                       "text) VALUES (?, '2026-03-01T00:00:00Z', 'web', "
                                       "'personal_info', ?)"));
        q.addBindValue(QString::fromUtf8(item.id));
        q.addBindValue(QString::fromUtf8(item.text));
        if (generation)
            q.addBindValue(QString(64, QLatin1Char('b')));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        q.prepare(QStringLiteral(
            "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, trigger_date, "
            "policy_id, period, nominal_due, original_due, due, calendar_complete, "
            "remediated_at) VALUES (?, ?, 'P1', '2026-03-01T00:00:00Z', '2026-03-01', "
            "'cac-2023-draft', 'P3M', ?, ?, ?, 1, ?)"));
        q.addBindValue(QString::fromUtf8(item.kind));
        q.addBindValue(QString::fromUtf8(item.id));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(QString::fromUtf8(item.due));
        q.addBindValue(item.remediatedAt ? QVariant(QString::fromUtf8(item.remediatedAt))
                                         : QVariant());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
}

void ReportFixture::exec(const QString &sql)
{
    QSqlQuery q(m_ws->db().sql());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

std::unique_ptr<Workspace> ReportFixture::openAs(const QString &user)
{
    auto ws = Workspace::open(m_path, user);
    AB_REQUIRE_OK(ws);
    return std::move(*ws);
}

QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfFonts(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdfPath});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace ab::test

namespace ab::test {

void addCase(ReportFixture &fx)
{
    fx.exec(QStringLiteral(
        "INSERT INTO review_cases (id, number, title, provider_id, priority, status, description, "
        "findings, remediation_plan, opened_at, opened_by) VALUES (7, 'CASE-0001', "
        "'身份证号泄露', 'P1', 'high', 'investigating', "
        "'模型输出了用户身份证号11010519491231002X', "
        "'复现成功，涉及手机13800138000', '重新训练过滤器', '2026-03-02T01:00:00Z', 'tester')"));
    fx.exec(QStringLiteral(
        "INSERT INTO case_items (case_id, item_kind, item_id, added_at, added_by) VALUES "
        "(7, 'generation', 'G1', '2026-03-02T01:00:00Z', 'tester'), "
        "(7, 'complaint', 'C1', '2026-03-02T02:00:00Z', 'tester')"));
    fx.exec(QStringLiteral(
        "INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES "
        "(7, '2026-03-02T01:00:00Z', 'tester', 'opened', NULL), "
        "(7, '2026-03-03T01:00:00Z', 'tester', 'status', '{\"to\":\"investigating\"}')"));
    fx.exec(QStringLiteral("INSERT INTO attachments (sha256, size, mime, content) VALUES ('%1', 3, "
                           "'text/plain', X'616263')")
                .arg(QStringLiteral(
                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    fx.exec(QStringLiteral("INSERT INTO case_evidence (case_id, sha256, file_name, added_at, "
                           "added_by) VALUES (7, "
                           "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', "
                           "'abc.txt', '2026-03-04T01:00:00Z', 'tester')"));
    fx.exec(QStringLiteral(
        "INSERT INTO retests (generation_id, tested_at, model_version_id, reproduced, note) VALUES "
        "('G1', '2026-05-01T01:00:00Z', 'M1', 1, 'still there'), "
        "('G1', '2026-06-01T01:00:00Z', 'M1', 0, 'gone')"));
}

} // namespace ab::test
