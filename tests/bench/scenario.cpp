#include "scenario.h"

#include <QDir>
#include <algorithm>

namespace ab::bench {

QString BenchContext::file(const QString &name) const
{
    return QDir(workdir).filePath(name);
}

std::vector<Scenario> &Registry::all()
{
    static std::vector<Scenario> scenarios;
    return scenarios;
}

const Scenario *Registry::find(const QString &name)
{
    const auto &list = all();
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Scenario &s) { return s.name == name; });
    return it == list.end() ? nullptr : &*it;
}

Registrar::Registrar(const char *name, const char *description, ScenarioFunction run)
{
    Registry::all().push_back({QString::fromUtf8(name), QString::fromUtf8(description), run});
}

} // namespace ab::bench
