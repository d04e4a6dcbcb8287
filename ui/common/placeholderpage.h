#pragma once

#include "sectionpage.h"

namespace ab::ui {

// Stands in for a section that this version does not have yet, saying so
// plainly instead of showing an empty frame.
class PlaceholderPage : public SectionPage
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
    void setWorkspace(Workspace *) override {}
};

} // namespace ab::ui
