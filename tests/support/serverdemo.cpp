#include "serverdemo.h"

#include "demotestsupport.h"
#include "identity/roles.h"
#include "identity/userservice.h"
#include "workspace/workspacecopy.h"

namespace ab::test {

ServerDemo::ServerDemo(qint64 scale, quint64 seed)
    : file(demoWorkspace(dir, QStringLiteral("demo.auditbench"), scale, seed))
{
    // The server login acts on the team workspace: a supervisor of it, so
    // that tests may change things there as they may in the file.
    const QString login = server.address().user;
    const QString actor = file->actor();
    file->setActor(QStringLiteral("supervisor"));
    AB_REQUIRE_OK(UserService(*file).add(login, login, Role::Supervisor));
    file->setActor(actor);
    AB_REQUIRE_OK(WorkspaceCopy::copyTo(file->db(), server.url(), {}, server.address().user));
    auto opened = Workspace::openServer(server.address(), {});
    AB_REQUIRE_OK(opened);
    team = std::move(*opened);
}

} // namespace ab::test
