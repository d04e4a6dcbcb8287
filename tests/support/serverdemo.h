#pragma once

#include "serverdatabase.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QList>
#include <memory>

namespace ab::test {

// One demo workspace twice: as a file, and copied to a fresh database on the
// test server. A query run on both must give the same answer; that is how
// the tests tell that the server's SQL means what the file's does. The
// server login is a supervisor of both.
struct ServerDemo
{
    ServerDemo(qint64 scale, quint64 seed);

    TempDir dir;
    ServerDatabase server;
    std::unique_ptr<Workspace> file;
    std::unique_ptr<Workspace> team;
};

} // namespace ab::test
