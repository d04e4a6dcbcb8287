#pragma once

#include "common/sectionpage.h"

class QTableView;

namespace ab::ui {

class GenerationsModel;

// The Generations section: flagged generations, newest first.
class GenerationsPage : public SectionPage
{
    Q_OBJECT
public:
    explicit GenerationsPage(QWidget *parent = nullptr);
    ~GenerationsPage() override;
    void setWorkspace(Workspace *workspace) override;

private:
    GenerationsModel *m_model;
    QTableView *m_table;
};

} // namespace ab::ui
