#include "systemkeychain.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace ab::ui {

namespace {

// The keychain's "service": every entry of AuditBench's is filed under it.
const QString kService = QStringLiteral("AuditBench team servers");

} // namespace

SystemKeychain::SystemKeychain(QObject *parent) : PasswordStore(parent) {}

void SystemKeychain::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void SystemKeychain::write(const QString &key, const QString &password, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(password);
    run(job, context, std::move(done));
}

void SystemKeychain::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void SystemKeychain::run(QKeychain::Job *job, QObject *context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // Whichever comes first, the job's answer or the time-out, is the one.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> receiver(context);
    const auto deliver = [answered, receiver, done](const Answer &answer) {
        if (*answered)
            return;
        *answered = true;
        if (receiver)
            done(answer);
    };
    connect(job, &QKeychain::Job::finished, this, [deliver](QKeychain::Job *finished) {
        Answer answer;
        switch (finished->error()) {
        case QKeychain::NoError:
            answer.outcome = Outcome::Done;
            if (auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer.password = reading->textData();
            break;
        case QKeychain::EntryNotFound:
            answer.outcome = Outcome::NotFound;
            break;
        default:
            answer.outcome = Outcome::Failed;
            answer.problem = finished->errorString();
            break;
        }
        deliver(answer);
    });
    QTimer::singleShot(kTimeoutMs, this, [deliver] {
        deliver({Outcome::Failed, {}, tr("the system keychain did not answer")});
    });
    job->start();
}

} // namespace ab::ui
