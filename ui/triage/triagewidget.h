#pragma once

#include "triage/triagequeue.h"
#include "triageprompt.h"

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;

namespace ab {
class FeedbackClock;
class TriageService;
class Workspace;
} // namespace ab

namespace ab::ui {

class BackgroundQuery;
class TriageDetailPane;

// The complaint triage queue, worked from the keyboard: one key per action
// on the current complaint (or on every selected one), and the next
// complaint comes up by itself after a decision.
//
//   K then 1–6   kind (then 1–4 for a personal-information request)
//   1–4          severity low … critical
//   L            link to a generation (id or text)
//   D            duplicate of another complaint (suggestions offered)
//   X            dismiss, with a reason
//   E            escalate to a new case;  A  add to an existing case
//   Enter / T    mark triaged (needs a severity)
//   U / Ctrl+Z   undo the last action
//   ↑ ↓ (Shift)  move (select several for a bulk action);  Esc cancels
class TriageWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit TriageWidget(QWidget *parent = nullptr);
    ~TriageWidget() override;

    void setWorkspace(Workspace *workspace);
    // Reads the head of the queue again, keeping the position.
    void reloadQueue(int keepRow = -1, const QString &keepId = {});

    QString currentId() const;
    QStringList targetIds() const; // the selection, else the current complaint
    TriageDetailPane *detail() const { return m_detail; }
    TriagePrompt *prompt() const { return m_prompt; }
    BackgroundQuery *counter() const { return m_counter; }
    const TriageService *service() const { return m_service.get(); }
    QString statusText() const;
    QString errorText() const;

signals:
    // A case was opened or got complaints: case lists refresh.
    void casesChanged();
    void openCaseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode
    {
        Normal,
        Kind,
        Request
    };

    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    void setMode(Mode mode);
    void onCurrentChanged();
    void recordSelection();
    void recordSeen(const QString &id, const TriageRow *shown);
    void onPromptConfirmed(TriagePrompt::Purpose purpose, const QVariant &value);
    void startPrompt(TriagePrompt::Purpose purpose);
    void digit(int n);
    void undo();
    template <typename T> void finish(const Result<T> &outcome, const QString &done);
    void showError(const QString &message);
    void updateCount();
    QString rowText(const TriageRow &row) const;
    void appendRows(const QVector<TriageRow> &rows);
    void fetchMore();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<TriageService> m_service;
    std::unique_ptr<FeedbackClock> m_clock;
    Mode m_mode = Mode::Normal;
    QVector<TriageRow> m_rows;
    bool m_atEnd = true;
    QLabel *m_keys;
    QLabel *m_count;
    QListWidget *m_queue;
    TriageDetailPane *m_detail;
    TriagePrompt *m_prompt;
    QLabel *m_status;
    QLabel *m_error;
    BackgroundQuery *m_counter;
};

} // namespace ab::ui
