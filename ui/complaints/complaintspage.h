#pragma once

#include "browse/listpage.h"

namespace ab::ui {

class ComplaintDetailPane;

// The Complaints section: every complaint, filtered by channel, kind, triage
// status and the rest, searched and sorted, the selected one below.
class ComplaintsPage : public ListPage
{
    Q_OBJECT
public:
    explicit ComplaintsPage(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    ComplaintDetailPane *detailPane() const { return m_detail; }

protected:
    void showItem(const QString &id) override;
    void focusDetail() override;
    QString countText(qint64 count, bool complete) const override;

private:
    ComplaintDetailPane *m_detail;
};

} // namespace ab::ui
