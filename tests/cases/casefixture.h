#pragma once

#include "deadlines/deadlinequery.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QStringList>
#include <memory>
#include <optional>

namespace ab::test {

// A workspace for case, triage and audit tests: provider P1 with model M1
// and `generations` generations G00001… (category A.1.g), a second provider
// P2 with model M2 and generation H00001 (category A.4.f), and three users:
// the analyst "tester" (acting), the supervisor "supervisor" and the auditor
// "audrey".
struct CaseFixture
{
    static const QString kAnalyst;
    static const QString kSupervisor;
    static const QString kAuditor;

    explicit CaseFixture(int generations = 10);

    Workspace &workspace() { return *ws; }
    Database &db() { return ws->db(); }
    void actAs(const QString &user) { ws->setActor(user); }

    // A complaint through the repository, then the triage fields by SQL (the
    // repository does not know them).
    void addComplaint(const QString &id, const QString &text, const QString &receivedAt,
                      const QStringList &generations = {},
                      const QString &kind = QStringLiteral("other"), const QString &severity = {},
                      const QString &responseDue = {});
    // A deadlines row written directly, so that these tests do not depend on
    // how the deadline engine computes one.
    qint64 addDeadline(const ItemRef &item, const QDate &due, const QString &remediatedAt = {},
                       const QString &verification = QStringLiteral("none"));

    qint64 auditCount();
    QString scalar(const QString &sql); // first column of the first row, as text

    TempDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
};

ItemRef gen(const QString &id);
ItemRef complaint(const QString &id);

} // namespace ab::test
