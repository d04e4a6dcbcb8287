#pragma once

#include "util/result.h"

namespace ab {

class Database;

// The numbered schema migrations shipped in resources/migrations
// (NNNN_name.sql), applied in order inside one transaction. One list serves
// both backends: where PostgreSQL's dialect differs, NNNN_name.pg.sql is its
// form of the same step.
class Migrations
{
public:
    static int latestVersion();
    // Applies every migration after `from` up to and including `to`, and
    // records the version, all in one transaction: a failure leaves the
    // workspace exactly as it was.
    static Status apply(Database &db, int from, int to);
    // The same inside the caller's transaction (a copy that creates a team
    // workspace's schema and fills it, all or nothing).
    static Status run(Database &db, int from, int to);
};

} // namespace ab
