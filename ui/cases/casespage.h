#pragma once

#include "common/sectionpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace ab::ui {

class CaseListModel;
class CaseView;
class TriageWidget;

// The Cases section: the list of review cases with its filters beside the
// page of the selected case, and the complaint triage queue as a second tab
// (triage is how complaints become cases).
class CasesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit CasesPage(QWidget *parent = nullptr);
    ~CasesPage() override;

    void setWorkspace(Workspace *workspace) override;

    // Shows a case (e.g. after "Open case from selection" elsewhere).
    void showCase(qint64 caseId);
    void showTriage();
    CaseListModel *model() const { return m_model; }
    CaseView *caseView() const { return m_view; }
    TriageWidget *triage() const { return m_triage; }

private:
    QWidget *buildCasesTab();
    QWidget *buildFilterBar(QWidget *parent);
    void fillFilterChoices();
    void applyFilter();
    void onCurrentRowChanged();
    void newCase();

    Workspace *m_workspace = nullptr;
    QTabWidget *m_tabs;
    CaseListModel *m_model;
    QTableView *m_table = nullptr;
    CaseView *m_view = nullptr;
    TriageWidget *m_triage = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_provider = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_banner = nullptr;
    qint64 m_pendingCase = 0;
};

} // namespace ab::ui
