#pragma once

#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace ab::test {

// A small workspace whose every row is written here, so that each dashboard
// figure can be worked out by hand (the expectations sit beside the tests).
// As of Wednesday 2026-06-17 in Asia/Shanghai (UTC+8), due-soon window 14 days.
struct DashboardWorkspace
{
    static inline const QDate kAsOf{2026, 6, 17};
    TempDir dir;
    QString path = dir.path(QStringLiteral("dashboard.auditbench"));
    std::unique_ptr<Workspace> ws;

    DashboardWorkspace()
    {
        auto made = Workspace::create(path, QStringLiteral("tester"));
        AB_REQUIRE_OK(made);
        ws = std::move(*made);
        exec(QStringLiteral(
            "INSERT INTO providers (id, name, name_en) VALUES ('p1', '甲公司', 'Provider One'), "
            "('p2', '乙公司', 'Provider Two')"));
        exec(QStringLiteral("INSERT INTO model_versions (id, provider_id, name, version, released) "
                            "VALUES ('m1', 'p1', 'M', '1', '2026-01-01'), "
                            "('m2', 'p2', 'N', '1', '2026-01-01')"));
        addGenerations();
        addDeadlines();
        addComplaints();
        exec(QStringLiteral(
            "INSERT INTO review_cases (number, title, provider_id, status, opened_at, opened_by) "
            "VALUES ('C-1', 'a', 'p1', 'investigating', '2026-06-01T00:00:00Z', 'tester'), "
            "('C-2', 'b', 'p2', 'closed', '2026-06-01T00:00:00Z', 'tester'), "
            "('C-3', 'c', 'p2', 'new', '2026-06-01T00:00:00Z', 'tester')"));
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(ws->db().sql());
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }

private:
    void addGenerations()
    {
        // (id, model, risk, flagged_at)
        const char *rows[][4] = {{"G1", "m1", "A.1.g", "2026-06-01T02:00:00Z"},
                                 {"G2", "m1", "A.1.g", "2026-03-01T02:00:00Z"},
                                 {"G3", "m2", "A.2.a", "2026-01-10T02:00:00Z"},
                                 {"G4", "m1", "A.4.f", "2026-06-10T02:00:00Z"},
                                 {"G5", "m2", "A.1", "2026-06-10T02:00:00Z"}};
        for (const auto &r : rows) {
            QSqlQuery q(ws->db().sql());
            q.prepare(QStringLiteral(
                "INSERT INTO generations (id, model_version_id, created_at, prompt, output, "
                "modality, risk_category, severity, flag_source, flagged_at, content_hash) "
                "VALUES (?, ?, ?, 'p', 'o', 'text', ?, 'high', 'filter', ?, ?)"));
            for (const QVariant &v :
                 QVariantList{QString::fromLatin1(r[0]), QString::fromLatin1(r[1]),
                              QString::fromLatin1(r[3]), QString::fromLatin1(r[2]),
                              QString::fromLatin1(r[3]),
                              QString(QString::fromLatin1(r[0]).repeated(64).left(64))})
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
    }

    void addDeadlines()
    {
        // (kind, id, provider, trigger day, policy, due, remediated_at, verification)
        const char *rows[][8] = {
            {"generation", "G1", "p1", "2026-06-01", "cac-2023-draft", "2026-06-16", "", "none"},
            {"generation", "G2", "p1", "2026-03-01", "cac-2023-draft", "2026-05-18", "", "none"},
            {"generation", "G3", "p2", "2026-01-10", "cac-2023-draft", "2026-03-01", "", "none"},
            {"generation", "G4", "p1", "2026-06-10", "cac-2023-draft", "2026-06-17", "", "none"},
            {"generation", "G5", "p2", "2026-06-10", "cac-2023-interim:expedited", "2026-07-01", "",
             "none"},
            {"generation", "G6", "p1", "2026-06-12", "cac-2023-draft", "2026-07-02", "", "none"},
            {"generation", "G7", "p1", "2026-06-02", "cac-2023-draft", "2026-06-20",
             "2026-06-05T17:00:00Z", "none"},
            {"generation", "G8", "p2", "2026-04-01", "cac-2023-draft", "2026-05-01",
             "2026-05-01T16:30:00Z", "none"},
            {"complaint", "K1", "p1", "2026-05-01", "cac-2023-draft", "2026-08-01",
             "2026-05-20T02:00:00Z", "verified"},
            {"generation", "G10", "p1", "2026-02-01", "cac-2023-draft", "2026-05-01",
             "2026-03-01T04:00:00Z", "failed"},
        };
        for (const auto &r : rows) {
            QSqlQuery q(ws->db().sql());
            q.prepare(QStringLiteral(
                "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, "
                "trigger_date, policy_id, period, nominal_due, original_due, due, "
                "calendar_complete, remediated_at, verification) "
                "VALUES (?, ?, ?, ?, ?, ?, '3M', ?, ?, ?, 1, ?, ?)"));
            const QString trigger = QString::fromLatin1(r[3]);
            const QString due = QString::fromLatin1(r[5]);
            const QString remediated = QString::fromLatin1(r[6]);
            for (const QVariant &v : QVariantList{
                     QString::fromLatin1(r[0]), QString::fromLatin1(r[1]),
                     QString::fromLatin1(r[2]), QString(trigger + QStringLiteral("T01:00:00Z")),
                     trigger, QString::fromLatin1(r[4]), due, due, due,
                     remediated.isEmpty() ? QVariant() : QVariant(remediated),
                     QString::fromLatin1(r[7])})
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
    }

    void addComplaints()
    {
        // (id, received_at, status, response_due, responded_at)
        const char *rows[][5] = {
            {"K1", "2026-06-16T02:00:00Z", "resolved", "2026-06-30", "2026-06-16T20:00:00Z"},
            {"K2", "2026-06-07T17:00:00Z", "new", "2026-06-10", ""},
            {"K3", "2026-05-01T03:00:00Z", "resolved", "2026-05-10", "2026-05-10T16:30:00Z"},
            {"K4", "2026-06-14T17:30:00Z", "triaged", "2026-06-30", ""},
            {"K5", "2025-06-01T03:00:00Z", "resolved", "2025-06-10", "2025-06-05T01:00:00Z"},
        };
        for (const auto &r : rows) {
            QSqlQuery q(ws->db().sql());
            q.prepare(QStringLiteral("INSERT INTO complaints (id, received_at, channel, kind, "
                                     "text, status, response_due, responded_at) "
                                     "VALUES (?, ?, 'web', 'other', 't', ?, ?, ?)"));
            const QString responded = QString::fromLatin1(r[4]);
            for (const QVariant &v :
                 QVariantList{QString::fromLatin1(r[0]), QString::fromLatin1(r[1]),
                              QString::fromLatin1(r[2]), QString::fromLatin1(r[3]),
                              responded.isEmpty() ? QVariant() : QVariant(responded)})
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
        // K3 is about G3, a generation of p2's model.
        exec(QStringLiteral("INSERT INTO complaint_generations VALUES ('K3', 'G3')"));
    }
};

} // namespace ab::test
