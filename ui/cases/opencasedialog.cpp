#include "opencasedialog.h"

#include "backgroundquery.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "domain/vocabulary.h"
#include "identity/roles.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ab::ui {

OpenCaseDialog::OpenCaseDialog(Workspace *workspace, const QVector<ItemRef> &items, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_items(items),
      m_newCase(new QRadioButton(tr("Open a new case"), this)),
      m_existing(new QRadioButton(tr("Add to an existing case"), this)),
      m_pages(new QStackedWidget(this)), m_title(new QLineEdit(this)),
      m_priority(new QComboBox(this)), m_assignee(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_searchEdit(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_error(new QLabel(this)),
      m_search(new BackgroundQuery(this))
{
    setObjectName(QStringLiteral("openCaseDialog"));
    setWindowTitle(tr("Open case from selection"));
    m_newCase->setObjectName(QStringLiteral("openCaseNewRadio"));
    m_existing->setObjectName(QStringLiteral("openCaseExistingRadio"));
    m_title->setObjectName(QStringLiteral("openCaseTitleEdit"));
    m_priority->setObjectName(QStringLiteral("openCasePriorityCombo"));
    m_assignee->setObjectName(QStringLiteral("openCaseAssigneeCombo"));
    m_searchEdit->setObjectName(QStringLiteral("openCaseSearchEdit"));
    m_results->setObjectName(QStringLiteral("openCaseResults"));
    m_error->setObjectName(QStringLiteral("openCaseError"));

    QStringList names;
    for (const ItemRef &i : items)
        names << i.kindToken() + QLatin1Char(':') + i.id;
    auto *summary = new QLabel(
        items.isEmpty() ? tr("No items are selected: the case starts empty.")
                        : tr("%n item(s): %1", nullptr, int(items.size()))
                              .arg(names.mid(0, 6).join(QStringLiteral(", ")) +
                                   (names.size() > 6 ? QStringLiteral(", …") : QString())),
        this);
    summary->setWordWrap(true);

    for (const QString &token : Vocab::tokens(Vocabulary::Severity))
        m_priority->addItem(Vocab::label(Vocabulary::Severity, token), token);
    m_priority->setCurrentIndex(1);
    m_assignee->addItem(tr("(unassigned)"), QString());
    if (workspace)
        if (auto users = Roles::all(workspace->db()))
            for (const User &u : *users)
                if (u.active && u.role != Role::Auditor)
                    m_assignee->addItem(u.name, u.name);
    auto *newPage = new QWidget(this);
    auto *form = new QFormLayout(newPage);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Description"), m_description);

    auto *existingPage = new QWidget(this);
    auto *existingLayout = new QVBoxLayout(existingPage);
    m_searchEdit->setPlaceholderText(tr("Case number or words of its title"));
    existingLayout->addWidget(m_searchEdit);
    existingLayout->addWidget(m_results, 1);
    m_pages->addWidget(newPage);
    m_pages->addWidget(existingPage);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("openCaseButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_newCase);
    layout->addWidget(m_existing);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_newCase, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 0 : 1);
        if (!on)
            runSearch();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &OpenCaseDialog::runSearch);
    m_newCase->setChecked(true);
    resize(560, 420);
}

QVector<ItemRef> OpenCaseDialog::itemsFrom(const QStringList &generationIds,
                                           const QStringList &complaintIds)
{
    QVector<ItemRef> out;
    for (const QString &id : generationIds)
        out.push_back({ItemRef::Kind::Generation, id});
    for (const QString &id : complaintIds)
        out.push_back({ItemRef::Kind::Complaint, id});
    return out;
}

void OpenCaseDialog::setAddToExisting(bool existing)
{
    (existing ? m_existing : m_newCase)->setChecked(true);
}

void OpenCaseDialog::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
}

bool OpenCaseDialog::chooseCase(qint64 caseId)
{
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(Qt::UserRole).toLongLong() == caseId) {
            m_results->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void OpenCaseDialog::runSearch()
{
    if (!m_workspace)
        return;
    const QString text = m_searchEdit->text();
    m_search->run<QVector<CaseListRow>>(
        m_workspace->path(), [text](Database &db) { return CaseQuery::search(db, text, 50); },
        [this](Result<QVector<CaseListRow>> rows) {
            m_results->clear();
            if (!rows) {
                showError(rows.error().toString());
                return;
            }
            for (const CaseListRow &r : *rows) {
                auto *item = new QListWidgetItem(
                    tr("%1  %2  (%3)")
                        .arg(r.number, r.title, Vocab::label(Vocabulary::CaseStatus, r.status)),
                    m_results);
                item->setData(Qt::UserRole, r.id);
            }
            if (m_results->count() > 0)
                m_results->setCurrentRow(0);
        });
}

void OpenCaseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void OpenCaseDialog::accept()
{
    if (!m_workspace)
        return;
    CaseService service(*m_workspace);
    if (m_newCase->isChecked()) {
        OpenCaseRequest request;
        request.fields.title = m_title->text();
        request.fields.priority = m_priority->currentData().toString();
        request.fields.assignee = m_assignee->currentData().toString();
        request.fields.description = m_description->toPlainText();
        request.items = m_items;
        auto id = service.open(request);
        if (!id) {
            showError(id.error().message);
            return;
        }
        m_resultCase = *id;
    } else {
        QListWidgetItem *chosen = m_results->currentItem();
        if (!chosen) {
            showError(tr("Choose the case to add the items to."));
            return;
        }
        const qint64 id = chosen->data(Qt::UserRole).toLongLong();
        auto added = service.addItems(id, m_items);
        if (!added) {
            showError(added.error().message);
            return;
        }
        m_resultCase = id;
    }
    emit caseReady(m_resultCase);
    QDialog::accept();
}

} // namespace ab::ui
