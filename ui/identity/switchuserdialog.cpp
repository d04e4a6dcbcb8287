#include "switchuserdialog.h"

#include "identity/roles.h"
#include "identity/userservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui {

SwitchUserDialog::SwitchUserDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_users(new QListWidget(this)),
      m_newName(new QLineEdit(this)), m_newRole(new QComboBox(this)),
      m_add(new QPushButton(tr("Add user"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("switchUserDialog"));
    setWindowTitle(tr("Switch user"));
    m_users->setObjectName(QStringLiteral("switchUserList"));
    m_newName->setObjectName(QStringLiteral("switchUserNewName"));
    m_newRole->setObjectName(QStringLiteral("switchUserNewRole"));
    m_add->setObjectName(QStringLiteral("switchUserAddButton"));
    m_error->setObjectName(QStringLiteral("switchUserError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();

    for (Role r : {Role::Analyst, Role::Supervisor, Role::Auditor})
        m_newRole->addItem(Roles::label(r), Roles::token(r));
    m_newName->setPlaceholderText(tr("New user name"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(m_add);

    auto *explain = new QLabel(tr("Act as another user of this workspace. Every change is "
                                  "recorded under the acting user's name. Analysts work cases "
                                  "and triage, supervisors also approve closures and manage "
                                  "users, auditors read everything and change nothing."),
                               this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Act as this user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SwitchUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SwitchUserDialog::addUser);
    connect(m_users, &QListWidget::itemDoubleClicked, this, &SwitchUserDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_users, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillUsers(workspace ? workspace->actor() : QString());
    resize(460, 380);
}

void SwitchUserDialog::fillUsers(const QString &select)
{
    m_users->clear();
    bool supervisor = false;
    if (!m_workspace)
        return;
    auto users = Roles::all(m_workspace->db());
    if (!users) {
        showError(users.error().toString());
        return;
    }
    for (const User &u : *users) {
        QString text = u.displayName == u.name ? u.name : tr("%1 (%2)").arg(u.displayName, u.name);
        text += QStringLiteral(" — ") + Roles::label(u.role);
        if (!u.active)
            text += tr(" — inactive");
        if (u.name == m_workspace->actor()) {
            text += tr(" — acting now");
            supervisor = u.active && u.role == Role::Supervisor;
        }
        auto *item = new QListWidgetItem(text, m_users);
        item->setData(Qt::UserRole, u.name);
        if (!u.active)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        if (u.name == select)
            m_users->setCurrentItem(item);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_newName, m_newRole, m_add})
        w->setEnabled(supervisor);
    m_add->setToolTip(supervisor ? QString() : tr("Only a supervisor can add users."));
}

bool SwitchUserDialog::selectUser(const QString &name)
{
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->data(Qt::UserRole).toString() == name) {
            m_users->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool SwitchUserDialog::addUser()
{
    if (!m_workspace)
        return false;
    const QString name = m_newName->text().trimmed();
    const Status s = UserService(*m_workspace)
                         .add(name, name, *Roles::fromToken(m_newRole->currentData().toString()));
    if (!s) {
        showError(s.error().toString());
        return false;
    }
    m_error->hide();
    m_newName->clear();
    fillUsers(name);
    return true;
}

void SwitchUserDialog::accept()
{
    QListWidgetItem *item = m_users->currentItem();
    if (!m_workspace || !item) {
        showError(tr("Choose a user."));
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    const Status s = UserService(*m_workspace).switchTo(name);
    if (!s) {
        showError(s.error().toString());
        return;
    }
    emit actorChanged(name);
    QDialog::accept();
}

void SwitchUserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ab::ui
