#include "caseview.h"

#include "casehistorypanel.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "deadlines/deadlinestatus.h"
#include "domain/risktaxonomy.h"
#include "domain/vocabulary.h"
#include "evidencepanel.h"
#include "identity/roles.h"
#include "privacy/piimasker.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab::ui {

namespace {

QDate today(const Workspace &ws)
{
    return time::localDate(QDateTime::currentDateTimeUtc(), ws.settings().timeZone());
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

CaseView::CaseView(QWidget *parent)
    : QWidget(parent), m_number(new QLabel(this)), m_status(new QLabel(this)),
      m_deadline(new QLabel(this)), m_categories(new QLabel(this)), m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)), m_reload(new QPushButton(tr("Reload"), m_banner)),
      m_title(new QLineEdit(this)), m_provider(new QComboBox(this)),
      m_priority(new QComboBox(this)), m_assignee(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_findings(new QPlainTextEdit(this)),
      m_remediation(new QPlainTextEdit(this)), m_save(new QPushButton(tr("Save"), this)),
      m_transition(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_exception(new QLineEdit(this)), m_apply(new QPushButton(tr("Change status"), this)),
      m_tabs(new QTabWidget(this)), m_items(new QTableWidget(this)),
      m_history(new CaseHistoryPanel(this)), m_evidence(new EvidencePanel(this))
{
    setObjectName(QStringLiteral("caseView"));
    const std::pair<QWidget *, const char *> names[] = {
        {m_number, "caseNumberLabel"},     {m_status, "caseStatusLabel"},
        {m_deadline, "caseDeadlineLabel"}, {m_categories, "caseCategoriesLabel"},
        {m_banner, "caseErrorBanner"},     {m_bannerText, "caseErrorText"},
        {m_reload, "caseReloadButton"},    {m_title, "caseTitleEdit"},
        {m_provider, "caseProviderCombo"}, {m_priority, "casePriorityCombo"},
        {m_assignee, "caseAssigneeCombo"}, {m_description, "caseDescriptionEdit"},
        {m_findings, "caseFindingsEdit"},  {m_remediation, "caseRemediationEdit"},
        {m_save, "caseSaveButton"},        {m_transition, "caseTransitionCombo"},
        {m_reason, "caseReasonEdit"},      {m_exception, "caseExceptionEdit"},
        {m_apply, "caseTransitionButton"}, {m_tabs, "caseTabs"},
        {m_items, "caseItemsTable"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_categories->setWordWrap(true);
    m_bannerText->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QWidget#caseErrorBanner { background: #fdecea; "
                                           "border-radius: 3px; } QLabel { color: #611a15; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reload);
    m_banner->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(12);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_deadline);

    auto *formBox = new QWidget(this);
    buildForm(formBox);

    m_items->setColumnCount(6);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Summary"), tr("Categories"), tr("Severity"),
                                        tr("Deadline"), tr("Complaint status")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->verticalHeader()->setVisible(false);
    for (int c = 0; c < m_items->columnCount(); ++c)
        m_items->horizontalHeader()->setSectionResizeMode(
            c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_items->setWordWrap(false);
    m_tabs->addTab(m_items, tr("Items"));
    m_tabs->addTab(m_history, tr("Timeline and notes"));
    m_tabs->addTab(m_evidence, tr("Evidence"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_categories);
    layout->addWidget(m_banner);
    layout->addWidget(formBox);
    layout->addWidget(buildStatusBar());
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, &CaseView::save);
    connect(m_apply, &QPushButton::clicked, this, &CaseView::applyTransition);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        clearError();
        reload();
    });
    connect(m_history, &CaseHistoryPanel::addNoteRequested, this, &CaseView::addNote);
    connect(m_evidence, &EvidencePanel::changed, this, [this] { reload(); });
    connect(m_evidence, &EvidencePanel::failed, this, [this](const QString &m) { showError(m); });
    connect(m_transition, &QComboBox::currentIndexChanged, this, [this] {
        const auto to = CaseWorkflow::fromToken(m_transition->currentData().toString());
        m_reason->setEnabled(to && CaseWorkflow::needsReason(*to) && writable());
        m_exception->setVisible(to == CaseStatus::Closed);
    });
    showCase(0);
}

void CaseView::buildForm(QWidget *box)
{
    for (const QString &token : Vocab::tokens(Vocabulary::Severity))
        m_priority->addItem(Vocab::label(Vocabulary::Severity, token), token);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Title"), m_title);
    fields->addRow(tr("Provider"), m_provider);
    fields->addRow(tr("Priority"), m_priority);
    fields->addRow(tr("Assignee"), m_assignee);
    auto *texts = new QTabWidget(box);
    texts->setObjectName(QStringLiteral("caseTextTabs"));
    texts->addTab(m_description, tr("Description"));
    texts->addTab(m_findings, tr("Findings"));
    texts->addTab(m_remediation, tr("Remediation plan"));
    const int lines = m_description->fontMetrics().lineSpacing();
    texts->setMaximumHeight(lines * 7 + 40);
    auto *left = new QVBoxLayout;
    left->addLayout(fields);
    left->addWidget(m_save, 0, Qt::AlignLeft);
    left->addStretch(1);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(left, 2);
    row->addWidget(texts, 3);
}

QWidget *CaseView::buildStatusBar()
{
    auto *bar = new QWidget(this);
    // The choices change with the status: size to whatever is offered now.
    m_transition->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Move to"), bar));
    row->addWidget(m_transition);
    m_reason->setPlaceholderText(tr("Reason (required to dismiss or reopen)"));
    m_exception->setPlaceholderText(tr("Exception: why close with items not remediated"));
    row->addWidget(m_reason, 2);
    row->addWidget(m_exception, 2);
    row->addWidget(m_apply);
    return bar;
}

void CaseView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_evidence->setWorkspace(workspace);
    if (workspace)
        m_history->setZone(workspace->settings().timeZone());
    showCase(0);
}

bool CaseView::writable() const
{
    return m_canWrite && m_record.has_value();
}

void CaseView::showCase(qint64 caseId)
{
    clearError();
    m_record.reset();
    if (m_workspace && caseId != 0) {
        auto record = CaseQuery::find(m_workspace->db(), caseId);
        if (record)
            m_record = *record;
        else
            showError(record.error().toString());
    }
    reload();
}

void CaseView::fillChoices()
{
    m_provider->clear();
    m_assignee->clear();
    m_provider->addItem(tr("(none or several)"), QString());
    m_assignee->addItem(tr("(unassigned)"), QString());
    if (!m_workspace)
        return;
    if (auto providers = CaseQuery::providers(m_workspace->db()))
        for (const auto &[id, name] : *providers)
            m_provider->addItem(name, id);
    if (auto users = Roles::all(m_workspace->db()))
        for (const User &u : *users)
            if (u.active && u.role != Role::Auditor)
                m_assignee->addItem(
                    u.displayName == u.name ? u.name : tr("%1 (%2)").arg(u.displayName, u.name),
                    u.name);
}

void CaseView::reload()
{
    m_canWrite = false;
    m_isSupervisor = false;
    if (m_workspace) {
        auto actor = Roles::find(m_workspace->db(), m_workspace->actor());
        m_canWrite = actor && actor->active && actor->role != Role::Auditor;
        m_isSupervisor = actor && actor->active && actor->role == Role::Supervisor;
        if (m_record) {
            auto fresh = CaseQuery::find(m_workspace->db(), m_record->id);
            if (fresh)
                m_record = *fresh;
        }
    }
    fillChoices();
    fillForm();
}

void CaseView::fillForm()
{
    const bool has = m_record.has_value() && m_workspace;
    const bool edit = has && m_canWrite;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_provider, m_priority, m_assignee, m_save,
                                          m_transition, m_apply, m_reason, m_exception})
        w->setEnabled(edit);
    for (QPlainTextEdit *e : {m_description, m_findings, m_remediation})
        e->setReadOnly(!edit);
    if (!has) {
        m_number->setText(tr("No case selected"));
        m_status->clear();
        m_deadline->clear();
        m_categories->clear();
        m_title->clear();
        for (QPlainTextEdit *e : {m_description, m_findings, m_remediation})
            e->clear();
        m_items->setRowCount(0);
        m_history->setHistory({}, {}, false);
        m_evidence->setEvidence(0, {}, false);
        m_transition->clear();
        return;
    }
    const CaseRecord &r = *m_record;
    Database &db = m_workspace->db();
    m_number->setText(r.number);
    m_status->setText(tr("Status: %1").arg(CaseWorkflow::label(r.status)));
    const QDate now = today(*m_workspace);
    auto deadline = CaseQuery::deadline(db, r.id, now);
    if (deadline && deadline->due.isValid()) {
        const QString date = QLocale().toString(deadline->due, QStringLiteral("yyyy-MM-dd"));
        m_deadline->setText(
            deadline->daysLeft < 0
                ? tr("Deadline %1 — overdue by %n day(s)", nullptr, int(-deadline->daysLeft))
                      .arg(date)
                : tr("Deadline %1 — %n day(s) left", nullptr, int(deadline->daysLeft)).arg(date));
        // Red only while the case is still being worked.
        m_deadline->setStyleSheet(deadline->daysLeft < 0 && CaseWorkflow::isOpen(r.status)
                                      ? QStringLiteral("color: #b01e1e; font-weight: bold;")
                                      : QString());
    } else {
        m_deadline->setText(tr("No open item deadline"));
        m_deadline->setStyleSheet({});
    }
    QStringList categories;
    auto taxonomy = RiskTaxonomy::load(db);
    if (auto codes = CaseQuery::categories(db, r.id))
        for (const QString &code : *codes)
            categories << (taxonomy ? tr("%1 %2").arg(code, taxonomy->name(code)) : code);
    m_categories->setText(
        categories.isEmpty()
            ? tr("Risk categories: none yet")
            : tr("Risk categories: %1").arg(categories.join(QStringLiteral("; "))));
    m_title->setText(r.fields.title);
    m_title->setCursorPosition(0); // show the start of a long title
    selectData(m_provider, r.fields.providerId);
    selectData(m_priority, r.fields.priority);
    selectData(m_assignee, r.fields.assignee);
    m_description->setPlainText(r.fields.description);
    m_findings->setPlainText(r.fields.findings);
    m_remediation->setPlainText(r.fields.remediationPlan);
    fillTransitions();
    if (auto items = CaseQuery::items(db, r.id, now, m_workspace->settings().dueSoonDays,
                                      m_workspace->settings().timeZone()))
        fillItems(*items);
    auto events = CaseQuery::timeline(db, r.id);
    auto notes = CaseQuery::notes(db, r.id);
    m_history->setHistory(events ? *events : QVector<CaseEvent>(),
                          notes ? *notes : QVector<CaseNote>(), m_canWrite);
    auto evidence = CaseQuery::evidence(db, r.id);
    m_evidence->setEvidence(r.id, evidence ? *evidence : QVector<CaseEvidence>(), m_canWrite);
}

void CaseView::fillTransitions()
{
    m_transition->clear();
    for (CaseStatus to : CaseWorkflow::next(m_record->status)) {
        if (to == CaseStatus::Closed && !m_isSupervisor)
            m_transition->addItem(tr("%1 (a supervisor)").arg(CaseWorkflow::label(to)),
                                  CaseWorkflow::token(to));
        else
            m_transition->addItem(CaseWorkflow::label(to), CaseWorkflow::token(to));
    }
}

void CaseView::fillItems(const QVector<CaseItemRow> &items)
{
    m_items->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const CaseItemRow &row = items.at(i);
        QString deadline;
        if (row.deadline)
            deadline = tr("%1 · %2").arg(time::toIsoDate(row.deadline->due),
                                         DeadlineStatus::label(*row.state));
        const QStringList cells{
            row.item.kindToken() + QLatin1Char(':') + row.item.id,
            PiiMasker::mask(row.summary),
            row.categories,
            Vocab::label(Vocabulary::Severity, row.severity),
            deadline,
            row.complaintStatus.isEmpty()
                ? QString()
                : Vocab::label(Vocabulary::ComplaintStatus, row.complaintStatus)};
        for (int c = 0; c < cells.size(); ++c)
            m_items->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

CaseFields CaseView::formFields() const
{
    CaseFields f;
    f.title = m_title->text();
    f.providerId = m_provider->currentData().toString();
    f.priority = m_priority->currentData().toString();
    f.assignee = m_assignee->currentData().toString();
    f.description = m_description->toPlainText();
    f.findings = m_findings->toPlainText();
    f.remediationPlan = m_remediation->toPlainText();
    return f;
}

bool CaseView::save()
{
    if (!m_workspace || !m_record)
        return false;
    const Status s =
        CaseService(*m_workspace).update(m_record->id, formFields(), m_record->rowVersion);
    if (!s) {
        showError(s.error().message, s.error().field == QLatin1String("row_version"));
        return false;
    }
    clearError();
    reload();
    emit caseChanged(m_record->id);
    return true;
}

bool CaseView::applyTransition()
{
    if (!m_workspace || !m_record)
        return false;
    const auto to = CaseWorkflow::fromToken(m_transition->currentData().toString());
    if (!to)
        return false;
    const Status s = CaseService(*m_workspace)
                         .transition(m_record->id, *to, m_reason->text(), m_record->rowVersion,
                                     m_exception->text());
    if (!s) {
        showError(s.error().message, s.error().field == QLatin1String("row_version"));
        return false;
    }
    m_reason->clear();
    m_exception->clear();
    clearError();
    reload();
    emit caseChanged(m_record->id);
    return true;
}

bool CaseView::addNote()
{
    if (!m_workspace || !m_record)
        return false;
    auto note = CaseService(*m_workspace).addNote(m_record->id, m_history->noteText());
    if (!note) {
        showError(note.error().message);
        return false;
    }
    m_history->clearNote();
    clearError();
    reload();
    return true;
}

void CaseView::showError(const QString &message, bool offerReload)
{
    m_bannerText->setText(message);
    m_reload->setVisible(offerReload);
    m_banner->show();
}

void CaseView::clearError()
{
    m_banner->hide();
}

} // namespace ab::ui
