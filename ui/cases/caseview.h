#pragma once

#include "cases/casetypes.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace ab {
class Workspace;
}

namespace ab::ui {

class CaseHistoryPanel;
class EvidencePanel;

// The page of one review case: number, status and deadline; the fields to
// edit (saved with the version they were read at, so a stale save is refused
// with a clear message); the allowed next statuses; and tabs for items,
// timeline and notes, and evidence.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void showCase(qint64 caseId); // 0: none
    qint64 caseId() const { return m_record ? m_record->id : 0; }
    const std::optional<CaseRecord> &record() const { return m_record; }

    // The actions behind the buttons, for tests and keyboard users.
    bool save();
    bool applyTransition();
    bool addNote();
    EvidencePanel *evidencePanel() const { return m_evidence; }

signals:
    // The case was changed here: lists showing it refresh.
    void caseChanged(qint64 caseId);

private:
    void buildForm(QWidget *box);
    QWidget *buildStatusBar();
    void reload();
    void fillChoices();
    void fillForm();
    void fillItems(const QVector<CaseItemRow> &items);
    void fillTransitions();
    void showError(const QString &message, bool offerReload = false);
    void clearError();
    CaseFields formFields() const;
    bool writable() const;

    Workspace *m_workspace = nullptr;
    std::optional<CaseRecord> m_record;
    bool m_canWrite = false;
    bool m_isSupervisor = false;

    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_deadline;
    QLabel *m_categories;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reload;
    QLineEdit *m_title;
    QComboBox *m_provider;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_findings;
    QPlainTextEdit *m_remediation;
    QPushButton *m_save;
    QComboBox *m_transition;
    QLineEdit *m_reason;
    QLineEdit *m_exception;
    QPushButton *m_apply;
    QTabWidget *m_tabs;
    QTableWidget *m_items;
    CaseHistoryPanel *m_history;
    EvidencePanel *m_evidence;
};

} // namespace ab::ui
