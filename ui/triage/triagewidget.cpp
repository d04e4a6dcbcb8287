#include "triagewidget.h"

#include "cases/backgroundquery.h"
#include "cases/casequery.h"
#include "domain/vocabulary.h"
#include "triage/feedbackclock.h"
#include "triage/triageservice.h"
#include "triagedetailpane.h"
#include "workspace/workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace ab::ui {

TriageWidget::TriageWidget(QWidget *parent)
    : QWidget(parent), m_keys(new QLabel(this)), m_count(new QLabel(this)),
      m_queue(new QListWidget(this)), m_detail(new TriageDetailPane(this)),
      m_prompt(new TriagePrompt(this)), m_status(new QLabel(this)), m_error(new QLabel(this)),
      m_counter(new BackgroundQuery(this))
{
    setObjectName(QStringLiteral("triageWidget"));
    m_keys->setObjectName(QStringLiteral("triageKeysLabel"));
    m_count->setObjectName(QStringLiteral("triageCountLabel"));
    m_queue->setObjectName(QStringLiteral("triageQueueList"));
    m_status->setObjectName(QStringLiteral("triageStatusLabel"));
    m_error->setObjectName(QStringLiteral("triageErrorLabel"));
    m_keys->setWordWrap(true);
    m_keys->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                         "padding: 4px; }"));
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setWordWrap(false); // two lines a row: facts, then the text, each elided
    m_queue->setTextElideMode(Qt::ElideRight);
    m_queue->setUniformItemSizes(true);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elide, never scroll sideways
    m_queue->installEventFilter(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                          "padding: 6px; border-radius: 3px; }"));
    m_error->hide();
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_queue, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    left->setMinimumWidth(m_queue->fontMetrics().averageCharWidth() * 44);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keys);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addWidget(m_prompt);
    layout->addWidget(m_status);

    connect(m_queue, &QListWidget::currentRowChanged, this, &TriageWidget::onCurrentChanged);
    connect(m_queue, &QListWidget::itemSelectionChanged, this, &TriageWidget::recordSelection);
    connect(m_prompt, &TriagePrompt::confirmed, this, &TriageWidget::onPromptConfirmed);
    connect(m_prompt, &TriagePrompt::cancelled, this,
            [this] { m_queue->setFocus(Qt::OtherFocusReason); });
    setMode(Mode::Normal);
}

TriageWidget::~TriageWidget() = default;

void TriageWidget::setWorkspace(Workspace *workspace)
{
    m_prompt->cancel();
    m_workspace = workspace;
    m_service.reset(workspace ? new TriageService(*workspace) : nullptr);
    m_clock.reset();
    if (workspace) {
        auto clock = FeedbackClock::load(*workspace);
        if (clock)
            m_clock = std::make_unique<FeedbackClock>(std::move(*clock));
        else
            showError(clock.error().toString());
    }
    m_prompt->setWorkspace(workspace);
    m_detail->setWorkspace(workspace, m_clock.get());
    m_status->clear();
    reloadQueue(0);
}

void TriageWidget::setMode(Mode mode)
{
    m_mode = mode;
    QStringList parts;
    if (mode == Mode::Kind) {
        const QStringList kinds = Vocab::tokens(Vocabulary::ComplaintKind);
        for (int i = 0; i < kinds.size(); ++i)
            parts << tr("%1 %2").arg(i + 1).arg(
                Vocab::label(Vocabulary::ComplaintKind, kinds.at(i)));
        m_keys->setText(tr("Kind: %1 · Esc cancel").arg(parts.join(QStringLiteral(" · "))));
    } else if (mode == Mode::Request) {
        const QStringList requests = Vocab::tokens(Vocabulary::PersonalInfoRequest);
        for (int i = 0; i < requests.size(); ++i)
            parts << tr("%1 %2").arg(i + 1).arg(
                Vocab::label(Vocabulary::PersonalInfoRequest, requests.at(i)));
        m_keys->setText(tr("Personal-information request: %1 · Esc cancel")
                            .arg(parts.join(QStringLiteral(" · "))));
    } else {
        m_keys->setText(tr("K kind · 1–4 severity · L link generation · D duplicate · X dismiss · "
                           "E new case · A add to case · Enter triaged · U undo · "
                           "↑↓ move, Shift+↑↓ select several"));
    }
}

QString TriageWidget::rowText(const TriageRow &row) const
{
    const FeedbackClock::Due due =
        m_clock ? m_clock->dueOf(row.responseDue, row.receivedAt) : FeedbackClock::Due{};
    QString first = row.id;
    if (due.date.isValid())
        first += QStringLiteral(" · ") + QLocale().toString(due.date, QStringLiteral("yyyy-MM-dd"));
    first += QStringLiteral(" · ") + Vocab::label(Vocabulary::ComplaintKind, row.kind);
    if (!row.request.isEmpty())
        first += QStringLiteral(" (") + Vocab::label(Vocabulary::PersonalInfoRequest, row.request) +
                 QLatin1Char(')');
    if (!row.severity.isEmpty())
        first += QStringLiteral(" · ") + Vocab::label(Vocabulary::Severity, row.severity);
    return first + QLatin1Char('\n') + row.text.left(80);
}

void TriageWidget::appendRows(const QVector<TriageRow> &rows)
{
    for (const TriageRow &r : rows) {
        auto *item = new QListWidgetItem(rowText(r), m_queue);
        item->setData(Qt::UserRole, r.id);
    }
    m_rows += rows;
    m_atEnd = rows.size() < kPageSize;
}

void TriageWidget::reloadQueue(int keepRow, const QString &keepId)
{
    const QSignalBlocker block(m_queue);
    m_queue->clear();
    m_rows.clear();
    m_atEnd = true;
    // The rows are read afresh: what the user has seen is recorded again as
    // they come up (and what they saw before no longer shows).
    if (m_service)
        m_service->forgetSeen();
    if (m_workspace) {
        // The head of the queue is one seek in its index: cheap enough to
        // read here, so that the next complaint shows with no delay.
        auto rows = TriageQueue::fetch(m_workspace->db(), {}, kPageSize);
        if (rows)
            appendRows(*rows);
        else
            showError(rows.error().toString());
    }
    int row = -1;
    for (int i = 0; i < m_rows.size() && !keepId.isEmpty(); ++i)
        if (m_rows.at(i).id == keepId)
            row = i;
    if (row < 0 && !m_rows.isEmpty())
        row = std::clamp(keepRow, 0, int(m_rows.size()) - 1);
    if (row >= 0)
        m_queue->setCurrentRow(row);
    onCurrentChanged();
    updateCount();
    if (isVisible() && !m_prompt->isAsking())
        m_queue->setFocus(Qt::OtherFocusReason);
}

void TriageWidget::fetchMore()
{
    if (!m_workspace || m_atEnd || m_rows.isEmpty())
        return;
    auto rows =
        TriageQueue::fetch(m_workspace->db(), TriageCursor::after(m_rows.last()), kPageSize);
    if (!rows) {
        showError(rows.error().toString());
        return;
    }
    const QSignalBlocker block(m_queue);
    appendRows(*rows);
}

void TriageWidget::updateCount()
{
    if (!m_workspace) {
        m_count->clear();
        return;
    }
    m_counter->run<qint64>(
        m_workspace->path(), [](Database &db) { return TriageQueue::count(db); },
        [this](Result<qint64> n) {
            m_count->setText(n ? tr("%n complaint(s) waiting for triage", nullptr, int(*n))
                               : n.error().toString());
        });
}

QString TriageWidget::currentId() const
{
    const QListWidgetItem *item = m_queue->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList TriageWidget::targetIds() const
{
    const QList<QListWidgetItem *> selected = m_queue->selectedItems();
    if (selected.size() > 1) {
        QStringList ids;
        for (int i = 0; i < m_queue->count(); ++i)
            if (m_queue->item(i)->isSelected())
                ids << m_queue->item(i)->data(Qt::UserRole).toString();
        return ids;
    }
    const QString id = currentId();
    return id.isEmpty() ? QStringList() : QStringList{id};
}

QString TriageWidget::statusText() const
{
    return m_status->text();
}

QString TriageWidget::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void TriageWidget::onCurrentChanged()
{
    const QString id = currentId();
    // What the user decides on is what the detail pane shows. It is read
    // after the state recorded here, so that a change landing in between
    // makes the next action a conflict rather than an unseen overwrite.
    if (m_service && m_workspace && !id.isEmpty())
        recordSeen(id, nullptr);
    m_detail->showComplaint(id);
    // The row was read with the queue, maybe before someone else changed
    // the complaint: it says what the pane says.
    const int row = m_queue->currentRow();
    if (const auto &d = m_detail->complaint(); d && row >= 0 && row < m_rows.size()) {
        TriageRow &r = m_rows[row];
        r.kind = d->kind;
        r.request = d->request;
        r.severity = d->severity;
        m_queue->item(row)->setText(rowText(r));
    }
    if (row >= m_queue->count() - 5)
        fetchMore();
}

void TriageWidget::recordSelection()
{
    // One complaint alone is the current one, recorded as it was shown.
    if (!m_service || !m_workspace || m_queue->selectedItems().size() < 2)
        return;
    for (int i = 0; i < m_queue->count() && i < m_rows.size(); ++i)
        if (m_queue->item(i)->isSelected() && !m_service->seen(m_rows.at(i).id))
            recordSeen(m_rows.at(i).id, &m_rows.at(i));
}

// Records what the user decides on: the stored complaint, as new (the pane
// does not show the status, and the queue lists no other, so a decision
// someone made since is a conflict too). For a bulk action that is what the
// selected rows show, `shown`: a row read before someone else's change
// makes the action meet that change.
void TriageWidget::recordSeen(const QString &id, const TriageRow *shown)
{
    auto seen = TriageService::snapshot(*m_workspace, id);
    if (!seen)
        return; // the action says what is wrong with it
    if (shown) {
        seen->kind = shown->kind;
        seen->request = shown->request;
        seen->severity = shown->severity;
    }
    seen->status = QStringLiteral("new");
    m_service->setSeen(*seen);
}

bool TriageWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queue && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key->key(), key->modifiers()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool TriageWidget::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (m_prompt->isAsking())
        return false;
    if (key == Qt::Key_Escape) {
        setMode(Mode::Normal);
        m_error->hide();
        return true;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        digit(key - Qt::Key_0);
        return true;
    }
    if (m_mode != Mode::Normal)
        return key != Qt::Key_Up && key != Qt::Key_Down; // wait for a digit or Esc
    const bool ctrl = modifiers.testFlag(Qt::ControlModifier);
    switch (key) {
    case Qt::Key_K:
        setMode(Mode::Kind);
        return true;
    case Qt::Key_L:
        startPrompt(TriagePrompt::Purpose::LinkGeneration);
        return true;
    case Qt::Key_D:
        startPrompt(TriagePrompt::Purpose::Duplicate);
        return true;
    case Qt::Key_X:
        startPrompt(TriagePrompt::Purpose::Dismiss);
        return true;
    case Qt::Key_E:
        startPrompt(TriagePrompt::Purpose::Escalate);
        return true;
    case Qt::Key_A:
        if (ctrl)
            return false; // select all, for bulk actions
        startPrompt(TriagePrompt::Purpose::AddToCase);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_T:
        if (m_service)
            finish(m_service->markTriaged(targetIds()), tr("Marked triaged"));
        return true;
    case Qt::Key_U:
        undo();
        return true;
    case Qt::Key_Z:
        if (ctrl) {
            undo();
            return true;
        }
        return false;
    default:
        return false;
    }
}

void TriageWidget::digit(int n)
{
    if (!m_service)
        return;
    if (m_mode == Mode::Kind) {
        const QStringList kinds = Vocab::tokens(Vocabulary::ComplaintKind);
        if (n > kinds.size())
            return;
        if (kinds.at(n - 1) == QLatin1String("personal_info")) {
            setMode(Mode::Request);
            return;
        }
        setMode(Mode::Normal);
        finish(m_service->setKind(targetIds(), kinds.at(n - 1)), tr("Kind set"));
    } else if (m_mode == Mode::Request) {
        const QStringList requests = Vocab::tokens(Vocabulary::PersonalInfoRequest);
        if (n > requests.size())
            return;
        setMode(Mode::Normal);
        finish(m_service->setKind(targetIds(), QStringLiteral("personal_info"), requests.at(n - 1)),
               tr("Kind set"));
    } else {
        const QStringList severities = Vocab::tokens(Vocabulary::Severity);
        if (n <= severities.size())
            finish(m_service->setSeverity(targetIds(), severities.at(n - 1)), tr("Severity set"));
    }
}

void TriageWidget::startPrompt(TriagePrompt::Purpose purpose)
{
    const QStringList targets = targetIds();
    if (targets.isEmpty() || !m_workspace)
        return;
    const QString who =
        targets.size() == 1 ? targets.first() : tr("%n complaint(s)", nullptr, int(targets.size()));
    using P = TriagePrompt::Purpose;
    switch (purpose) {
    case P::LinkGeneration:
        m_prompt->ask(purpose, tr("Link %1 to a generation: its id or words of its prompt or "
                                  "output, then Enter")
                                   .arg(who));
        break;
    case P::Duplicate: {
        QList<std::pair<QString, QVariant>> choices;
        for (const QString &id : m_detail->suggestionIds())
            choices.push_back({id, id});
        m_prompt->ask(purpose,
                      tr("%1 repeats which complaint? Its id, or ↑ ↓ through the suggestions, "
                         "then Enter")
                          .arg(who),
                      choices.isEmpty() ? QString() : choices.first().second.toString(), choices);
        break;
    }
    case P::Dismiss:
        m_prompt->ask(purpose, tr("Why is %1 dismissed? Enter to confirm").arg(who));
        break;
    case P::Escalate:
        m_prompt->ask(purpose, tr("Title of the new case for %1 (empty: from the complaint), "
                                  "then Enter")
                                   .arg(who));
        break;
    case P::AddToCase:
        m_prompt->ask(purpose, tr("Add %1 to which case? Its number or words of its title, "
                                  "then Enter")
                                   .arg(who));
        break;
    case P::None:
        break;
    }
}

void TriageWidget::onPromptConfirmed(TriagePrompt::Purpose purpose, const QVariant &value)
{
    m_queue->setFocus(Qt::OtherFocusReason);
    if (!m_service)
        return;
    const QStringList targets = targetIds();
    using P = TriagePrompt::Purpose;
    switch (purpose) {
    case P::LinkGeneration:
        finish(m_service->linkGeneration(targets, value.toString()),
               tr("Linked to %1").arg(value.toString()));
        break;
    case P::Duplicate:
        finish(m_service->markDuplicate(targets, value.toString()),
               tr("Marked duplicate of %1").arg(value.toString()));
        break;
    case P::Dismiss:
        finish(m_service->dismiss(targets, value.toString()), tr("Dismissed"));
        break;
    case P::Escalate:
        finish(m_service->escalateToNewCase(targets, value.toString()), tr("Escalated"));
        break;
    case P::AddToCase: {
        qint64 caseId = value.typeId() == QMetaType::QString ? 0 : value.toLongLong();
        if (caseId == 0 && !value.toString().isEmpty()) {
            auto found = CaseQuery::findByNumber(m_workspace->db(), value.toString());
            if (!found) {
                showError(found.error().message);
                return;
            }
            caseId = found->id;
        }
        if (caseId != 0)
            finish(m_service->addToCase(targets, caseId), tr("Added to the case"));
        break;
    }
    case P::None:
        break;
    }
}

template <typename T> void TriageWidget::finish(const Result<T> &outcome, const QString &done)
{
    if (!outcome) {
        showError(outcome.error().message);
        // Someone else changed a complaint since it was shown: show it as it
        // is now, for the user to decide again.
        if (outcome.error().field == QLatin1String("row_version"))
            reloadQueue(m_queue->currentRow(), currentId());
        return;
    }
    m_error->hide();
    const TriageOutcome &o = outcome.value();
    QString text = tr("%1: %2").arg(done, o.complaints.join(QStringLiteral(", ")));
    if (!o.caseNumber.isEmpty())
        text += tr(" (%1)").arg(o.caseNumber);
    m_status->setText(text + tr(" — U to undo"));
    const int row = m_queue->currentRow();
    if (o.decided)
        reloadQueue(row); // the next complaint takes this one's place
    else
        reloadQueue(row, currentId());
    if (o.caseId != 0)
        emit casesChanged();
}

void TriageWidget::undo()
{
    if (!m_service)
        return;
    if (!m_service->canUndo()) {
        m_status->setText(tr("Nothing to undo"));
        return;
    }
    const QString what = m_service->undoText();
    auto outcome = m_service->undo();
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    m_error->hide();
    m_status->setText(tr("Undone: %1").arg(what));
    reloadQueue(m_queue->currentRow(),
                outcome->complaints.isEmpty() ? currentId() : outcome->complaints.first());
    if (outcome->caseId != 0)
        emit casesChanged();
}

void TriageWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ab::ui
