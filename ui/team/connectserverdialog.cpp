#include "connectserverdialog.h"

#include "passwordstore.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab::ui {

namespace {

Error wrong(const QString &field, const QString &message)
{
    return Error{message, {}, 0, field};
}

} // namespace

ConnectServerDialog::ConnectServerDialog(PasswordStore *passwords, QWidget *parent)
    : QDialog(parent), m_passwords(passwords), m_host(new QLineEdit(this)),
      m_port(new QLineEdit(QString::number(ServerAddress::kDefaultPort), this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(Workspace::osUserName(), this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember password in the system keychain"), this)),
      m_message(new QLabel(this)), m_connect(new QPushButton(tr("&Connect"), this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to team server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_connect->setObjectName(QStringLiteral("connectButton"));

    m_host->setPlaceholderText(tr("server name or IP address"));
    m_port->setMaxLength(5);
    m_database->setPlaceholderText(tr("the team workspace's database"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *explain = new QLabel(tr("Open a team workspace kept in a database on a PostgreSQL "
                                  "server. Changes are recorded under the server login."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ConnectServerDialog::onConnected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ConnectServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setText(QString::number(address.port));
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->clear();
}

Result<ServerAddress> ConnectServerDialog::enteredAddress() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    if (a.host.isEmpty())
        return wrong(tr("Host"), tr("name the server (a host name or IP address)"));
    // One colon is a port typed into the host (an IPv6 address has several).
    if (a.host.contains(QRegularExpression(QStringLiteral("[\\s/@?#]"))) ||
        a.host.count(QLatin1Char(':')) == 1)
        return wrong(tr("Host"), tr("'%1' is not a host name or IP address (the port goes in "
                                    "its own field)")
                                     .arg(a.host));
    bool ok = false;
    a.port = m_port->text().trimmed().toInt(&ok);
    if (!ok || a.port < 1 || a.port > 65535)
        return wrong(tr("Port"), tr("the port must be a number from 1 to 65535"));
    if (a.database.isEmpty())
        return wrong(tr("Database"), tr("name the database that holds the team workspace"));
    if (a.user.isEmpty())
        return wrong(tr("User"), tr("name the server login"));
    // What cannot make a valid address is named by the part that is wrong.
    auto parsed = ServerAddress::parse(a.toString());
    if (!parsed || !(*parsed == a)) {
        const QString part = parsed ? QString() : parsed.error().field;
        const QString field = part == QLatin1String("user")       ? tr("User")
                              : part == QLatin1String("database") ? tr("Database")
                              : part == QLatin1String("port")     ? tr("Port")
                                                                  : tr("Host");
        return wrong(field, parsed ? tr("holds characters a server address cannot carry")
                                   : parsed.error().message);
    }
    return a;
}

bool ConnectServerDialog::tryConnect()
{
    if (busy())
        return false;
    auto address = enteredAddress();
    if (!address) {
        const QString field = address.error().field;
        QLineEdit *entry = field == tr("Port")       ? m_port
                           : field == tr("Database") ? m_database
                           : field == tr("User")     ? m_user
                                                     : m_host;
        showProblem(address.error().toString(), entry);
        return false;
    }
    m_keychainNote.clear();
    startConnecting(*address, m_password->text());
    return true;
}

void ConnectServerDialog::connectWithStoredPassword()
{
    auto address = enteredAddress();
    if (!address) {
        showProblem(address.error().toString());
        return;
    }
    setBusy(true, tr("Looking up the password in the system keychain…"));
    m_passwords->read(
        address->toString(), this, [this, a = *address](const PasswordStore::Answer &answer) {
            m_keychainNote.clear();
            if (answer.outcome == PasswordStore::Outcome::Done) {
                m_password->setText(answer.password);
                m_remember->setChecked(true);
            } else if (answer.outcome == PasswordStore::Outcome::NotFound) {
                m_keychainNote = tr("The system keychain holds no password for %1.").arg(a.user);
            } else {
                m_keychainNote = tr("The system keychain is unavailable: %1.").arg(answer.problem);
            }
            startConnecting(a, m_password->text());
        });
}

bool ConnectServerDialog::busy() const
{
    return !m_connect->isEnabled();
}

QString ConnectServerDialog::message() const
{
    return m_message->text();
}

void ConnectServerDialog::reject()
{
    // An attempt still running is left to finish on its own; its answer
    // is dropped.
    m_cancelled = true;
    QDialog::reject();
}

void ConnectServerDialog::startConnecting(const ServerAddress &address, const QString &password)
{
    m_address = address;
    m_triedPassword = password;
    setBusy(true, tr("Connecting to %1…").arg(address.toString()));
    // The checks of opening the workspace (the login, its access, the
    // schema), on a worker: a server that is slow or gone takes seconds.
    m_watcher.setFuture(QtConcurrent::run([address, password]() -> Status {
        auto ws = Workspace::openServer(address, password);
        if (!ws)
            return ws.error();
        return {};
    }));
}

void ConnectServerDialog::onConnected()
{
    if (m_cancelled)
        return;
    const Status connected = m_watcher.result();
    const QString password = m_triedPassword;
    m_triedPassword.clear();
    if (!connected) {
        QString text = tr("Not connected: %1").arg(connected.error().message);
        if (!m_keychainNote.isEmpty())
            text = m_keychainNote + QLatin1Char('\n') + text;
        setBusy(false);
        showProblem(text, m_password);
        emit attemptFailed(text);
        return;
    }
    const QString key = m_address.toString();
    const auto done = [this](const PasswordStore::Answer &answer) {
        if (answer.outcome == PasswordStore::Outcome::Failed)
            m_keychainProblem = answer.problem;
        accept();
    };
    m_keychainProblem.clear();
    if (password.isEmpty()) {
        // libpq found it (or needed none): nothing for the keychain.
        accept();
    } else if (m_remember->isChecked()) {
        setBusy(true, tr("Saving the password in the system keychain…"));
        m_passwords->write(key, password, this, done);
    } else {
        // Not ticked: a password remembered earlier is forgotten.
        m_passwords->remove(key, this, done);
    }
}

void ConnectServerDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user,
                                                       m_password, m_remember, m_connect})
        w->setEnabled(!busy);
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectServerDialog::showProblem(const QString &message, QWidget *focus)
{
    m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_message->setText(message);
    m_message->show();
    if (focus) {
        focus->setFocus();
        if (auto *entry = qobject_cast<QLineEdit *>(focus))
            entry->selectAll();
    }
}

} // namespace ab::ui
