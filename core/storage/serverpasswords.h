#pragma once

#include "serveraddress.h"

#include <QString>

namespace ab {

// The passwords of the team workspaces this process has connected to, kept
// in memory only, so that the further connections a worker thread opens by
// the workspace's address ("postgresql://…") need not ask again. Nothing is
// written anywhere: the keychain, where there is one, is the GUI's business.
class ServerPasswords
{
public:
    static void remember(const ServerAddress &address, const QString &password);
    // The remembered password, or an empty one (libpq then looks in
    // PGPASSWORD and ~/.pgpass).
    static QString find(const ServerAddress &address);
    static void forget(const ServerAddress &address);
};

} // namespace ab
