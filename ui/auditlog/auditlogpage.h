#pragma once

#include "audit/workspaceverifier.h"
#include "common/sectionpage.h"

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace ab::ui {

class AuditLogModel;
class BackgroundQuery;

// The Audit log section: every recorded change, newest first, filtered by
// user, action, record and date; the selected entry's before and after; and
// Verify, which checks the file and the hash chain on a worker thread with
// progress (a million entries take a while) and can be stopped.
class AuditLogPage : public SectionPage
{
    Q_OBJECT
public:
    explicit AuditLogPage(QWidget *parent = nullptr);
    ~AuditLogPage() override;

    void setWorkspace(Workspace *workspace) override;
    AuditLogModel *model() const { return m_model; }

    void applyFilter();
    void startVerify();
    void stopVerify();
    bool isVerifying() const { return m_verifying; }
    QString verifyResult() const;

signals:
    void verifyFinished(bool ok);

private:
    QWidget *buildFilterBar();
    void fillChoices();
    void onCurrentRowChanged();
    void onVerified(const Result<WorkspaceCheck> &check);

    Workspace *m_workspace = nullptr;
    AuditLogModel *m_model;
    BackgroundQuery *m_choices;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entityKind = nullptr;
    QLineEdit *m_entityId = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_verify;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_result;
    QLabel *m_banner;
    QTimer *m_poll;
    QTimer *m_debounce;
    bool m_verifying = false;
    std::shared_ptr<std::atomic<qint64>> m_checked;
    std::shared_ptr<std::atomic<qint64>> m_total;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace ab::ui
