#include "intakefixture.h"

#include "storage/contentdigest.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace ab::test {

IntakeFixture::IntakeFixture()
{
    auto created = Workspace::create(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(created);
    ws = std::move(*created);
}

QString IntakeFixture::writeLines(const QString &name, const QStringList &lines) const
{
    QByteArray bytes;
    for (const QString &l : lines)
        bytes += l.toUtf8() + '\n';
    const QString file = dir.path(name);
    writeFile(file, bytes);
    return file;
}

intake::ImportOptions IntakeFixture::options(const QStringList &files) const
{
    intake::ImportOptions o;
    o.files = files;
    o.policyFolder = QString();
    o.calendarFolder = QString();
    return o;
}

intake::ImportReport IntakeFixture::import(const QStringList &files, bool skipInvalid, bool update)
{
    intake::ImportOptions o = options(files);
    o.skipInvalid = skipInvalid;
    o.update = update;
    auto report = intake::ImportJob::run(*ws, o);
    AB_REQUIRE_OK(report);
    return *report;
}

qint64 IntakeFixture::count(const QString &sql)
{
    return value(sql).toLongLong();
}

QString IntakeFixture::value(const QString &sql)
{
    QSqlQuery q(ws->db().sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

QString IntakeFixture::digest()
{
    auto d = ContentDigest::compute(ws->db(), {});
    AB_REQUIRE_OK(d);
    return d->sha256;
}

QString IntakeFixture::fixture(const QString &name) const
{
    const QString copy = dir.path(name);
    QFile::remove(copy);
    REQUIRE(QFile::copy(QStringLiteral(AUDITBENCH_FIXTURES_DIR "/") + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QStringList errorLines(const intake::ImportReport &report)
{
    QStringList out;
    for (const Error &e : report.errors) {
        Error shown = e;
        shown.file = QFileInfo(e.file).fileName();
        out << shown.toString();
    }
    return out;
}

bool hasError(const intake::ImportReport &report, int line, const QString &field,
              const QString &reasonPart)
{
    for (const Error &e : report.errors)
        if (e.line == line && e.field == field && e.message.contains(reasonPart))
            return true;
    return false;
}

} // namespace ab::test
