#pragma once

#include "passwordstore.h"

namespace QKeychain {
class Job;
}

namespace ab::ui {

// The platform's keychain through QtKeychain: the Secret Service (GNOME
// Keyring, KWallet) on Linux, the macOS Keychain, the Windows credential
// store. Never falls back to a plain-text file (QtKeychain's "insecure
// fallback" stays off); without a keychain every request fails and the user
// is asked each time.
class SystemKeychain : public PasswordStore
{
    Q_OBJECT
public:
    // A keychain may wait for the user to unlock it; past this, a request
    // counts as failed (its late answer is ignored).
    static constexpr int kTimeoutMs = 30000;

    explicit SystemKeychain(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &password, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    // Starts `job` and hands its one answer (or the time-out's) to `done`.
    void run(QKeychain::Job *job, QObject *context, Done done);
};

} // namespace ab::ui
