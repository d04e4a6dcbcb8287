#pragma once

#include "team/passwordstore.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>

namespace ab::test {

// A keychain in memory, answering like the real one: later, on the event
// loop. `failing` makes every request fail, as on a machine without a
// keychain service.
class FakePasswordStore : public ui::PasswordStore
{
public:
    QHash<QString, QString> entries;
    bool failing = false;
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void read(const QString &key, QObject *context, Done done) override
    {
        ++reads;
        if (failing)
            return answer(context, std::move(done), {Outcome::Failed, {}, kProblem});
        if (!entries.contains(key))
            return answer(context, std::move(done), {Outcome::NotFound, {}, {}});
        answer(context, std::move(done), {Outcome::Done, entries.value(key), {}});
    }
    void write(const QString &key, const QString &password, QObject *context, Done done) override
    {
        ++writes;
        if (!failing)
            entries.insert(key, password);
        answer(context, std::move(done),
               {failing ? Outcome::Failed : Outcome::Done, {}, failing ? kProblem : QString()});
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        ++removes;
        const bool had = entries.remove(key) > 0;
        answer(context, std::move(done),
               {failing ? Outcome::Failed
                : had   ? Outcome::Done
                        : Outcome::NotFound,
                {},
                failing ? kProblem : QString()});
    }

    static inline const QString kProblem = QStringLiteral("no keychain service (fake)");

private:
    void answer(QObject *context, Done done, Answer a)
    {
        QPointer<QObject> receiver(context);
        QMetaObject::invokeMethod(
            this,
            [receiver, done = std::move(done), a] {
                if (receiver)
                    done(a);
            },
            Qt::QueuedConnection);
    }
};

} // namespace ab::test
