#pragma once

#include <QWidget>

namespace ab {
class Workspace;
}

namespace ab::ui {

// A page of the main window's section navigation. The main window hands every
// page the open workspace (or nullptr when none is open).
class SectionPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setWorkspace(Workspace *workspace) = 0;
};

} // namespace ab::ui
