// auditbench-cli case open|add|status|note|attach|show (--db PATH | --server URL) …
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "clicommand.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab::cli {

namespace {

struct CaseCli
{
    QCommandLineParser parser;
    QCommandLineOption caseOpt{
        QStringLiteral("case"),
        QCoreApplication::translate("cli", "The case number (CASE-YYYY-NNNN)."),
        QStringLiteral("NUMBER")};
    QCommandLineOption item{QStringLiteral("item"),
                            QCoreApplication::translate(
                                "cli",
                                "An item: a generation or complaint id (generation:ID or "
                                "complaint:ID when both exist). Repeat, or separate by commas."),
                            QStringLiteral("ID")};
    QCommandLineOption title{QStringLiteral("title"),
                             QCoreApplication::translate("cli", "The case title."),
                             QStringLiteral("T")};
    QCommandLineOption priority{
        QStringLiteral("priority"),
        QCoreApplication::translate("cli", "low, medium, high or critical (default medium)."),
        QStringLiteral("P")};
    QCommandLineOption assignee{QStringLiteral("assignee"),
                                QCoreApplication::translate("cli", "The user working the case."),
                                QStringLiteral("USER")};
    QCommandLineOption provider{
        QStringLiteral("provider"),
        QCoreApplication::translate("cli", "The provider id (default: the items' provider)."),
        QStringLiteral("ID")};
    QCommandLineOption description{QStringLiteral("description"),
                                   QCoreApplication::translate("cli", "What the case is about."),
                                   QStringLiteral("TEXT")};
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate("cli", "status: the new status."),
                          QStringLiteral("STATUS")};
    QCommandLineOption reason{
        QStringLiteral("reason"),
        QCoreApplication::translate("cli", "status: why (required to dismiss or reopen)."),
        QStringLiteral("TEXT")};
    QCommandLineOption exception{
        QStringLiteral("exception"),
        QCoreApplication::translate("cli",
                                    "status: why the case closes with items not remediated."),
        QStringLiteral("TEXT")};
    QCommandLineOption text{QStringLiteral("text"),
                            QCoreApplication::translate("cli", "note: the note."),
                            QStringLiteral("TEXT")};
    QCommandLineOption file{QStringLiteral("file"),
                            QCoreApplication::translate("cli", "attach: the evidence file."),
                            QStringLiteral("PATH")};

    CaseCli()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "cli",
            "Work review cases.\n\n"
            "  open    --title T [--item ID]… [--priority P] [--assignee U] [--provider ID]\n"
            "  add     --case NUMBER --item ID…\n"
            "  status  --case NUMBER --to STATUS [--reason R] [--exception E]\n"
            "  note    --case NUMBER --text TEXT\n"
            "  attach  --case NUMBER --file PATH\n"
            "  show    --case NUMBER   (prints the case as JSON)"));
        parser.addPositionalArgument(
            QStringLiteral("action"),
            QCoreApplication::translate("cli", "open, add, status, note, attach or show"));
        addWorkspaceOptions(parser);
        parser.addOption(userOption());
        parser.addOptions({caseOpt, item, title, priority, assignee, provider, description, to,
                           reason, exception, text, file});
    }
};

Result<QVector<ItemRef>> items(Workspace &ws, const QStringList &values)
{
    QVector<ItemRef> out;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto ref = CaseQuery::resolveItem(ws.db(), part);
            if (!ref)
                return ref.error();
            out.push_back(*ref);
        }
    }
    return out;
}

int openCase(CaseCli &c, Workspace &ws)
{
    if (!c.parser.isSet(c.title))
        return usage(QCoreApplication::translate("cli", "case open: --title T is required"));
    OpenCaseRequest request;
    request.fields.title = c.parser.value(c.title);
    if (c.parser.isSet(c.priority))
        request.fields.priority = c.parser.value(c.priority);
    request.fields.assignee = c.parser.value(c.assignee);
    request.fields.providerId = c.parser.value(c.provider);
    request.fields.description = c.parser.value(c.description);
    auto refs = items(ws, c.parser.values(c.item));
    if (!refs)
        return fail(refs.error());
    request.items = *refs;
    auto id = CaseService(ws).open(request);
    if (!id)
        return fail(id.error());
    auto record = CaseQuery::find(ws.db(), *id);
    if (!record)
        return fail(record.error());
    out() << QCoreApplication::translate("cli", "Opened %1 with %2 item(s)")
                 .arg(record->number)
                 .arg(refs->size())
          << Qt::endl;
    return kOk;
}

// A case as JSON. A part that cannot be read fails the whole: a case shown
// without its items would look like a case that has none.
Result<QJsonObject> caseJson(Workspace &ws, const CaseRecord &r)
{
    QJsonObject o = CaseQuery::toJson(r);
    o.insert(QStringLiteral("opened_at"), r.openedAt);
    o.insert(QStringLiteral("opened_by"), r.openedBy);
    const QDate today = time::localDate(QDateTime::currentDateTimeUtc(), ws.settings().timeZone());
    auto cats = CaseQuery::categories(ws.db(), r.id);
    if (!cats)
        return cats.error();
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(*cats));
    auto d = CaseQuery::deadline(ws.db(), r.id, today);
    if (!d)
        return d.error();
    if (d->due.isValid()) {
        o.insert(QStringLiteral("deadline"), time::toIsoDate(d->due));
        o.insert(QStringLiteral("days_left"), d->daysLeft);
    }
    auto rows =
        CaseQuery::items(ws.db(), r.id, today, ws.settings().dueSoonDays, ws.settings().timeZone());
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const CaseItemRow &row : *rows)
        list.append(QString(row.item.kindToken() + QLatin1Char(':') + row.item.id));
    o.insert(QStringLiteral("items"), list);
    return o;
}

int onCase(CaseCli &c, Workspace &ws, const QString &action)
{
    if (!c.parser.isSet(c.caseOpt))
        return usage(
            QCoreApplication::translate("cli", "case %1: --case NUMBER is required").arg(action));
    auto record = CaseQuery::findByNumber(ws.db(), c.parser.value(c.caseOpt));
    if (!record)
        return fail(record.error());
    CaseService service(ws);
    Status s;
    if (action == QLatin1String("add")) {
        auto refs = items(ws, c.parser.values(c.item));
        if (!refs)
            return fail(refs.error());
        auto added = service.addItems(record->id, *refs);
        if (!added)
            return fail(added.error());
        out() << QCoreApplication::translate("cli", "Added %1 item(s) to %2")
                     .arg(*added)
                     .arg(record->number)
              << Qt::endl;
        return kOk;
    }
    if (action == QLatin1String("status")) {
        const auto to = CaseWorkflow::fromToken(c.parser.value(c.to));
        if (!to)
            return usage(QCoreApplication::translate(
                "cli", "case status: --to must be one of new, triage, investigating, "
                       "awaiting_remediation, verifying, closed, dismissed, reopened"));
        s = service.transition(record->id, *to, c.parser.value(c.reason), record->rowVersion,
                               c.parser.value(c.exception));
    } else if (action == QLatin1String("note")) {
        auto note = service.addNote(record->id, c.parser.value(c.text));
        if (!note)
            s = note.error();
    } else if (action == QLatin1String("attach")) {
        auto evidence = service.addEvidence(record->id, c.parser.value(c.file));
        if (!evidence)
            return fail(evidence.error());
        out() << evidence->sha256 << QLatin1Char(' ') << evidence->fileName << Qt::endl;
        return kOk;
    } else if (action == QLatin1String("show")) {
        auto json = caseJson(ws, *record);
        if (!json)
            return fail(json.error());
        out() << QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented));
        return kOk;
    }
    if (!s)
        return fail(s.error());
    return kOk;
}

} // namespace

int runCase(const QStringList &arguments)
{
    CaseCli c;
    int code = kOk;
    if (!parse(c.parser, arguments, code))
        return code;
    const QStringList positional = c.parser.positionalArguments();
    static const QStringList actions{QStringLiteral("open"),   QStringLiteral("add"),
                                     QStringLiteral("status"), QStringLiteral("note"),
                                     QStringLiteral("attach"), QStringLiteral("show")};
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usage(QCoreApplication::translate(
            "cli", "case: say what to do: open, add, status, note, attach or show"));
    const std::optional<QString> location = workspaceLocation(c.parser, "case", code);
    if (!location)
        return code;
    const QString &path = *location;
    auto ws = Workspace::open(path, actingUser(c.parser));
    if (!ws)
        return fail(ws.error());
    if (positional.first() == QLatin1String("open"))
        return openCase(c, **ws);
    return onCase(c, **ws, positional.first());
}

} // namespace ab::cli
