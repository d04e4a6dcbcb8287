#pragma once

#include "deadlines/deadlinequery.h"
#include "deadlines/deadlinestatus.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace ab {

class Database;

// Keeps the cached `verification` column of deadlines in step with the
// retests table. A complaint is re-tested through the generations linked to
// it, so one re-test can bear on several deadlines. Runs inside the caller's
// transaction.
class VerificationTracker
{
public:
    VerificationTracker(Database &db, QString actor);

    // The generation whose prompt a re-test of `item` re-runs: the generation
    // itself, or the one generation linked to the complaint (`named` picks one
    // when there are several).
    Result<QString> generationFor(const ItemRef &item, const QString &named);
    // The verification an item's re-tests give (DeadlineStatus::verificationOf).
    Result<Verification> verificationFor(const ItemRef &item, const QDateTime &triggerAt,
                                         const QDate &triggerDate);
    // Recomputes every deadline a re-test of `generationId` bears on, with an
    // audit entry for each one that changed; the changes are added to `changes`.
    Status refresh(const QString &generationId, QJsonArray &changes);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace ab
