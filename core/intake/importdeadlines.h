#pragma once

#include "deadlines/deadlineservice.h"
#include "recordformat.h"
#include "sqlitestatement.h"
#include "timestampparser.h"

#include <QHash>
#include <QJsonArray>
#include <array>
#include <functional>

namespace ab::intake {

// Gives every generation and complaint an import added its remediation
// deadline, inside the import's transaction. DeadlineService::assign() does
// this for one item in a transaction of its own with an audit entry each;
// an import of a million generations needs it inside its one transaction,
// under its one audit entry, and fast. So this computes the same row the
// same way — the same policy resolution (the provider's policy, else the
// workspace default), DeadlineService::computeDue's counting through the
// DeadlineCalculator, the containment clock beside it, the re-test
// verification through VerificationTracker — and a test holds the two
// together (an item imported and the same item assigned by the service get
// identical rows).
class ImportDeadlines
{
public:
    ImportDeadlines(Workspace &workspace, const DeadlineService &service, Connection db);
    Status prepare();

    // Deadlines for the generations and complaints above the rowid marks
    // (the ones this import added; on a server, which has no rowids, the
    // ones pg_temp.intake_added lists), in the order they were added. `tick`
    // is called every so often and cancels by returning false; the count is
    // then -1.
    Result<qint64> assignAdded(qint64 generationMark, qint64 complaintMark,
                               const std::function<bool()> &tick);
    // Brings the verification of every deadline that a re-test written by
    // this import bears on up to date (temp.intake_retested lists the
    // generations). Changes to deadlines that existed before the import
    // (id <= deadlineMark) come back for the audit entry.
    Result<QJsonArray> refreshVerification(qint64 deadlineMark);

    static Result<qint64> deadlineMark(Connection db, const QString &path);

private:
    // Views into the row being read; valid while it is.
    struct Item
    {
        bool generation = true;
        QByteArrayView id;
        QByteArrayView triggerAt;  // stored UTC
        QByteArrayView providerId; // empty when none
    };
    struct PolicyEntry
    {
        Policy policy;
        QByteArray ref;    // as stored in policy_id
        QByteArray period; // as stored in period
    };
    // A trigger day under a policy, with the texts the row stores.
    struct Due
    {
        DueDate due;
        QByteArray triggerDay, nominal, dueDay, containmentDue;
        std::optional<bool> containmentComplete;
    };
    // One deadline row waiting for its batch. Its texts are copies: the row
    // being read and the due-date cache move on before the batch is written.
    struct Row
    {
        bool generation = true;
        QByteArray id, providerId, triggerAt, triggerDay, nominal, dueDay, containmentDue;
        int policy = 0;
        bool calendarComplete = true;
        std::optional<bool> containmentComplete;
        Verification verification = Verification::None;
    };
    Status assign(const Item &item);
    // Assigns the rows `q` gives (id, trigger, provider[, seq]); `more` is
    // true when it gave any.
    Status assignRows(SqliteStatement &q, bool generation, const std::function<bool()> &tick,
                      qint64 *lastSeq, bool &more);
    Result<bool> assignAbove(bool generation, qint64 mark, const std::function<bool()> &tick);
    Result<bool> assignListed(bool generation, const std::function<bool()> &tick);
    // Writes the rows waiting: 64 to a statement, because a statement's own
    // cost (its statement journal, the CHECK lists) is most of a deadline row's.
    Status flush();
    void bindRow(SqliteStatement &q, int first, const Row &row);
    Result<int> policyFor(QByteArrayView providerId); // index into m_policies
    const Due &dueFor(int policy, const QDate &triggerDate);

    Workspace &m_workspace;
    const DeadlineService &m_service;
    Connection m_db;
    QString m_path;
    TimestampParser m_time;
    std::optional<Policy> m_containment;
    QByteArray m_containmentRef;
    std::vector<PolicyEntry> m_policies;
    QHash<QByteArray, int> m_policyByProvider;
    QHash<quint64, Due> m_dues; // policy index << 32 | trigger day -> due
    SqliteStatement m_providerPolicy, m_insert, m_insertBatch, m_hasRetests;
    std::array<Row, 64> m_rows;
    int m_waiting = 0;
    qint64 m_assigned = 0;
    qint64 m_read = 0;
    bool m_cancelled = false;
};

} // namespace ab::intake
