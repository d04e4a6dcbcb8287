#include "filterchoices.h"

#include "deadlines/deadlinelist.h"
#include "deadlines/policycatalog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalBlocker>

namespace ab::ui {

void fillProviderPolicyChoices(QComboBox *providers, QComboBox *policies, Database *db,
                               const PolicyCatalog *catalog,
                               const std::function<bool(const Policy &)> &offer)
{
    const QSignalBlocker b1(providers), b2(policies);
    providers->clear();
    policies->clear();
    providers->addItem(QCoreApplication::translate("FilterChoices", "All providers"));
    policies->addItem(QCoreApplication::translate("FilterChoices", "All policies"));
    if (!db)
        return;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    // Both lists are short (a handful of providers and policy files).
    if (auto found = DeadlineList::providers(*db, chinese))
        for (const auto &[id, name] : *found)
            providers->addItem(name, id);
    if (!catalog)
        return;
    for (const Policy &p : catalog->policies()) {
        if (!offer(p))
            continue;
        policies->addItem(p.name(chinese), p.id);
        policies->setItemData(policies->count() - 1, p.name(chinese), Qt::ToolTipRole);
    }
}

} // namespace ab::ui
