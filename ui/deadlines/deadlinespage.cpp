#include "deadlinespage.h"

#include "common/filterchoices.h"
#include "deadlineactiondialog.h"
#include "deadlines/deadlineservice.h"
#include "deadlinesmodel.h"
#include "statusbadgedelegate.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ab::ui {

DeadlinesPage::DeadlinesPage(QWidget *parent)
    : SectionPage(parent), m_model(new DeadlinesModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);
    // The day ranges a link asked for, named, with a way back to the whole list.
    m_daysBar = new QWidget(this);
    m_daysBar->setObjectName(QStringLiteral("deadlineDaysBar"));
    auto *daysRow = new QHBoxLayout(m_daysBar);
    daysRow->setContentsMargins(0, 0, 0, 0);
    m_daysLabel = new QLabel(m_daysBar);
    m_daysLabel->setObjectName(QStringLiteral("deadlineDays"));
    daysRow->addWidget(m_daysLabel);
    auto *clearDays = new QPushButton(tr("Show all days"), m_daysBar);
    clearDays->setObjectName(QStringLiteral("deadlineDaysClear"));
    connect(clearDays, &QPushButton::clicked, this, [this] {
        m_days = {};
        applyFilter();
    });
    daysRow->addWidget(clearDays);
    daysRow->addStretch(1);
    m_daysBar->hide();
    layout->addWidget(m_daysBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("deadlinesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DeadlinesModel::StatusColumn, new StatusBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    splitter->addWidget(m_view);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const DeadlineListRow *r = m_model->row(current.row());
                showDeadline(r ? r->id : 0);
            });
    connect(m_model, &DeadlinesModel::loadFailed, this, &DeadlinesPage::showError);
    connect(m_model, &DeadlinesModel::modelReset, this, [this] { showDeadline(0); });
    connect(m_model, &DeadlinesModel::pageLoaded, this, [this] {
        // Fitted to the first page only: later pages must not make columns jump.
        if (m_model->rowCount() <= DeadlinesModel::kPageSize)
            for (int c = 0; c < DeadlinesModel::ColumnCount - 1; ++c)
                m_view->resizeColumnToContents(c);
    });
    connect(&m_countWatcher, &QFutureWatcher<CountAnswer>::finished, this, [this] {
        CountAnswer answer = m_countWatcher.result();
        if (answer.request != m_countRequest)
            return; // an older filter's counts
        if (answer.counts)
            showCounts(*answer.counts);
        else
            showError(answer.counts.error().message);
        emit countsLoaded();
    });
    setWorkspace(nullptr);
}

DeadlinesPage::~DeadlinesPage()
{
    m_countWatcher.waitForFinished();
}

void DeadlinesPage::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("deadlineStatusFilter"));
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(QStringLiteral("deadlineProviderFilter"));
    m_policy = new QComboBox(bar);
    m_policy->setObjectName(QStringLiteral("deadlinePolicyFilter"));
    // Provider and policy names can be long; the bar must still fit a small window.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *box : {m_provider, m_policy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    row->addWidget(new QLabel(tr("Status:"), bar));
    row->addWidget(m_status);
    row->addWidget(new QLabel(tr("Provider:"), bar));
    row->addWidget(m_provider);
    row->addWidget(new QLabel(tr("Policy:"), bar));
    row->addWidget(m_policy);
    row->addStretch(1);
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("deadlineCounts"));
    row->addWidget(m_counts);
    m_status->addItem(tr("All statuses"));
    for (DeadlineState s : DeadlineStatus::all())
        m_status->addItem(DeadlineStatus::label(s), DeadlineStatus::token(s));
    for (QComboBox *box : {m_status, m_provider, m_policy})
        connect(box, &QComboBox::currentIndexChanged, this, &DeadlinesPage::applyFilter);
}

QWidget *DeadlinesPage::buildDetail()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("deadlineDetail"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_timeline = new QTextBrowser(panel);
    m_timeline->setObjectName(QStringLiteral("deadlineTimeline"));
    layout->addWidget(m_timeline, 1);
    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("deadlineError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QGridLayout;
    struct Action
    {
        QString text;
        const char *objectName;
        void (DeadlinesPage::*slot)();
    };
    const QList<Action> actions = {
        {tr("Record containment…"), "actionContainment", &DeadlinesPage::recordContainment},
        {tr("Record remediation…"), "actionRemediation", &DeadlinesPage::recordRemediation},
        {tr("Record re-test…"), "actionRetest", &DeadlinesPage::recordRetest},
        {tr("Request extension…"), "actionExtension", &DeadlinesPage::requestExtension},
    };
    for (int i = 0; i < actions.size(); ++i) {
        auto *button = new QPushButton(actions[i].text, panel);
        button->setObjectName(QLatin1String(actions[i].objectName));
        connect(button, &QPushButton::clicked, this, actions[i].slot);
        buttons->addWidget(button, i / 2, i % 2);
        m_actions.push_back(button);
    }
    layout->addLayout(buttons);
    return panel;
}

void DeadlinesPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_service.reset();
    if (workspace && !m_asOf.isValid())
        m_asOf =
            QDateTime::currentDateTimeUtc().toTimeZone(workspace->settings().timeZone()).date();
    fillFilterChoices();
    applyFilter();
}

void DeadlinesPage::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_asOfSet = true;
    applyFilter();
}

DeadlinesPage::View DeadlinesPage::currentView() const
{
    return {m_status->currentData().toString(), m_provider->currentData().toString(),
            m_policy->currentData().toString(), m_days,
            m_asOfSet ? std::optional<QDate>(m_asOf) : std::nullopt};
}

void DeadlinesPage::applyView(const View &view)
{
    if (view.asOf) {
        m_asOf = *view.asOf;
        m_asOfSet = true;
    }
    showFiltered(view.stateToken, view.providerId, view.policyId, view.days);
}

void DeadlinesPage::showFiltered(const QString &stateToken, const QString &providerId,
                                 const QString &policyId, const DeadlineDays &days)
{
    m_days = days;
    {
        const QSignalBlocker b1(m_status), b2(m_provider), b3(m_policy);
        // An unknown value (say, a policy not in the catalogue) falls back to "all".
        m_status->setCurrentIndex(std::max(0, m_status->findData(stateToken)));
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(policyId)));
    }
    applyFilter();
}

void DeadlinesPage::fillFilterChoices()
{
    DeadlineService *s = service();
    fillProviderPolicyChoices(m_provider, m_policy, m_workspace ? &m_workspace->db() : nullptr,
                              s ? &s->policies() : nullptr, [](const Policy &p) {
                                  // The containment clock runs beside a deadline,
                                  // never as its policy.
                                  return p.clock != QLatin1String("containment");
                              });
}

void DeadlinesPage::showDays()
{
    m_daysBar->setVisible(!m_days.isEmpty());
    if (m_days.isEmpty())
        return;
    const QLocale locale;
    auto range = [&locale](const QDate &from, const QDate &to) {
        if (from.isValid() && to.isValid())
            return from == to ? locale.toString(from, QLocale::ShortFormat)
                              : tr("%1 to %2")
                                    .arg(locale.toString(from, QLocale::ShortFormat),
                                         locale.toString(to, QLocale::ShortFormat));
        if (from.isValid())
            return tr("from %1").arg(locale.toString(from, QLocale::ShortFormat));
        return tr("up to %1").arg(locale.toString(to, QLocale::ShortFormat));
    };
    QStringList parts;
    if (m_days.dueFrom.isValid() || m_days.dueTo.isValid())
        parts << tr("Due %1").arg(range(m_days.dueFrom, m_days.dueTo));
    if (m_days.triggerFrom.isValid() || m_days.triggerTo.isValid())
        parts << tr("Triggered %1").arg(range(m_days.triggerFrom, m_days.triggerTo));
    m_daysLabel->setText(parts.join(tr("; ")));
}

void DeadlinesPage::applyFilter()
{
    m_error->hide();
    showDays();
    if (!m_workspace) {
        m_model->setQuery({}, {});
        m_counts->clear();
        return;
    }
    DeadlineListFilter f;
    f.state = DeadlineStatus::fromToken(m_status->currentData().toString());
    f.providerId = m_provider->currentData().toString();
    f.policyId = m_policy->currentData().toString();
    f.days = m_days;
    f.asOf = m_asOf;
    f.dueSoonDays = m_workspace->settings().dueSoonDays;
    f.zone = m_workspace->settings().timeZone();
    m_model->setQuery(m_workspace->path(), f);
    requestCounts();
}

void DeadlinesPage::requestCounts()
{
    const quint64 request = ++m_countRequest;
    const QString path = m_workspace->path();
    const DeadlineListFilter filter = m_model->filter();
    m_counts->setText(tr("Counting…"));
    m_countWatcher.setFuture(QtConcurrent::run([=]() -> CountAnswer {
        CountAnswer answer;
        answer.request = request;
        if (auto db = Database::open(path))
            answer.counts = DeadlineList::counts(**db, filter);
        else
            answer.counts = db.error();
        return answer;
    }));
}

void DeadlinesPage::showCounts(const QMap<DeadlineState, qint64> &counts)
{
    const QLocale locale;
    qint64 open = 0, total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        total += it.value();
        if (DeadlineStatus::isOpen(it.key()))
            open += it.value();
    }
    m_counts->setText(tr("%1 items, %2 open, %3 overdue")
                          .arg(locale.toString(total), locale.toString(open),
                               locale.toString(counts.value(DeadlineState::Overdue))));
    for (int i = 1; i < m_status->count(); ++i) {
        const auto state = DeadlineStatus::fromToken(m_status->itemData(i).toString());
        if (state)
            m_status->setItemText(i, tr("%1 (%2)").arg(DeadlineStatus::label(*state),
                                                       locale.toString(counts.value(*state))));
    }
}

void DeadlinesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

DeadlineService *DeadlinesPage::service()
{
    if (!m_service && m_workspace) {
        auto made = DeadlineService::create(*m_workspace);
        if (!made) {
            showError(made.error().message);
            return nullptr;
        }
        m_service = std::make_unique<DeadlineService>(std::move(*made));
    }
    return m_service.get();
}

} // namespace ab::ui

namespace ab::ui {

namespace {

QString eventTime(const DeadlineEvent &e, const QTimeZone &zone)
{
    const QDateTime local = e.at.toTimeZone(zone);
    return e.dateOnly ? local.date().toString(Qt::ISODate)
                      : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

void DeadlinesPage::showDeadline(qint64 id)
{
    m_current = id;
    m_error->hide();
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(id != 0);
    if (id == 0 || !m_workspace) {
        m_title->setText(tr("Select an item to see its timeline."));
        m_timeline->clear();
        return;
    }
    const QTimeZone zone = m_workspace->settings().timeZone();
    // One item's events: a few indexed rows, read on the spot.
    auto events = DeadlineList::timeline(m_workspace->db(), id, zone);
    auto record = DeadlineQuery::find(m_workspace->db(), id);
    if (!events || !record) {
        showError(!events ? events.error().message : record.error().message);
        return;
    }
    const DeadlineState state =
        DeadlineStatus::of(record->facts(), m_asOf, m_workspace->settings().dueSoonDays, zone);
    m_title->setText((record->item.kind == ItemRef::Kind::Complaint ? tr("Complaint %1 — %2")
                                                                    : tr("Generation %1 — %2"))
                         .arg(record->item.id, DeadlineStatus::label(state)));
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const DeadlineEvent &e : std::as_const(*events)) {
        QString when = eventTime(e, zone).toHtmlEscaped();
        if (e.calendarIncomplete)
            when += QStringLiteral(" <span title='%1'>*</span>")
                        .arg(tr("No holiday calendar for this year: counted with weekends only.")
                                 .toHtmlEscaped());
        const bool strong = e.kind == QLatin1String("due");
        html += QStringLiteral("<tr><td style='white-space:nowrap'>%1</td><td>%2%3%4</td></tr>")
                    .arg(when, strong ? QStringLiteral("<b>") : QString(), e.text.toHtmlEscaped(),
                         strong ? QStringLiteral("</b>") : QString());
    }
    html += QStringLiteral("</table>");
    if (!record->calendarComplete || !record->containmentCalendarComplete.value_or(true))
        html += QStringLiteral("<p><small>* %1</small></p>")
                    .arg(tr("No holiday calendar for this year: counted with weekends only.")
                             .toHtmlEscaped());
    m_timeline->setHtml(html);
}

void DeadlinesPage::changed()
{
    const qint64 keep = m_current;
    applyFilter();
    // The list reloads; the panel keeps showing the item just changed.
    showDeadline(keep);
}

void DeadlinesPage::recordContainment()
{
    DeadlineService *s = service();
    if (!s || !m_current)
        return;
    DeadlineActionDialog dialog(DeadlineActionDialog::Kind::Containment, {},
                                m_workspace->settings().timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status r = s->recordContainment(m_current, dialog.at(), dialog.text()); !r)
        return showError(r.error().message);
    changed();
}

void DeadlinesPage::recordRemediation()
{
    DeadlineService *s = service();
    if (!s || !m_current)
        return;
    DeadlineActionDialog dialog(DeadlineActionDialog::Kind::Remediation, {},
                                m_workspace->settings().timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status r = s->recordRemediation(m_current, dialog.at(), dialog.text()); !r)
        return showError(r.error().message);
    changed();
}

void DeadlinesPage::recordRetest()
{
    DeadlineService *s = service();
    if (!s || !m_current)
        return;
    auto record = DeadlineQuery::find(m_workspace->db(), m_current);
    if (!record)
        return showError(record.error().message);
    DeadlineActionDialog dialog(DeadlineActionDialog::Kind::Retest, {},
                                m_workspace->settings().timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RetestRequest request;
    request.item = record->item;
    request.testedAt = dialog.at();
    request.modelVersionId = dialog.modelVersion();
    request.reproduced = dialog.reproduced();
    request.note = dialog.text();
    if (auto r = s->recordRetest(request); !r)
        return showError(r.error().message);
    changed();
}

void DeadlinesPage::requestExtension()
{
    DeadlineService *s = service();
    if (!s || !m_current)
        return;
    auto record = DeadlineQuery::find(m_workspace->db(), m_current);
    if (!record)
        return showError(record.error().message);
    DeadlineActionDialog dialog(DeadlineActionDialog::Kind::Extension, record->due,
                                m_workspace->settings().timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExtensionRequest request;
    request.deadlineId = m_current;
    request.newDue = dialog.newDue();
    request.reason = dialog.text();
    request.approvedBy = dialog.approver();
    if (Status r = s->extend(request); !r)
        return showError(r.error().message);
    changed();
}

} // namespace ab::ui
