#pragma once

#include <QIcon>
#include <QString>

namespace ab::ui {

class SectionPage;

// The sections of the main window's navigation, in display order.
enum class Section
{
    Dashboard,
    Generations,
    Complaints,
    Cases,
    Lineage,
    Deadlines,
    AuditLog
};
inline constexpr int kSectionCount = 7;

QString sectionTitle(Section section);
QString sectionObjectName(Section section); // "dashboardPage", "generationsPage", …
QIcon sectionIcon(Section section);

// Creates the page for a section; the one place that knows which widget class
// serves which section.
SectionPage *createSectionPage(Section section, QWidget *parent);

} // namespace ab::ui
