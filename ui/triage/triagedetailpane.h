#pragma once

#include "triage/duplicatefinder.h"
#include "triage/triagequeue.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ab {
class FeedbackClock;
class Workspace;
} // namespace ab

namespace ab::ui {

class BackgroundQuery;

// What the triage view shows of the current complaint: its facts, the
// feedback deadline (prominent for personal-information requests), its text
// and linked generations, and the duplicate suggestions, each shown beside
// the complaint's own text when selected.
class TriageDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit TriageDetailPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace, const FeedbackClock *clock);
    // Reads the complaint (a few indexed rows) and starts the duplicate
    // search on a worker; an empty id clears the pane.
    void showComplaint(const QString &id);
    const std::optional<TriageComplaint> &complaint() const { return m_detail; }

    QStringList suggestionIds() const;
    void selectSuggestion(int row);
    BackgroundQuery *suggestionQuery() const { return m_query; }

private:
    void showSuggestions(const QVector<DuplicateSuggestion> &suggestions);
    void onSuggestionSelected();
    QString deadlineText(const TriageComplaint &d, bool &overdue) const;

    Workspace *m_workspace = nullptr;
    const FeedbackClock *m_clock = nullptr;
    std::optional<TriageComplaint> m_detail;
    QVector<DuplicateSuggestion> m_suggestions;
    QLabel *m_header;
    QLabel *m_deadline;
    QPlainTextEdit *m_text;
    QLabel *m_generations;
    QListWidget *m_suggestionList;
    QPlainTextEdit *m_compareMine;
    QPlainTextEdit *m_compareTheirs;
    QLabel *m_compareLabel;
    BackgroundQuery *m_query;
};

} // namespace ab::ui
