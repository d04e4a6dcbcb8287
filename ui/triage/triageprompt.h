#pragma once

#include <QVariant>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ab {
class Workspace;
}

namespace ab::ui {

class BackgroundQuery;

// The one-line prompt of the triage view: a reason, a case title, or a
// search (a generation to link, a case to add to, the complaint a duplicate
// repeats). Enter searches when there is something to search, and confirms
// the highlighted result (or the text) otherwise; the arrow keys move
// through the results; Esc cancels. The keyboard never needs the mouse.
class TriagePrompt : public QWidget
{
    Q_OBJECT
public:
    enum class Purpose
    {
        None,
        LinkGeneration,
        Duplicate,
        Dismiss,
        Escalate,
        AddToCase
    };
    Q_ENUM(Purpose)

    explicit TriagePrompt(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    // Shows the prompt and takes the keyboard. `choices` are offered at once
    // (duplicate suggestions), as (label, value).
    void ask(Purpose purpose, const QString &question, const QString &text = {},
             const QList<std::pair<QString, QVariant>> &choices = {});
    void cancel();
    Purpose purpose() const { return m_purpose; }
    bool isAsking() const { return m_purpose != Purpose::None; }

    QLineEdit *edit() const { return m_edit; }
    BackgroundQuery *search() const { return m_search; }
    int resultCount() const;

signals:
    // `value` is the chosen result's value, or the text when there is none.
    void confirmed(ab::ui::TriagePrompt::Purpose purpose, const QVariant &value);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReturn();
    void runSearch();
    void showChoices(const QList<std::pair<QString, QVariant>> &choices);
    bool searches() const;

    Workspace *m_workspace = nullptr;
    Purpose m_purpose = Purpose::None;
    QString m_searchedText; // the text the results shown were found for
    QLabel *m_question;
    QLineEdit *m_edit;
    QListWidget *m_results;
    BackgroundQuery *m_search;
};

} // namespace ab::ui
