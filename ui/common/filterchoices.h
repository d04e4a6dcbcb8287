#pragma once

#include <functional>

class QComboBox;

namespace ab {
class Database;
class PolicyCatalog;
struct Policy;
} // namespace ab

namespace ab::ui {

// Fills a section's provider and policy boxes: "All …" first (no data), then
// the workspace's providers and the catalog policies `offer` accepts, named in
// the UI language (the full name also as tooltip, for names too long to show).
// Without a workspace only the "All …" entries are there.
void fillProviderPolicyChoices(QComboBox *providers, QComboBox *policies, Database *db,
                               const PolicyCatalog *catalog,
                               const std::function<bool(const Policy &)> &offer);

} // namespace ab::ui
