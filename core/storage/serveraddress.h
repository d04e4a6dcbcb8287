#pragma once

#include "util/result.h"

#include <QString>

namespace ab {

// Where a team workspace lives: a database on a PostgreSQL server, written
// `postgresql://user@host:port/database`. The address never holds a
// password: that is asked for, or taken from the keychain or from libpq's
// own PGPASSWORD / ~/.pgpass.
struct ServerAddress
{
    static constexpr int kDefaultPort = 5432;

    QString user;
    QString host;
    int port = kDefaultPort;
    QString database;

    // True when `text` names a server rather than a workspace file.
    static bool looksLikeServer(const QString &text);
    // Reads an address; a malformed one gets an error naming the part that
    // is wrong (scheme, user, host, port, database, password).
    static Result<ServerAddress> parse(const QString &text);

    // The canonical address, as parse() reads it back.
    QString toString() const;

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace ab
