#pragma once

#include "storage/serveraddress.h"
#include "util/result.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ab::ui {

class PasswordStore;

// File › Connect to team server…: host, port, database, user and password
// of a team workspace on a PostgreSQL server. Connect checks the form
// (a wrong entry is named by its field), then connects on a worker thread
// as Workspace::openServer does, so that the window keeps painting while a
// server is slow or absent; a refusal (wrong password, no server, not a
// workspace, no access) is shown in the dialog, which stays open. Accepted
// once connected: the password is then in ServerPasswords for the
// connections the workbench opens by address(), and in the system keychain
// when "Remember" is ticked (taken out of it when not).
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectServerDialog(PasswordStore *passwords, QWidget *parent = nullptr);

    // Fills the form with a known address (a recent workspace, --server).
    void setAddress(const ServerAddress &address);
    // For an address set above: looks its password up in the keychain and
    // connects with it, or (none stored, or no keychain) with none, leaving
    // it to libpq's PGPASSWORD or ~/.pgpass. When that is refused the
    // dialog says why and waits for the user to type the password.
    void connectWithStoredPassword();

    // The form's address, or an Error whose field is the form's label of
    // the entry that is wrong.
    Result<ServerAddress> enteredAddress() const;
    // Checks the form and starts connecting; false (with the problem shown)
    // when the form is wrong.
    bool tryConnect();
    bool busy() const;

    // The address connected to, once accepted.
    const ServerAddress &address() const { return m_address; }
    // Why the keychain could not keep or forget the password (empty when it
    // could): the connection itself succeeded.
    const QString &keychainProblem() const { return m_keychainProblem; }
    // The message the dialog shows (tests).
    QString message() const;

    void reject() override;

signals:
    // A connection attempt ended without success (its reason is shown).
    void attemptFailed(const QString &message);

private:
    void startConnecting(const ServerAddress &address, const QString &password);
    void onConnected();
    void finish(const QString &password);
    void setBusy(bool busy, const QString &message = {});
    void showProblem(const QString &message, QWidget *focus = nullptr);

    PasswordStore *m_passwords;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QPushButton *m_connect;
    QFutureWatcher<Status> m_watcher;
    ServerAddress m_address; // being connected to, then connected to
    QString m_triedPassword; // the password of the attempt running
    QString m_keychainNote;  // why the keychain gave no password, if it failed
    QString m_keychainProblem;
    bool m_cancelled = false;
};

} // namespace ab::ui
