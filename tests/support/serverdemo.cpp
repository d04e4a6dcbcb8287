#include "serverdemo.h"

#include "demotestsupport.h"
#include "workspace/workspacecopy.h"

namespace ab::test {

ServerDemo::ServerDemo(qint64 scale, quint64 seed)
    : file(demoWorkspace(dir, QStringLiteral("demo.auditbench"), scale, seed))
{
    AB_REQUIRE_OK(WorkspaceCopy::copyTo(file->db(), server.url(), {}, server.address().user));
    auto opened = Workspace::openServer(server.address(), {});
    AB_REQUIRE_OK(opened);
    team = std::move(*opened);
}

} // namespace ab::test
