#pragma once

#include "browse/listpage.h"

namespace ab::ui {

class GenerationsModel;
class GenerationDetailPane;

// The Generations section: every flagged generation, filtered, searched and
// sorted, with the selected one in full below the list.
class GenerationsPage : public ListPage
{
    Q_OBJECT
public:
    explicit GenerationsPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    GenerationDetailPane *detailPane() const { return m_detail; }

protected:
    void showItem(const QString &id) override;
    void focusDetail() override;
    QString countText(qint64 count, bool complete) const override;

private:
    GenerationDetailPane *m_detail;
};

} // namespace ab::ui
