#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "cases/backgroundquery.h"
#include "common/appsettings.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ab::ui {

namespace {

const QString kHeaderKey = QStringLiteral("auditlog");

QString pretty(const QString &json)
{
    if (json.isEmpty())
        return QStringLiteral("—");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

struct Choices
{
    QStringList actors;
    QStringList actions;
    QStringList kinds;
};

} // namespace

AuditLogPage::AuditLogPage(QWidget *parent)
    : SectionPage(parent), m_model(new AuditLogModel(this)), m_choices(new BackgroundQuery(this)),
      m_table(new QTableView(this)), m_detail(new QPlainTextEdit(this)),
      m_verify(new QPushButton(tr("Verify"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this)), m_banner(new QLabel(this)),
      m_poll(new QTimer(this)), m_debounce(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_detail->setObjectName(QStringLiteral("auditLogDetail"));
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_stop->setObjectName(QStringLiteral("auditStopButton"));
    m_progress->setObjectName(QStringLiteral("auditVerifyProgress"));
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_banner->setObjectName(QStringLiteral("auditLogErrorBanner"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int chars = m_table->fontMetrics().averageCharWidth();
    for (auto [column, width] : {std::pair{AuditLogModel::Seq, 8},
                                 {AuditLogModel::At, 20},
                                 {AuditLogModel::Actor, 12},
                                 {AuditLogModel::Action, 24}})
        m_table->setColumnWidth(column, width * chars + 16);
    m_table->horizontalHeader()->restoreState(AppSettings::instance().headerState(kHeaderKey));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; "
                                           "padding: 6px; border-radius: 3px; }"));
    m_banner->hide();
    m_progress->hide();
    m_stop->hide();
    m_poll->setInterval(100);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);

    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_stop);
    verifyRow->addWidget(m_progress, 1);
    verifyRow->addWidget(m_result, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addLayout(verifyRow);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::onCurrentRowChanged);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_banner->setText(tr("The audit log could not be read: %1").arg(message));
        m_banner->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_banner, &QWidget::hide);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::startVerify);
    connect(m_stop, &QPushButton::clicked, this, &AuditLogPage::stopVerify);
    connect(m_debounce, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_total ? m_total->load() : 0;
        if (total > 0) {
            // QProgressBar counts in int: scale to per mille.
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(m_checked->load() * 1000 / total));
        }
    });
}

AuditLogPage::~AuditLogPage()
{
    if (m_cancel)
        m_cancel->store(true);
    AppSettings::instance().setHeaderState(kHeaderKey, m_table->horizontalHeader()->saveState());
}

QWidget *AuditLogPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_actor = new QComboBox(bar);
    m_action = new QComboBox(bar);
    m_entityKind = new QComboBox(bar);
    m_entityId = new QLineEdit(bar);
    m_useFrom = new QCheckBox(tr("From"), bar);
    m_useTo = new QCheckBox(tr("Until"), bar);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    const std::pair<QWidget *, const char *> names[] = {
        {m_actor, "auditActorFilter"},       {m_action, "auditActionFilter"},
        {m_entityKind, "auditEntityFilter"}, {m_entityId, "auditEntityIdFilter"},
        {m_useFrom, "auditFromCheck"},       {m_useTo, "auditToCheck"},
        {m_from, "auditFromDate"},           {m_to, "auditToDate"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QString::fromLatin1(name));
    const std::pair<QComboBox *, QString> anyText[] = {{m_actor, tr("Any user")},
                                                       {m_action, tr("Any action, or its start")},
                                                       {m_entityKind, tr("Any record")}};
    for (const auto &[c, placeholder] : anyText) {
        c->setEditable(true);
        c->lineEdit()->setPlaceholderText(placeholder);
        c->setInsertPolicy(QComboBox::NoInsert);
        c->setMinimumContentsLength(12);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_entityId->setPlaceholderText(tr("Record id, e.g. CASE-2026-0001"));
    m_entityId->setClearButtonEnabled(true);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("User"), bar), 0, 0);
    grid->addWidget(m_actor, 0, 1);
    grid->addWidget(new QLabel(tr("Action"), bar), 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(new QLabel(tr("Record"), bar), 0, 4);
    grid->addWidget(m_entityKind, 0, 5);
    grid->addWidget(m_entityId, 0, 6);
    grid->addWidget(m_useFrom, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_useTo, 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->setColumnStretch(6, 1);

    for (QComboBox *c : {m_actor, m_action, m_entityKind}) {
        connect(c, &QComboBox::activated, this, &AuditLogPage::applyFilter);
        connect(c->lineEdit(), &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    }
    connect(m_entityId, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &AuditLogPage::applyFilter);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    return bar;
}

void AuditLogPage::fillChoices()
{
    for (QComboBox *c : {m_actor, m_action, m_entityKind}) {
        c->clear();
        c->addItem(QString());
    }
    if (!m_workspace)
        return;
    m_choices->run<Choices>(
        m_workspace->path(),
        [](Database &db) -> Result<Choices> {
            auto actors = AuditQuery::actors(db);
            auto actions = AuditQuery::actions(db);
            auto kinds = AuditQuery::entityKinds(db);
            if (!actors || !actions || !kinds)
                return !actors ? actors.error() : !actions ? actions.error() : kinds.error();
            return Choices{*actors, *actions, *kinds};
        },
        [this](Result<Choices> c) {
            if (!c)
                return;
            m_actor->addItems(c->actors);
            m_action->addItems(c->actions);
            m_entityKind->addItems(c->kinds);
        });
}

void AuditLogPage::setWorkspace(Workspace *workspace)
{
    stopVerify();
    m_workspace = workspace;
    m_result->clear();
    m_verify->setEnabled(workspace != nullptr);
    fillChoices();
    applyFilter();
}

void AuditLogPage::applyFilter()
{
    m_debounce->stop();
    AuditFilter filter;
    filter.actor = m_actor->currentText().trimmed();
    filter.action = m_action->currentText().trimmed();
    filter.entityKind = m_entityKind->currentText().trimmed();
    filter.entityId = m_entityId->text().trimmed();
    // Dates are days of the workspace zone; the log stores UTC.
    const QTimeZone zone = m_workspace ? m_workspace->settings().timeZone() : time::defaultZone();
    if (m_useFrom->isChecked())
        filter.fromUtc = time::toStored(QDateTime(m_from->date(), QTime(0, 0), zone));
    if (m_useTo->isChecked())
        filter.toUtc = time::toStored(QDateTime(m_to->date().addDays(1), QTime(0, 0), zone));
    m_model->setQuery(m_workspace, filter);
    m_detail->clear();
}

void AuditLogPage::onCurrentRowChanged()
{
    const AuditRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_detail->clear();
        return;
    }
    const QStringList lines{
        tr("Entry %1 — %2 by %3")
            .arg(row->seq)
            .arg(m_model->index(m_table->currentIndex().row(), AuditLogModel::At).data().toString(),
                 row->actor),
        tr("Action %1 on %2 %3").arg(row->action, row->entityKind, row->entityId),
        QString(),
        tr("Before:"),
        pretty(row->beforeJson),
        QString(),
        tr("After:"),
        pretty(row->afterJson),
        QString(),
        tr("Previous hash: %1").arg(row->prevHash),
        tr("Hash: %1").arg(row->hash)};
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditLogPage::startVerify()
{
    if (!m_workspace || m_verifying)
        return;
    m_verifying = true;
    m_checked = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(0);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_verify->setEnabled(false);
    m_stop->show();
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->show();
    m_result->setText(tr("Verifying the workspace file and the audit chain…"));
    m_poll->start();
    auto checked = m_checked;
    auto total = m_total;
    auto cancel = m_cancel;
    auto *runner = new BackgroundQuery(this);
    runner->run<WorkspaceCheck>(
        m_workspace->path(),
        [checked, total, cancel](Database &db) {
            VerifyOptions options;
            options.progress = [checked, total, cancel](qint64 done, qint64 all) {
                checked->store(done);
                total->store(all);
                return !cancel->load();
            };
            return WorkspaceVerifier::run(db, options);
        },
        [this, runner](Result<WorkspaceCheck> check) {
            runner->deleteLater();
            onVerified(check);
        });
}

void AuditLogPage::stopVerify()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AuditLogPage::onVerified(const Result<WorkspaceCheck> &check)
{
    m_verifying = false;
    m_poll->stop();
    m_progress->hide();
    m_stop->hide();
    m_verify->setEnabled(m_workspace != nullptr);
    bool ok = false;
    if (!check) {
        m_result->setText(tr("Verification failed: %1").arg(check.error().toString()));
    } else if (check->chain.cancelled) {
        m_result->setText(tr("Stopped after %1 entries.").arg(check->chain.entries));
    } else if (check->ok()) {
        ok = true;
        m_result->setText(
            (check->storageChecked
                 ? tr("Intact: the file passed SQLite's integrity check and all %1 entries of "
                      "the audit chain link up. Head %2")
                 : tr("Intact: all %1 entries of the audit chain link up (a team workspace's "
                      "storage is its server's to check). Head %2"))
                .arg(check->chain.entries)
                .arg(check->chain.headHash));
    } else {
        QStringList problems;
        if (!check->integrityProblems.isEmpty())
            problems << tr("the file is damaged: %1").arg(check->integrityProblems.first());
        if (!check->missingGuards.isEmpty())
            problems << tr("the append-only guards were removed (%1)")
                            .arg(check->missingGuards.join(QStringLiteral(", ")));
        if (!check->chain.intact)
            problems << tr("the chain breaks at entry %1: %2")
                            .arg(check->chain.firstBrokenSeq)
                            .arg(check->chain.problem);
        m_result->setText(tr("NOT INTACT: %1").arg(problems.join(QStringLiteral("; "))));
    }
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b01e1e; font-weight: bold;"));
    emit verifyFinished(ok);
}

QString AuditLogPage::verifyResult() const
{
    return m_result->text();
}

} // namespace ab::ui
