#pragma once

#include "util/result.h"

namespace ab {

class Database;

// The numbered schema migrations shipped in resources/migrations
// (NNNN_name.sql), applied in order inside one transaction.
class Migrations
{
public:
    static int latestVersion();
    // Applies every migration after `from` up to and including `to`, and sets
    // PRAGMA user_version, all in one transaction: a failure leaves the file
    // exactly as it was.
    static Status apply(Database &db, int from, int to);
};

} // namespace ab
