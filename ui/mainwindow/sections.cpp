#include "sections.h"

#include "auditlog/auditlogpage.h"
#include "cases/casespage.h"
#include "common/placeholderpage.h"
#include "complaints/complaintspage.h"
#include "dashboard/dashboardpage.h"
#include "deadlines/deadlinespage.h"
#include "generations/generationspage.h"
#include "lineage/lineagepage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace ab::ui {

namespace {} // namespace

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QCoreApplication::translate("Sections", "Dashboard");
    case Section::Generations:
        return QCoreApplication::translate("Sections", "Generations");
    case Section::Complaints:
        return QCoreApplication::translate("Sections", "Complaints");
    case Section::Cases:
        return QCoreApplication::translate("Sections", "Cases");
    case Section::Lineage:
        return QCoreApplication::translate("Sections", "Lineage");
    case Section::Deadlines:
        return QCoreApplication::translate("Sections", "Deadlines");
    case Section::AuditLog:
        return QCoreApplication::translate("Sections", "Audit log");
    }
    return {};
}

QString sectionObjectName(Section section)
{
    static const char *names[kSectionCount] = {"dashboardPage", "generationsPage", "complaintsPage",
                                               "casesPage",     "lineagePage",     "deadlinesPage",
                                               "auditLogPage"};
    return QString::fromLatin1(names[int(section)]);
}

QIcon sectionIcon(Section section)
{
    QStyle *style = QApplication::style();
    switch (section) {
    case Section::Dashboard:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case Section::Generations:
        return style->standardIcon(QStyle::SP_FileDialogDetailedView);
    case Section::Complaints:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Section::Cases:
        return style->standardIcon(QStyle::SP_DirIcon);
    case Section::Lineage:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    case Section::Deadlines:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case Section::AuditLog:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    }
    return {};
}

SectionPage *createSectionPage(Section section, QWidget *parent)
{
    SectionPage *page = nullptr;
    switch (section) {
    case Section::Dashboard:
        page = new DashboardPage(parent);
        break;
    case Section::Generations:
        page = new GenerationsPage(parent);
        break;
    case Section::Cases:
        page = new CasesPage(parent);
        break;
    case Section::AuditLog:
        page = new AuditLogPage(parent);
        break;
    case Section::Complaints:
        page = new ComplaintsPage(parent);
        break;
    case Section::Lineage:
        page = new LineagePage(parent);
        break;
    case Section::Deadlines:
        page = new DeadlinesPage(parent);
        break;
    default:
        page = new PlaceholderPage(
            sectionTitle(section),
            QCoreApplication::translate(
                "Sections", "This section is not yet available in this version of AuditBench."),
            parent);
        break;
    }
    page->setObjectName(sectionObjectName(section));
    return page;
}

} // namespace ab::ui
