#include "triagedetailpane.h"

#include "cases/backgroundquery.h"
#include "domain/vocabulary.h"
#include "privacy/piimasker.h"
#include "triage/feedbackclock.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace ab::ui {

TriageDetailPane::TriageDetailPane(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_deadline(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_generations(new QLabel(this)),
      m_suggestionList(new QListWidget(this)), m_compareMine(new QPlainTextEdit(this)),
      m_compareTheirs(new QPlainTextEdit(this)), m_compareLabel(new QLabel(this)),
      m_query(new BackgroundQuery(this))
{
    m_header->setObjectName(QStringLiteral("triageHeaderLabel"));
    m_deadline->setObjectName(QStringLiteral("triageDeadlineLabel"));
    m_text->setObjectName(QStringLiteral("triageComplaintText"));
    m_generations->setObjectName(QStringLiteral("triageGenerationsLabel"));
    m_suggestionList->setObjectName(QStringLiteral("triageSuggestionsList"));
    m_compareMine->setObjectName(QStringLiteral("triageCompareMine"));
    m_compareTheirs->setObjectName(QStringLiteral("triageCompareTheirs"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadline->setWordWrap(true);
    m_generations->setWordWrap(true);
    m_generations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPlainTextEdit *e : {m_text, m_compareMine, m_compareTheirs}) {
        e->setReadOnly(true);
        e->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the queue
    }
    m_suggestionList->setFocusPolicy(Qt::NoFocus);
    m_compareLabel->setWordWrap(true);

    auto *compare = new QSplitter(Qt::Horizontal, this);
    compare->addWidget(m_compareMine);
    compare->addWidget(m_compareTheirs);
    auto *suggestions = new QWidget(this);
    auto *suggestionsLayout = new QVBoxLayout(suggestions);
    suggestionsLayout->setContentsMargins(0, 0, 0, 0);
    suggestionsLayout->addWidget(new QLabel(tr("Possible duplicates"), suggestions));
    suggestionsLayout->addWidget(m_suggestionList, 1);
    suggestionsLayout->addWidget(m_compareLabel);
    suggestionsLayout->addWidget(compare, 2);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_header);
    topLayout->addWidget(m_deadline);
    topLayout->addWidget(m_text, 1);
    topLayout->addWidget(m_generations);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(suggestions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_suggestionList, &QListWidget::currentRowChanged, this,
            &TriageDetailPane::onSuggestionSelected);
    showComplaint({});
}

void TriageDetailPane::setWorkspace(Workspace *workspace, const FeedbackClock *clock)
{
    m_workspace = workspace;
    m_clock = clock;
    showComplaint({});
}

QString TriageDetailPane::deadlineText(const TriageComplaint &d, bool &overdue) const
{
    overdue = false;
    if (!m_clock || !m_workspace)
        return {};
    const FeedbackClock::Due due = m_clock->dueOf(d.responseDue, d.receivedAt);
    if (!due.date.isValid())
        return tr("Feedback deadline unknown");
    const QDate today =
        time::localDate(QDateTime::currentDateTimeUtc(), m_workspace->settings().timeZone());
    const qint64 left = today.daysTo(due.date);
    overdue = left < 0;
    const QString date = QLocale().toString(due.date, QStringLiteral("yyyy-MM-dd"));
    QString text = left < 0
                       ? tr("Feedback due %1 — overdue by %n day(s)", nullptr, int(-left)).arg(date)
                       : tr("Feedback due %1 — %n day(s) left", nullptr, int(left)).arg(date);
    if (!due.recorded)
        text += tr(" (computed from receipt: no deadline was recorded)");
    if (d.kind == QLatin1String("personal_info"))
        text = tr("Personal-information request: %1. %2")
                   .arg(Vocab::label(Vocabulary::PersonalInfoRequest, d.request), text);
    return text;
}

void TriageDetailPane::showComplaint(const QString &id)
{
    m_query->cancel();
    m_detail.reset();
    m_suggestions.clear();
    m_suggestionList->clear();
    m_compareMine->clear();
    m_compareTheirs->clear();
    m_compareLabel->clear();
    if (!m_workspace || id.isEmpty()) {
        m_header->setText(tr("No complaint is waiting for triage."));
        m_deadline->clear();
        m_text->clear();
        m_generations->clear();
        return;
    }
    auto detail = TriageQueue::detail(m_workspace->db(), id);
    if (!detail) {
        m_header->setText(detail.error().toString());
        return;
    }
    m_detail = *detail;
    const TriageComplaint &d = *detail;
    const auto received = time::fromStored(d.receivedAt);
    m_header->setText(
        tr("<b>%1</b> · received %2 · %3 · %4 · severity: %5")
            .arg(d.id.toHtmlEscaped(),
                 received
                     ? QLocale().toString(received->toTimeZone(m_workspace->settings().timeZone()),
                                          QStringLiteral("yyyy-MM-dd HH:mm"))
                     : d.receivedAt,
                 Vocab::label(Vocabulary::ComplaintChannel, d.channel),
                 Vocab::label(Vocabulary::ComplaintKind, d.kind),
                 d.severity.isEmpty() ? tr("not set")
                                      : Vocab::label(Vocabulary::Severity, d.severity)));
    bool overdue = false;
    m_deadline->setText(deadlineText(d, overdue));
    const bool personal = d.kind == QLatin1String("personal_info");
    m_deadline->setStyleSheet(
        overdue    ? QStringLiteral("color: #b01e1e; font-weight: bold;")
        : personal ? QStringLiteral("background: #fff4d6; padding: 4px; font-weight: bold;")
                   : QString());
    m_text->setPlainText(PiiMasker::mask(d.text));
    m_compareMine->setPlainText(PiiMasker::mask(d.text));
    QStringList gens;
    for (const TriageLinkedGeneration &g : d.generations)
        gens << tr("%1 (%2, %3): %4").arg(g.id, g.model, g.category, g.prompt.left(80));
    QString linked = gens.isEmpty()
                         ? tr("Linked generations: none")
                         : tr("Linked generations: %1").arg(gens.join(QStringLiteral("; ")));
    if (!d.cases.isEmpty())
        linked += tr("\nIn cases: %1").arg(d.cases.join(QStringLiteral(", ")));
    m_generations->setText(linked);

    m_compareLabel->setText(tr("Looking for duplicates…"));
    m_query->run<QVector<DuplicateSuggestion>>(
        m_workspace->path(), [id](Database &db) { return DuplicateFinder::suggest(db, id); },
        [this](Result<QVector<DuplicateSuggestion>> found) {
            if (!found) {
                m_compareLabel->setText(found.error().toString());
                return;
            }
            showSuggestions(*found);
        });
}

void TriageDetailPane::showSuggestions(const QVector<DuplicateSuggestion> &suggestions)
{
    m_suggestions = suggestions;
    m_suggestionList->clear();
    for (const DuplicateSuggestion &s : suggestions) {
        QString line = tr("%1 · %2% similar · %3")
                           .arg(s.complaintId)
                           .arg(qRound(s.similarity * 100))
                           .arg(Vocab::label(Vocabulary::ComplaintStatus, s.status));
        if (s.sameGeneration)
            line += tr(" · same generation");
        m_suggestionList->addItem(line + QStringLiteral("\n") +
                                  PiiMasker::mask(s.text.simplified()).left(90));
    }
    m_compareLabel->setText(suggestions.isEmpty()
                                ? tr("No similar complaint found.")
                                : tr("Left: this complaint. Right: the selected suggestion."));
    if (!suggestions.isEmpty())
        m_suggestionList->setCurrentRow(0);
}

QStringList TriageDetailPane::suggestionIds() const
{
    QStringList ids;
    for (const DuplicateSuggestion &s : m_suggestions)
        ids << s.complaintId;
    return ids;
}

void TriageDetailPane::selectSuggestion(int row)
{
    if (row >= 0 && row < m_suggestionList->count())
        m_suggestionList->setCurrentRow(row);
}

void TriageDetailPane::onSuggestionSelected()
{
    const int row = m_suggestionList->currentRow();
    if (row < 0 || row >= m_suggestions.size()) {
        m_compareTheirs->clear();
        return;
    }
    m_compareTheirs->setPlainText(PiiMasker::mask(m_suggestions.at(row).text));
}

} // namespace ab::ui
