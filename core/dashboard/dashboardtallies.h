#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

class QTimeZone;

namespace ab {

class Database;

// The dashboard's running tallies (migration 7): counts per day that triggers
// keep in step with the deadlines, generations and complaints, so that the
// dashboard reads a few thousand rows instead of a million. Their local days
// are counted in one time zone, the workspace's.
class DashboardTallies
{
public:
    // Makes the tallies count local days in `zone`: when they
    // were counted in another zone, or never, writes the zone's offsets and
    // recounts every tally from the tables, in one transaction. Cheap when
    // nothing changed.
    static Status ensure(Database &db, const QTimeZone &zone);
    // For a bulk load of a whole workspace (the demo), where one recount at
    // the end costs less than the triggers' work per row: suspend() drops the
    // tally triggers and gives back their definitions; resume() puts them
    // back and recounts every tally in `zone`. Both run inside the caller's
    // transaction, so a failed load leaves the triggers as they were.
    static Result<QStringList> suspend(Database &db);
    static Status resume(Database &db, const QStringList &triggers, const QTimeZone &zone);

    // For a bulk load into a workspace whose tallies may be counted (an
    // import): the insert triggers of generations and deadlines are set
    // aside while it writes; this then adds what they would have added for
    // the rows after the marks (the highest generation rowid and deadline id
    // before the load). Call it before any added row is updated or deleted:
    // the update and delete triggers expect the row counted. Does nothing
    // when the tallies are not counted (the triggers would not have acted).
    static Status countAdded(Database &db, qint64 generationMark, qint64 deadlineMark);

    // What the tallies were counted in: stampOf() their zone; empty when they
    // are not counted yet.
    static Result<QString> countedZone(Database &db);
    // A zone's IANA id and a fingerprint of its offsets, so that new time
    // zone rules under the same name count as another zone.
    static QString stampOf(const QTimeZone &zone);
};

} // namespace ab
