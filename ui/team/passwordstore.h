#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace ab::ui {

// Where the workbench keeps team-server passwords between runs: the
// platform's keychain (SystemKeychain), or a fake in tests. Nothing else
// ever stores a password. Every request is answered later, on the UI
// thread, and always answered: a keychain that fails or does not answer
// counts as failed, so that a caller falls back to asking the user instead
// of waiting. An answer whose `context` has gone is dropped.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Done,     // read: found (in `password`); write, remove: done
        NotFound, // read: nothing is stored under the key
        Failed,   // no keychain, access refused, no answer (see `problem`)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString password;
        QString problem; // translated, for the user
    };
    using Done = std::function<void(const Answer &)>;

    using QObject::QObject;

    // `key` names the server login: ServerAddress::toString().
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &password, QObject *context,
                       Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace ab::ui
