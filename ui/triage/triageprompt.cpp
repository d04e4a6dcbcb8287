#include "triageprompt.h"

#include "cases/backgroundquery.h"
#include "cases/casequery.h"
#include "domain/vocabulary.h"
#include "triage/triagequeue.h"
#include "workspace/workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ab::ui {

namespace {
constexpr int kResults = 20;
using Choices = QList<std::pair<QString, QVariant>>;
} // namespace

TriagePrompt::TriagePrompt(QWidget *parent)
    : QWidget(parent), m_question(new QLabel(this)), m_edit(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_search(new BackgroundQuery(this))
{
    setObjectName(QStringLiteral("triagePrompt"));
    m_question->setObjectName(QStringLiteral("triagePromptLabel"));
    m_edit->setObjectName(QStringLiteral("triagePromptEdit"));
    m_results->setObjectName(QStringLiteral("triagePromptResults"));
    m_question->setWordWrap(true);
    m_results->setFocusPolicy(Qt::NoFocus); // arrows in the edit move through it
    m_results->setMaximumHeight(m_results->fontMetrics().lineSpacing() * 7 + 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_question);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &TriagePrompt::onReturn);
    hide();
}

bool TriagePrompt::searches() const
{
    return m_purpose == Purpose::LinkGeneration || m_purpose == Purpose::AddToCase ||
           m_purpose == Purpose::Duplicate;
}

int TriagePrompt::resultCount() const
{
    return m_results->count();
}

void TriagePrompt::ask(Purpose purpose, const QString &question, const QString &text,
                       const Choices &choices)
{
    m_search->cancel();
    m_purpose = purpose;
    m_question->setText(question);
    m_edit->setText(text);
    m_edit->selectAll();
    m_searchedText = text;
    showChoices(choices);
    show();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TriagePrompt::cancel()
{
    const bool was = isAsking();
    m_search->cancel();
    m_purpose = Purpose::None;
    m_results->clear();
    hide();
    if (was)
        emit cancelled();
}

void TriagePrompt::showChoices(const Choices &choices)
{
    m_results->clear();
    for (const auto &[label, value] : choices) {
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, value);
    }
    m_results->setVisible(!choices.isEmpty());
    if (!choices.isEmpty())
        m_results->setCurrentRow(0);
}

bool TriagePrompt::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            cancel();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            // A duplicate's id goes into the edit, so that Enter takes it.
            if (m_purpose == Purpose::Duplicate)
                m_edit->setText(m_results->item(row)->data(Qt::UserRole).toString());
            m_searchedText = m_edit->text();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TriagePrompt::onReturn()
{
    const QString text = m_edit->text().trimmed();
    const Purpose purpose = m_purpose;
    if (purpose == Purpose::None)
        return;
    // Results shown for this very text: Enter takes the highlighted one.
    if (searches() && m_results->currentItem() && text == m_searchedText.trimmed()) {
        const QVariant value = m_results->currentItem()->data(Qt::UserRole);
        cancel();
        emit confirmed(purpose, value);
        return;
    }
    if (searches() && purpose != Purpose::Duplicate && !text.isEmpty()) {
        runSearch();
        return;
    }
    cancel();
    emit confirmed(purpose, text);
}

void TriagePrompt::runSearch()
{
    if (!m_workspace)
        return;
    const QString text = m_edit->text().trimmed();
    const Purpose purpose = m_purpose;
    m_question->setText(tr("Searching for “%1”…").arg(text));
    auto done = [this, text, purpose](const Choices &choices, const QString &none) {
        // An id typed in full needs no second Enter.
        if (purpose == Purpose::LinkGeneration && choices.size() == 1 &&
            choices.first().second.toString() == text) {
            cancel();
            emit confirmed(purpose, text);
            return;
        }
        m_searchedText = text;
        showChoices(choices);
        m_question->setText(choices.isEmpty() ? none
                                              : tr("Enter takes the highlighted one; ↑ ↓ choose; "
                                                   "Esc cancels."));
    };
    if (purpose == Purpose::LinkGeneration) {
        m_search->run<QVector<TriageGenerationHit>>(
            m_workspace->path(),
            [text](Database &db) { return TriageQueue::findGenerations(db, text, kResults); },
            [done, text](Result<QVector<TriageGenerationHit>> hits) {
                Choices choices;
                if (hits)
                    for (const TriageGenerationHit &h : *hits)
                        choices.push_back(
                            {tr("%1 · %2 · %3").arg(h.id, h.category, h.prompt.left(70)), h.id});
                done(choices,
                     hits ? tr("No generation matches “%1”.").arg(text) : hits.error().toString());
            });
    } else if (purpose == Purpose::AddToCase) {
        m_search->run<QVector<CaseListRow>>(
            m_workspace->path(),
            [text](Database &db) { return CaseQuery::search(db, text, kResults); },
            [done, text](Result<QVector<CaseListRow>> rows) {
                Choices choices;
                if (rows)
                    for (const CaseListRow &r : *rows)
                        choices.push_back({tr("%1 · %2 · %3")
                                               .arg(r.number, r.title,
                                                    Vocab::label(Vocabulary::CaseStatus, r.status)),
                                           r.id});
                done(choices,
                     rows ? tr("No case matches “%1”.").arg(text) : rows.error().toString());
            });
    }
}

} // namespace ab::ui
