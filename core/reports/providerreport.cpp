#include "reports/providerreport.h"

#include "deadlines/deadlinestatus.h"
#include "lineage/lineagegraph.h"
#include "reports/complaintreport.h"
#include "reports/deadlinereport.h"
#include "reports/lineagefigure.h"
#include "reports/reportquery.h"
#include "reports/reporttext.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ab {

namespace {

Result<QVector<QStringList>> rows(Database &db, const QString &what, const QString &sql,
                                  const QVariantList &values, int columns)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(what, q);
    QVector<QStringList> out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i).toString();
        out.push_back(row);
    }
    return out;
}

ReportTable table(const QString &key, const QString &title, const QStringList &keys,
                  const QStringList &labels)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columnKeys = keys;
    t.columnLabels = labels;
    return t;
}

// The share of a source's sample found flagged, '' when none was sampled.
// Written by SQLite's printf() on both backends, as SQL's printf('%.1f%%',
// 100.0 * flagged / sampled) wrote it in a workspace file: formatters round
// ties their own ways (1 of 16, 6.25: SQLite 6.3, the C library 6.2), and the
// report must not change with the workspace's backend.
QString samplePercent(qint64 flagged, qint64 sampled)
{
    if (sampled == 0)
        return {};
    char *formatted = sqlite3_mprintf("%.1f%%", 100.0 * double(flagged) / double(sampled));
    const QString out = QString::fromUtf8(formatted);
    sqlite3_free(formatted);
    return out;
}

} // namespace

Result<QString> ProviderReport::name(Database &db, const QString &providerId,
                                     const ReportText &text)
{
    const auto provider =
        rows(db, QStringLiteral("providers"),
             QStringLiteral("SELECT %1 FROM providers WHERE id = ?")
                 .arg(text.isChinese() ? QStringLiteral("name")
                                       : QStringLiteral("COALESCE(name_en, name)")),
             {providerId}, 1);
    if (!provider)
        return provider.error();
    if (provider->isEmpty())
        return Error{
            QCoreApplication::translate("Reports", "There is no provider %1.").arg(providerId),
            {},
            0,
            QStringLiteral("provider")};
    return provider->first().first();
}

Result<Report> ProviderReport::build(Database &db, const ReportOptions &options,
                                     const ReportText &text, const QTimeZone &zone, int dueSoonDays)
{
    const Result<QString> providerName = name(db, options.providerId, text);
    if (!providerName)
        return providerName.error();
    const QString from = time::toIsoDate(options.from), to = time::toIsoDate(options.to);
    const SqlFragment flagged =
        DeadlineStatus::localDateExpression(QStringLiteral("g.flagged_at"), zone);

    Report report;
    report.kind = ReportKind::Provider;
    report.language = text.language();
    report.title = text.get("Provider inspection report");
    report.scope = text.get("Provider %1, %2 to %3").arg(providerName.value(), from, to);

    // Flagged generations of the provider's models in the period, by risk type.
    ReportTable risks = table(QStringLiteral("risks"), text.get("Items by risk category"),
                              {QStringLiteral("category"), QStringLiteral("count")},
                              {text.get("Risk category"), text.get("Count")});
    QVariantList values = flagged.values;
    values << from << to << options.providerId;
    auto riskRows =
        rows(db, QStringLiteral("generations"),
             QStringLiteral("SELECT r.code || ' ' || %1, count(*) FROM generations g "
                            "JOIN model_versions m ON m.id = g.model_version_id "
                            "JOIN risk_categories r ON r.code = substr(g.risk_category, 1, 3) "
                            "WHERE %2 BETWEEN ? AND ? AND m.provider_id = ? "
                            "GROUP BY r.code ORDER BY r.sort_order")
                 .arg(text.isChinese() ? QStringLiteral("r.name_zh") : QStringLiteral("r.name_en"),
                      flagged.sql),
             values, 2);
    if (!riskRows)
        return riskRows.error();
    risks.rows = riskRows.value();
    qint64 flaggedCount = 0;
    for (const QStringList &r : std::as_const(risks.rows))
        flaggedCount += r.value(1).toLongLong();

    // Deadline compliance: the deadline report's totals for this provider.
    ReportOptions deadlineOptions = options;
    Result<Report> deadlines = DeadlineReport::build(db, deadlineOptions, text, zone, dueSoonDays);
    if (!deadlines)
        return deadlines.error();
    // Its items are streamed and not read here: the count is one of its facts.
    QString itemsDue;
    for (const ReportFact &f : std::as_const(deadlines->facts))
        if (f.key == QLatin1String("itemsDue"))
            itemsDue = f.value;
    ReportTable compliance = deadlines->tables.value(1);
    compliance.key = QStringLiteral("compliance");
    compliance.title = text.get("Deadline compliance");

    // Complaints linked to the provider's generations, by channel and kind:
    // the complaint-handling report's tables for this provider.
    Result<Report> complaints = ComplaintReport::build(db, options, text, zone);
    if (!complaints)
        return complaints.error();
    QString complaintsReceived;
    for (const ReportFact &f : std::as_const(complaints->facts))
        if (f.key == QLatin1String("received"))
            complaintsReceived = f.value;
    QVector<ReportTable> complaintTables;
    for (ReportTable &t : complaints->tables) {
        if (t.key == QLatin1String("channels")) {
            t.key = QStringLiteral("complaintChannels");
            t.title = text.get("Complaints by channel");
        } else if (t.key == QLatin1String("kinds")) {
            t.key = QStringLiteral("complaintKinds");
            t.title = text.get("Complaints by kind");
        } else {
            continue;
        }
        complaintTables.push_back(std::move(t));
    }

    ReportTable cases =
        table(QStringLiteral("cases"), text.get("Open cases"),
              {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("status"),
               QStringLiteral("priority"), QStringLiteral("opened")},
              {text.get("Case number"), text.get("Title"), text.get("Status"), text.get("Priority"),
               text.get("Opened")});
    auto caseRows = rows(db, QStringLiteral("review_cases"),
                         QStringLiteral("SELECT number, title, status, priority, opened_at FROM "
                                        "review_cases WHERE provider_id = ? AND status NOT IN "
                                        "('closed', 'dismissed') ORDER BY opened_at, id"),
                         {options.providerId}, 5);
    if (!caseRows)
        return caseRows.error();
    for (QStringList r : caseRows.value()) {
        r[2] = text.token(r[2]);
        r[3] = text.token(r[3]);
        cases.rows.push_back(r);
    }

    ReportTable data =
        table(QStringLiteral("datasets"), text.get("Training data"),
              {QStringLiteral("dataset"), QStringLiteral("stage"), QStringLiteral("sourceType"),
               QStringLiteral("personalInfo"), QStringLiteral("licence"),
               QStringLiteral("sampleFlagged"), QStringLiteral("overThreshold")},
              {text.get("Dataset"), text.get("Stage"), text.get("Source type"),
               text.get("Personal information"), text.get("Licence"), text.get("Sample flagged"),
               text.get("Over the 5% threshold")});
    // TC260-003: a source whose sample holds over 5 % illegal or harmful items
    // must not be used. Compared in integers: flagged * 100 > sampled * 5.
    auto dataRows =
        rows(db, QStringLiteral("datasets"),
             QStringLiteral("SELECT name, stage, source_type, contains_personal_info, "
                            "COALESCE(license, ''), COALESCE(sampled_flagged, 0), "
                            "CASE WHEN COALESCE(sampled_items, 0) > 0 AND "
                            "sampled_flagged * 100 > sampled_items * 5 THEN 1 ELSE 0 END, "
                            "COALESCE(sampled_items, 0) "
                            "FROM datasets WHERE provider_id = ? ORDER BY stage, %1, %2")
                 .arg(ReportQuery::bytewise(db, QStringLiteral("name")),
                      ReportQuery::bytewise(db, QStringLiteral("id"))),
             {options.providerId}, 8);
    if (!dataRows)
        return dataRows.error();
    qint64 over = 0;
    for (QStringList r : dataRows.value()) {
        r[1] = text.token(r[1]);
        r[2] = text.token(r[2]);
        r[3] =
            text.token(r[3] == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no"));
        r[5] = samplePercent(r[5].toLongLong(), r.takeLast().toLongLong());
        over += r[6].toInt();
        r[6] =
            text.token(r[6] == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no"));
        data.rows.push_back(r);
    }

    report.facts = {
        {QStringLiteral("asOf"), text.get("As of"), time::toIsoDate(options.asOf)},
        {QStringLiteral("flagged"), text.get("Flagged generations"), QString::number(flaggedCount)},
        {QStringLiteral("itemsDue"), text.get("Items due"), itemsDue},
        {QStringLiteral("openCases"), text.get("Open cases"), QString::number(cases.rows.size())},
        {QStringLiteral("overThreshold"), text.get("Over the 5% threshold"), QString::number(over)},
        {QStringLiteral("complaints"), text.get("Complaints received"), complaintsReceived},
    };
    risks.charted = true;
    report.tables = {std::move(risks), std::move(compliance)};
    report.tables += complaintTables;
    report.tables += {std::move(cases), std::move(data)};

    Result<LineageGraph> lineage = LineageGraph::load(db, options.providerId);
    if (!lineage)
        return lineage.error();
    Result<LineageFigure::Figure> figure =
        LineageFigure::render(lineage.value(), text, options.masked);
    if (!figure)
        return figure.error();
    if (!figure->svg.isEmpty())
        report.figures.push_back(
            {QStringLiteral("lineage"), figure->caption, figure->svg, figure->picture});
    return report;
}

} // namespace ab
