#include "browsequery.h"

#include "browse/searchindex.h"
#include "privacy/piimasker.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace ab {

namespace {

QString placeholders(qsizetype n)
{
    QString out;
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

SqlFragment inList(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return {};
    SqlFragment f{column + QStringLiteral(" IN (") + placeholders(values.size()) + QLatin1Char(')'),
                  {}};
    for (const QString &v : values)
        f.values.push_back(v);
    return f;
}

// The UTC instant a local date begins, in stored form.
QString dayStart(const QDate &day, const QTimeZone &zone)
{
    return time::toStored(QDateTime(day, QTime(0, 0), zone));
}

} // namespace

BrowseContext BrowseContext::forWorkspace(const WorkspaceSettings &settings)
{
    BrowseContext c;
    c.zone = settings.timeZone();
    c.asOf = time::localDate(QDateTime::currentDateTimeUtc(), c.zone);
    c.dueSoonDays = settings.dueSoonDays;
    return c;
}

BrowseQuery::BrowseQuery(ListKind list, BrowseFilter filter, BrowseSort sort, BrowseContext context)
    : m_list(list), m_filter(std::move(filter)), m_sort(sort), m_context(std::move(context)),
      m_terms(SearchTerms::parse(m_filter.search))
{
    if (!BrowseSort::offered(list, m_sort.key))
        m_sort.key = SortKey::Time;
    const bool g = list == ListKind::Generations;
    const QString a = g ? QStringLiteral("g.") : QStringLiteral("c.");
    const QString time = a + (g ? QStringLiteral("flagged_at") : QStringLiteral("received_at"));
    const QString id = a + QStringLiteral("id");
    auto withTime = [&](const QString &column) {
        return QStringList{a + column, time, id};
    };
    switch (m_sort.key) {
    case SortKey::Time:
        m_keys = {time, id};
        break;
    case SortKey::Id:
        m_keys = {id};
        break;
    case SortKey::Model:
        m_keys = withTime(QStringLiteral("model_version_id"));
        break;
    case SortKey::Category:
        m_keys = withTime(QStringLiteral("risk_category"));
        break;
    case SortKey::Severity:
        m_keys = withTime(QStringLiteral("severity_rank"));
        break;
    case SortKey::TriageStatus:
        m_keys = withTime(QStringLiteral("status"));
        break;
    case SortKey::Channel:
        m_keys = withTime(QStringLiteral("channel"));
        break;
    case SortKey::Kind:
        m_keys = withTime(QStringLiteral("kind"));
        break;
    }
}

BrowseQuery::~BrowseQuery() = default;

void BrowseQuery::useDialectOf(const Database &db) const
{
    m_dialect = BrowseDialect::of(db);
}

QString BrowseQuery::narrowingIndex() const
{
    // Such a filter's rows come from its own index already in list order, so
    // a rare combination (one risk and one modality, say) reads a few of
    // them instead of walking most of the time index to fill a page.
    if (m_list != ListKind::Generations || m_sort.key != SortKey::Time)
        return {};
    if (m_filter.models.size() == 1)
        return QStringLiteral("generations_model_sort");
    if (m_filter.categories.size() == 1 && m_filter.categories.first().count(QLatin1Char('.')) == 2)
        return QStringLiteral("generations_category_sort"); // a risk such as A.2.b, not a type
    return {};
}

QString BrowseQuery::sortIndex() const
{
    if (const QString narrowing = narrowingIndex(); !narrowing.isEmpty())
        return narrowing;
    const bool g = m_list == ListKind::Generations;
    switch (m_sort.key) {
    case SortKey::Time:
        return g ? QStringLiteral("generations_flagged") : QStringLiteral("complaints_received");
    case SortKey::Id:
        return g ? QStringLiteral("sqlite_autoindex_generations_1")
                 : QStringLiteral("sqlite_autoindex_complaints_1");
    case SortKey::Model:
        return QStringLiteral("generations_model_sort");
    case SortKey::Category:
        return QStringLiteral("generations_category_sort");
    case SortKey::Severity:
        return g ? QStringLiteral("generations_severity_sort")
                 : QStringLiteral("complaints_severity_sort");
    case SortKey::TriageStatus:
        return QStringLiteral("complaints_status_sort");
    case SortKey::Channel:
        return QStringLiteral("complaints_channel_sort");
    case SortKey::Kind:
        return QStringLiteral("complaints_kind_sort");
    }
    return {};
}

SqlFragment BrowseQuery::fromClause(SearchOn on) const
{
    const bool g = m_list == ListKind::Generations;
    const QString table = g ? QStringLiteral("generations g") : QStringLiteral("complaints c");
    if (!m_hitsTable.isEmpty() && on == SearchOn::HitsDrive)
        return {QStringLiteral("%1 h %2 %3 ON %4 = h.r")
                    .arg(m_dialect.temp(m_hitsTable), m_dialect.drivingJoin(), table,
                         m_dialect.rowKey(g ? QStringLiteral("g") : QStringLiteral("c"))),
                {}};
    // Without a LIMIT (the walk) the planner may judge a full scan and a
    // sort cheaper than the index: its first row would then come only after
    // sorting every match, and the worker could not answer page requests
    // meanwhile. Naming the sort key's index keeps every step short.
    // Items in a case are few: they drive the scan and are sorted, instead
    // of the whole order's index being walked to find them.
    if (m_filter.caseScope == CaseScope::InAnyCase || m_filter.caseScope == CaseScope::InCase) {
        const QString one = m_filter.caseScope == CaseScope::InCase
                                ? QStringLiteral(" AND case_id = %1").arg(m_filter.caseId)
                                : QString();
        return {QStringLiteral("(SELECT DISTINCT item_id FROM case_items WHERE item_kind = "
                               "%1%2) ci %3 %4 ON %5.id = ci.item_id")
                    .arg(g ? QStringLiteral("'generation'") : QStringLiteral("'complaint'"), one,
                         m_dialect.drivingJoin(), table,
                         g ? QStringLiteral("g") : QStringLiteral("c")),
                {}};
    }
    return {m_dialect.through(table, sortIndex()), {}};
}

SqlFragment BrowseQuery::generationConditions(const QString &a, bool itemIsGeneration) const
{
    const BrowseFilter &f = m_filter;
    SqlFragment w;
    const QString and_ = QStringLiteral(" AND ");
    // The unary + keeps these conditions from choosing an index: the list
    // order's index is walked and rows checked, which finds a page of a
    // filter matching a few per cent of rows in a few thousand steps, where
    // reading the filter's index would sort every match first.
    const QString model = m_dialect.unindexed(a + QStringLiteral("model_version_id"));
    const QString category = m_dialect.unindexed(a + QStringLiteral("risk_category"));
    // The filter that narrows through its own index is an equality on the
    // index's first column, which the planner must see without the +.
    const QString narrowing = itemIsGeneration ? narrowingIndex() : QString();
    const bool byModel = narrowing == QLatin1String("generations_model_sort");
    const bool byCategory = narrowing == QLatin1String("generations_category_sort");
    if (!f.providers.isEmpty()) {
        SqlFragment p = inList(QStringLiteral("provider_id"), f.providers);
        p.sql = model + QStringLiteral(" IN (SELECT id FROM model_versions WHERE ") + p.sql +
                QLatin1Char(')');
        w.append(p, and_);
    }
    if (byModel)
        w.append({a + QStringLiteral("model_version_id = ?"), {f.models.first()}}, and_);
    else
        w.append(inList(model, f.models), and_);
    if (byCategory) {
        w.append({a + QStringLiteral("risk_category = ?"), {f.categories.first()}}, and_);
    } else if (!f.categories.isEmpty()) {
        SqlFragment c = inList(QStringLiteral("code"), f.categories);
        const SqlFragment parent = inList(QStringLiteral("parent"), f.categories);
        c.sql = category + QStringLiteral(" IN (SELECT code FROM risk_categories WHERE ") + c.sql +
                QStringLiteral(" OR ") + parent.sql + QLatin1Char(')');
        c.values += parent.values;
        w.append(c, and_);
    }
    if (itemIsGeneration)
        w.append(inList(a + QStringLiteral("severity"), f.severities), and_);
    w.append(inList(a + QStringLiteral("flag_source"), f.flagSources), and_);
    w.append(inList(a + QStringLiteral("modality"), f.modalities), and_);
    return w;
}

SqlFragment BrowseQuery::complaintConditions() const
{
    const BrowseFilter &f = m_filter;
    SqlFragment w;
    const QString and_ = QStringLiteral(" AND ");
    w.append(inList(QStringLiteral("c.severity"), f.severities), and_);
    w.append(inList(QStringLiteral("c.channel"), f.channels), and_);
    w.append(inList(QStringLiteral("c.kind"), f.kinds), and_);
    w.append(inList(QStringLiteral("c.status"), f.statuses), and_);
    // Provider, model, risk, flag source and modality are those of a linked
    // generation.
    SqlFragment linked = generationConditions(QStringLiteral("lg."), false);
    if (!linked.sql.isEmpty()) {
        linked.sql = QStringLiteral("EXISTS (SELECT 1 FROM complaint_generations cg JOIN "
                                    "generations lg ON lg.id = cg.generation_id WHERE "
                                    "cg.complaint_id = c.id AND ") +
                     linked.sql + QLatin1Char(')');
        w.append(linked, and_);
    }
    return w;
}

SqlFragment BrowseQuery::where(SearchOn on) const
{
    const BrowseFilter &f = m_filter;
    const bool g = m_list == ListKind::Generations;
    const QString a = g ? QStringLiteral("g") : QStringLiteral("c");
    const QString kind = g ? QStringLiteral("'generation'") : QStringLiteral("'complaint'");
    const QString and_ = QStringLiteral(" AND ");
    SqlFragment w = g ? generationConditions(QStringLiteral("g."), true) : complaintConditions();

    const QString time = a + (g ? QStringLiteral(".flagged_at") : QStringLiteral(".received_at"));
    if (f.from.isValid())
        w.append({time + QStringLiteral(" >= ?"), {dayStart(f.from, m_context.zone)}}, and_);
    if (f.to.isValid())
        w.append({time + QStringLiteral(" < ?"), {dayStart(f.to.addDays(1), m_context.zone)}},
                 and_);

    if (!g && f.answeredFrom.isValid())
        w.append(
            {QStringLiteral("c.responded_at >= ?"), {dayStart(f.answeredFrom, m_context.zone)}},
            and_);
    if (!g && f.answeredTo.isValid())
        w.append({QStringLiteral("c.responded_at < ?"),
                  {dayStart(f.answeredTo.addDays(1), m_context.zone)}},
                 and_);

    if (!f.policies.isEmpty()) {
        // An id takes in its variants "id:…"; LIKE wildcards in it are literal.
        SqlFragment p{QStringLiteral("EXISTS (SELECT 1 FROM deadlines pd WHERE pd.item_kind = %1 "
                                     "AND pd.item_id = %2.id AND (")
                          .arg(kind, a),
                      {}};
        for (qsizetype i = 0; i < f.policies.size(); ++i) {
            QString prefix = f.policies.at(i);
            prefix.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            p.sql += (i ? QStringLiteral(" OR ") : QString()) +
                     QStringLiteral("pd.policy_id = ? OR pd.policy_id LIKE ? ESCAPE '\\'");
            p.values << f.policies.at(i) << QString(prefix + QStringLiteral(":%"));
        }
        p.sql += QStringLiteral("))");
        w.append(p, and_);
    }

    if (!f.deadlineStates.isEmpty()) {
        const QString item = QStringLiteral("FROM deadlines fd WHERE fd.item_kind = %1 AND "
                                            "fd.item_id = %2.id")
                                 .arg(kind, a);
        SqlFragment states;
        QStringList tokens = f.deadlineStates;
        if (tokens.removeAll(BrowseFilter::kNoDeadline) > 0)
            states.sql = QStringLiteral("NOT EXISTS (SELECT 1 ") + item + QLatin1Char(')');
        if (!tokens.isEmpty()) {
            SqlFragment status = DeadlineStatus::caseExpression(
                m_context.asOf, m_context.dueSoonDays, m_context.zone, QStringLiteral("fd"));
            SqlFragment in = inList(QLatin1Char('(') + status.sql + QLatin1Char(')'), tokens);
            in.values = status.values + in.values;
            in.sql = QStringLiteral("EXISTS (SELECT 1 ") + item + and_ + in.sql + QLatin1Char(')');
            states.append(in, QStringLiteral(" OR "));
        }
        states.sql = QLatin1Char('(') + states.sql + QLatin1Char(')');
        w.append(states, and_);
    }

    if (f.caseScope != CaseScope::All) {
        SqlFragment c{QStringLiteral("EXISTS (SELECT 1 FROM case_items ci WHERE ci.item_kind = %1 "
                                     "AND ci.item_id = %2.id")
                          .arg(kind, a),
                      {}};
        if (f.caseScope == CaseScope::InCase) {
            c.sql += QStringLiteral(" AND ci.case_id = ?");
            c.values.push_back(f.caseId);
        }
        c.sql += QLatin1Char(')');
        if (f.caseScope == CaseScope::InNoCase)
            c.sql = QStringLiteral("NOT ") + c.sql;
        w.append(c, and_);
    }

    if (on == SearchOn::Nothing)
        return w;
    const QStringList columns =
        g ? QStringList{QStringLiteral("g.prompt"), QStringLiteral("g.output")}
          : QStringList{QStringLiteral("c.text")};
    // Index hits not driving the scan are checked row by row; the unary +
    // keeps the planner walking the order's index rather than the hits.
    if (on == SearchOn::Text) {
        // On the server, the predicate its trigram indexes answer: the rows
        // are the hits' rows whichever reads them.
        for (const QString &word : m_terms.indexed)
            w.append(m_dialect.server ? m_dialect.trigramContains(columns, word)
                                      : indexedWordOnText(columns, word),
                     and_);
    } else if (!m_hitsTable.isEmpty() && on == SearchOn::HitsCheck) {
        w.append({QStringLiteral("%1 IN (SELECT r FROM %2)")
                      .arg(m_dialect.unindexed(m_dialect.rowKey(a)), m_dialect.temp(m_hitsTable)),
                  {}},
                 and_);
    } else if (!m_terms.indexed.isEmpty() && m_hitsTable.isEmpty()) {
        w.append({m_dialect.never(), {}}, and_); // not prepared: nothing is known to match
    }
    for (const QString &word : m_terms.scanned)
        w.append(m_dialect.textContains(columns, word), and_);
    return w;
}

QString BrowseQuery::orderBy() const
{
    const QString dir = m_sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList parts;
    for (const QString &key : m_keys)
        parts.push_back(key + dir);
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

QString BrowseQuery::keyTuple() const
{
    return QLatin1Char('(') + m_keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

SqlFragment BrowseQuery::walkSql(const QVariantList &after, int limit) const
{
    // The walk reads a page's worth of rows between page requests.
    const SearchOn on = hitsFor(256);
    SqlFragment sql = fromClause(on);
    sql.sql = QStringLiteral("SELECT ") + m_keys.join(QStringLiteral(", ")) +
              QStringLiteral(" FROM ") + sql.sql;
    SqlFragment w = where(on);
    if (!after.isEmpty())
        w.append({keyTuple() +
                      (m_sort.descending ? QStringLiteral(" < (") : QStringLiteral(" > (")) +
                      placeholders(after.size()) + QLatin1Char(')'),
                  after},
                 QStringLiteral(" AND "));
    if (!w.sql.isEmpty()) {
        sql.sql += QStringLiteral(" WHERE ") + w.sql;
        sql.values += w.values;
    }
    sql.sql += orderBy();
    if (limit > 0) {
        sql.sql += QStringLiteral(" LIMIT ?");
        sql.values.push_back(limit);
    }
    return sql;
}

SqlFragment BrowseQuery::chooseSql(const ListAnchor &from, qint64 offset, int limit,
                                   const QVariantList &bound, SearchOn on) const
{
    const QString a = m_list == ListKind::Generations ? QStringLiteral("g") : QStringLiteral("c");
    if (on != SearchOn::Text)
        on = hitsFor(offset + limit);
    const SqlFragment fromPart = fromClause(on);
    SqlFragment inner{QStringLiteral("SELECT %1 AS page_row FROM ").arg(m_dialect.rowKey(a)) +
                          fromPart.sql,
                      fromPart.values};
    SqlFragment w = where(on);
    if (!bound.isEmpty()) {
        // The far end of the rows a page may come from (scanFirstRows).
        w.append({QLatin1Char('(') + m_keys.join(QStringLiteral(", ")) +
                      (m_sort.descending ? QStringLiteral(") >= (") : QStringLiteral(") <= (")) +
                      placeholders(bound.size()) + QLatin1Char(')'),
                  bound},
                 QStringLiteral(" AND "));
    }
    if (!from.key.isEmpty()) {
        SqlFragment keyset{
            QLatin1Char('(') + m_keys.join(QStringLiteral(", ")) +
                (m_sort.descending ? QStringLiteral(") <= (") : QStringLiteral(") >= (")) +
                placeholders(from.key.size()) + QLatin1Char(')'),
            from.key};
        w.append(keyset, QStringLiteral(" AND "));
    }
    if (!w.sql.isEmpty()) {
        inner.sql += QStringLiteral(" WHERE ") + w.sql;
        inner.values += w.values;
    }
    inner.sql += orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    inner.values << limit << offset;
    return inner;
}

SqlFragment BrowseQuery::pageSql(const ListAnchor &from, qint64 offset, int limit,
                                 const QVariantList &bound, SearchOn on) const
{
    const bool g = m_list == ListKind::Generations;
    const QString kind = g ? QStringLiteral("'generation'") : QStringLiteral("'complaint'");
    const QString a = g ? QStringLiteral("g") : QStringLiteral("c");
    const SqlFragment status = DeadlineStatus::caseExpression(m_context.asOf, m_context.dueSoonDays,
                                                              m_context.zone, QStringLiteral("d"));
    QString columns;
    if (g) {
        columns = QStringLiteral(
            "g.id, g.flagged_at, g.created_at, "
            "(SELECT p.name FROM model_versions pm JOIN providers p ON p.id = pm.provider_id "
            "WHERE pm.id = g.model_version_id), "
            "(SELECT coalesce(nullif(p.name_en, ''), p.name) FROM model_versions pm JOIN providers "
            "p ON p.id = pm.provider_id WHERE pm.id = g.model_version_id), "
            "g.model_version_id, "
            "(SELECT m.name || ' ' || m.version FROM model_versions m WHERE m.id = "
            "g.model_version_id), "
            "g.risk_category, g.severity, g.flag_source, g.modality, substr(g.prompt, 1, %1), "
            "substr(g.output, 1, %1), d.due, ");
    } else {
        columns = QStringLiteral("c.id, c.received_at, c.channel, c.kind, c.status, c.severity, "
                                 "c.request, substr(c.text, 1, %1), (SELECT count(*) FROM "
                                 "complaint_generations cg WHERE cg.complaint_id = c.id), d.due, ");
    }
    SqlFragment sql{QStringLiteral("SELECT ") + columns.arg(kExcerpt) +
                        QStringLiteral("CASE WHEN d.id IS NULL THEN NULL ELSE (") + status.sql +
                        QStringLiteral(") END"),
                    status.values};
    if (g)
        sql.sql += QStringLiteral(", (SELECT count(*) FROM complaint_generations cg WHERE "
                                  "cg.generation_id = g.id)");
    sql.sql += QStringLiteral(", d.calendar_complete");
    // The sort key, after the fields: where the next page may continue.
    sql.sql += QStringLiteral(", ") + m_keys.join(QStringLiteral(", "));

    // The page's rows are chosen on their sort keys alone (chooseSql); only
    // those rows then have their excerpts, subqueries and deadline status
    // computed. A search that drives from its hits would otherwise compute
    // them for every hit before sorting.
    const SqlFragment inner = chooseSql(from, offset, limit, bound, on);
    sql.sql += QStringLiteral(" FROM (%1) page %2 %3 ON %4 = page.page_row "
                              "LEFT JOIN deadlines d ON d.item_kind = %5 AND d.item_id = %6.id")
                   .arg(inner.sql, m_dialect.drivingJoin(),
                        g ? QStringLiteral("generations g") : QStringLiteral("complaints c"),
                        m_dialect.rowKey(a), kind, a) +
               orderBy();
    sql.values += inner.values;
    return sql;
}

Result<QVector<ListRow>> BrowseQuery::page(Database &db, const ListAnchor &from, qint64 offset,
                                           int limit, ListAnchor *last) const
{
    useDialectOf(db);
    return readPage(db, pageSql(from, offset, limit), limit, last);
}

Result<QVector<ListRow>> BrowseQuery::readPage(Database &db, const SqlFragment &sql, int limit,
                                               ListAnchor *last) const
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql.sql))
        return db.sqlError(QStringLiteral("list page"), q);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("list page"), q);
    const int fields =
        m_list == ListKind::Generations ? int(GenerationField::Count) : int(ComplaintField::Count);
    const QVector<int> maskedFields =
        m_list == ListKind::Generations
            ? QVector<int>{GenerationField::Prompt, GenerationField::Output}
            : QVector<int>{ComplaintField::Text};
    QVector<ListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        ListRow row;
        row.reserve(fields);
        // NULL is "" as the fields promise; the server's driver gives a NULL
        // number as a null QVariant that still converts to "0".
        for (int i = 0; i < fields; ++i)
            row.push_back(q.isNull(i) ? QString() : q.value(i).toString());
        // Lists show personal information masked; masking here, on the
        // worker that reads the page, spares the view doing it on every paint.
        for (const int text : maskedFields)
            row[text] = PiiMasker::mask(row.at(text));
        rows.push_back(std::move(row));
        if (last) {
            last->key.clear();
            for (int k = 0; k < m_keys.size(); ++k)
                last->key.push_back(q.value(fields + k));
        }
    }
    if (last)
        last->rank = rows.size() - 1;
    return rows;
}

Result<QStringList> BrowseQuery::plan(Database &db) const
{
    useDialectOf(db);
    const SqlFragment sql = m_dialect.explain(db, chooseSql({}, 0, 200));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    bool ran = false;
    if (sql.values.isEmpty()) {
        ran = q.exec(sql.sql); // not prepared: the server prepares no EXPLAIN
    } else if (q.prepare(sql.sql)) {
        for (const QVariant &v : sql.values)
            q.addBindValue(v);
        ran = q.exec();
    }
    if (!ran)
        return db.sqlError(QStringLiteral("query plan"), q);
    QStringList lines;
    while (q.next())
        lines.push_back(q.value(m_dialect.explainColumn()).toString());
    return lines;
}

} // namespace ab
