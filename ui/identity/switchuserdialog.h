#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ab {
class Workspace;
}

namespace ab::ui {

// File › Switch user: the workspace's users with their roles; choosing one
// makes them the acting user (UserService::switchTo). A supervisor can add a
// user here too.
class SwitchUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SwitchUserDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Tests: pick a user by name; false when not listed.
    bool selectUser(const QString &name);
    // Adds the user typed in the "add" row (supervisors only).
    bool addUser();
    void accept() override;

signals:
    void actorChanged(const QString &name);

private:
    void fillUsers(const QString &select = {});
    void showError(const QString &message);

    Workspace *m_workspace;
    QListWidget *m_users;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace ab::ui
