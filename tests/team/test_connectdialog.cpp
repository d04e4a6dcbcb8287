// File › Connect to team server…: the form names a wrong entry by its field;
// connecting runs against the test server, with the password remembered in,
// recalled from and forgotten by a fake keychain, and a failing keychain
// falls back to asking. The main window opens a team workspace through it.
#include "../cases/screenshot.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "fakepasswordstore.h"
#include "mainwindow/mainwindow.h"
#include "serverdemo.h"
#include "storage/serverpasswords.h"
#include "team/connectserverdialog.h"
#include "waitfor.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

QLineEdit *entry(ConnectServerDialog &dialog, const char *name)
{
    auto *e = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(e != nullptr);
    return e;
}

void fill(ConnectServerDialog &dialog, const ServerAddress &a, const QString &password)
{
    entry(dialog, "serverHost")->setText(a.host);
    entry(dialog, "serverPort")->setText(QString::number(a.port));
    entry(dialog, "serverDatabase")->setText(a.database);
    entry(dialog, "serverUser")->setText(a.user);
    entry(dialog, "serverPassword")->setText(password);
}

QCheckBox *remember(ConnectServerDialog &dialog)
{
    auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    REQUIRE(box != nullptr);
    return box;
}

// Waits until the dialog was accepted or an attempt failed; true when
// accepted.
bool settle(ConnectServerDialog &dialog, QSignalSpy &failed)
{
    REQUIRE(
        waitFor([&] { return dialog.result() == QDialog::Accepted || failed.count() > 0; }, 60000));
    return dialog.result() == QDialog::Accepted;
}

} // namespace

TEST_CASE("the connect dialog names the entry that is wrong")
{
    screenshotLanguage();
    FakePasswordStore store;
    ConnectServerDialog dialog(&store);
    fill(dialog,
         ServerAddress{QStringLiteral("team"), QStringLiteral("db.example.org"), 5432,
                       QStringLiteral("inspection")},
         {});
    REQUIRE(dialog.enteredAddress().ok());
    screenshot(&dialog, QStringLiteral("connectserverdialog"));

    const auto fieldOf = [&] {
        auto a = dialog.enteredAddress();
        REQUIRE_FALSE(a.ok());
        return a.error().field;
    };
    SECTION("host")
    {
        entry(dialog, "serverHost")->clear();
        CHECK(fieldOf() == ConnectServerDialog::tr("Host"));
        entry(dialog, "serverHost")->setText(QStringLiteral("db.example.org:5433"));
        CHECK(fieldOf() == ConnectServerDialog::tr("Host"));
        entry(dialog, "serverHost")->setText(QStringLiteral("db example"));
        CHECK(fieldOf() == ConnectServerDialog::tr("Host"));
    }
    SECTION("port")
    {
        for (const char *port : {"", "abc", "0", "70000"}) {
            entry(dialog, "serverPort")->setText(QString::fromLatin1(port));
            CHECK(fieldOf() == ConnectServerDialog::tr("Port"));
        }
        // Nothing is started for a wrong form, and the problem is shown.
        CHECK_FALSE(dialog.tryConnect());
        CHECK_FALSE(dialog.busy());
        CHECK(dialog.message().startsWith(ConnectServerDialog::tr("Port") + QStringLiteral(": ")));
        screenshot(&dialog, QStringLiteral("connectserverdialog-wrong-port"));
    }
    SECTION("database and user")
    {
        entry(dialog, "serverDatabase")->setText(QStringLiteral("  "));
        CHECK(fieldOf() == ConnectServerDialog::tr("Database"));
        entry(dialog, "serverDatabase")->setText(QStringLiteral("inspection"));
        entry(dialog, "serverUser")->clear();
        CHECK(fieldOf() == ConnectServerDialog::tr("User"));
    }
    CHECK(store.reads + store.writes + store.removes == 0);
}

TEST_CASE("connecting remembers, recalls and forgets the password in the keychain")
{
    ServerDemo demo(200, 5);
    const ServerAddress address = demo.server.address();
    const QString key = address.toString();
    FakePasswordStore store;
    ServerPasswords::forget(address);

    SECTION("remembered when ticked, then recalled without asking")
    {
        {
            ConnectServerDialog dialog(&store);
            QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
            fill(dialog, address, QStringLiteral("pw-one"));
            remember(dialog)->setChecked(true);
            REQUIRE(dialog.tryConnect());
            CHECK(dialog.busy());
            INFO(dialog.message().toStdString());
            REQUIRE(settle(dialog, failed));
            CHECK(dialog.address() == address);
            CHECK(dialog.keychainProblem().isEmpty());
        }
        CHECK(store.entries.value(key) == QStringLiteral("pw-one"));
        CHECK(ServerPasswords::find(address) == QStringLiteral("pw-one"));

        ServerPasswords::forget(address);
        ConnectServerDialog again(&store);
        QSignalSpy failed(&again, &ConnectServerDialog::attemptFailed);
        again.setAddress(address);
        again.connectWithStoredPassword();
        INFO(again.message().toStdString());
        REQUIRE(settle(again, failed));
        CHECK(store.reads == 1);
        CHECK(entry(again, "serverPassword")->text() == QStringLiteral("pw-one"));
        CHECK(remember(again)->isChecked());
        CHECK(ServerPasswords::find(address) == QStringLiteral("pw-one"));
    }
    SECTION("nothing stored: libpq is left to find one before the user is asked")
    {
        // The test server trusts loopback, as a ~/.pgpass would let libpq in.
        ConnectServerDialog dialog(&store);
        QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
        dialog.setAddress(address);
        dialog.connectWithStoredPassword();
        REQUIRE(settle(dialog, failed));
        CHECK(store.reads == 1);
        // No password was typed: nothing for the keychain.
        CHECK(store.writes + store.removes == 0);
    }
    SECTION("not ticked: a password remembered before is forgotten")
    {
        store.entries.insert(key, QStringLiteral("old"));
        ConnectServerDialog dialog(&store);
        QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
        fill(dialog, address, QStringLiteral("pw-two"));
        remember(dialog)->setChecked(false);
        REQUIRE(dialog.tryConnect());
        REQUIRE(settle(dialog, failed));
        CHECK(store.removes == 1);
        CHECK_FALSE(store.entries.contains(key));
    }
    SECTION("a keychain that fails: connected all the same, and told why it was not kept")
    {
        store.failing = true;
        ConnectServerDialog dialog(&store);
        QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
        fill(dialog, address, QStringLiteral("pw-three"));
        remember(dialog)->setChecked(true);
        REQUIRE(dialog.tryConnect());
        REQUIRE(settle(dialog, failed));
        CHECK(dialog.keychainProblem() == FakePasswordStore::kProblem);
        CHECK(ServerPasswords::find(address) == QStringLiteral("pw-three"));
    }
    ServerPasswords::forget(address);
}

TEST_CASE("a refused connection is shown in the dialog, which stays open for another try")
{
    screenshotLanguage();
    ServerDatabase empty; // a database, but no workspace in it
    FakePasswordStore store;

    SECTION("not a workspace, the keychain failing: both are said, and the password is asked")
    {
        store.failing = true;
        ConnectServerDialog dialog(&store);
        dialog.show();
        QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
        dialog.setAddress(empty.address());
        dialog.connectWithStoredPassword();
        REQUIRE_FALSE(settle(dialog, failed));
        const QString message = dialog.message();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("keychain is unavailable")));
        CHECK(message.contains(FakePasswordStore::kProblem));
        CHECK(message.contains(QStringLiteral("no AuditBench workspace")));
        CHECK_FALSE(dialog.busy());
        CHECK(dialog.isVisible());
        screenshot(&dialog, QStringLiteral("connectserverdialog-refused"));
    }
    SECTION("no such database")
    {
        ConnectServerDialog dialog(&store);
        QSignalSpy failed(&dialog, &ConnectServerDialog::attemptFailed);
        ServerAddress missing = empty.address();
        missing.database += QStringLiteral("_missing");
        fill(dialog, missing, {});
        REQUIRE(dialog.tryConnect());
        REQUIRE_FALSE(settle(dialog, failed));
        CHECK(dialog.message().contains(QStringLiteral("cannot connect to the server")));
        // Nothing is kept for an address that was refused.
        CHECK(store.writes + store.removes == 0);
    }
}

TEST_CASE("the main window opens a team workspace by its address, asking the keychain first")
{
    ServerDemo demo(200, 9);
    TempDir dir;
    AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
    Messages::setNextAnswer(QMessageBox::Ok);
    const ServerAddress address = demo.server.address();
    const QString url = address.toString();
    ServerPasswords::forget(address);
    FakePasswordStore store;
    store.entries.insert(url, QStringLiteral("kept"));
    {
        MainWindow window;
        window.setPasswordStore(&store);
        window.show();
        // Not connected to yet: the dialog looks the password up and
        // connects; the workspace opens once it has.
        CHECK_FALSE(window.openWorkspace(url));
        REQUIRE(waitFor([&] { return window.workspace() != nullptr; }, 60000));
        CHECK(window.workspace()->path() == url);
        CHECK(window.workspace()->actor() == address.user);
        CHECK(store.reads == 1);
        CHECK(AppSettings::instance().recentWorkspaces().value(0) == url);
        CHECK(AppSettings::instance().lastWorkspace() == url);
        // Reopened in the same session (Recent workspaces): no asking again.
        CHECK(window.openWorkspace(url));
        CHECK(store.reads == 1);
        window.closeWorkspace();
    }
    ServerPasswords::forget(address);
    Messages::clearNextAnswer();
    AppSettings::useFile({});
}
