#pragma once

#include "workspace/workspace.h"

#include <QDate>
#include <QString>
#include <memory>

namespace ab::test {

// A small workspace for deadline tests: acting user "tester" (analyst), a
// supervisor "supervisor", an auditor "audrey"; providers P1 (no policy of
// its own) and P2 (overrides with cac-2023-interim); model versions M1
// (released 2025-12-01), M2 (2026-04-01) and M3 (2026-07-01) of P1, and M9
// (2025-06-01) of P2.
class DeadlineFixture
{
public:
    explicit DeadlineFixture(const QString &path);
    Workspace &ws() { return *m_ws; }
    const QString &path() const { return m_path; }

    void addGeneration(const QString &id, const QString &model, const QString &flaggedAt);
    void addComplaint(const QString &id, const QString &receivedAt,
                      const QStringList &generations = {});
    // Runs one statement; fails the test if it fails.
    void exec(const QString &sql);
    qint64 count(const QString &sql);
    // Re-opens the same file as another user.
    std::unique_ptr<Workspace> openAs(const QString &user);

private:
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace ab::test
