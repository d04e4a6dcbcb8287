#include "browsefilter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ab {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.push_back(v.toString());
    }
    return out;
}

QString caseScopeToken(CaseScope scope)
{
    switch (scope) {
    case CaseScope::All:
        return QStringLiteral("all");
    case CaseScope::InAnyCase:
        return QStringLiteral("any");
    case CaseScope::InNoCase:
        return QStringLiteral("none");
    case CaseScope::InCase:
        return QStringLiteral("case");
    }
    return QStringLiteral("all");
}

CaseScope caseScopeFromToken(const QString &token)
{
    if (token == QLatin1String("any"))
        return CaseScope::InAnyCase;
    if (token == QLatin1String("none"))
        return CaseScope::InNoCase;
    if (token == QLatin1String("case"))
        return CaseScope::InCase;
    return CaseScope::All;
}

constexpr std::pair<SortKey, const char *> kSortTokens[] = {
    {SortKey::Time, "time"},         {SortKey::Id, "id"},
    {SortKey::Model, "model"},       {SortKey::Category, "category"},
    {SortKey::Severity, "severity"}, {SortKey::TriageStatus, "status"},
    {SortKey::Channel, "channel"},   {SortKey::Kind, "kind"},
};

} // namespace

QString listToken(ListKind kind)
{
    return kind == ListKind::Generations ? QStringLiteral("generations")
                                         : QStringLiteral("complaints");
}

std::optional<ListKind> listFromToken(const QString &token)
{
    if (token == QLatin1String("generations"))
        return ListKind::Generations;
    if (token == QLatin1String("complaints"))
        return ListKind::Complaints;
    return std::nullopt;
}

int BrowseFilter::activeCount() const
{
    int n = 0;
    for (const QStringList *list :
         {&providers, &models, &categories, &severities, &flagSources, &modalities, &channels,
          &kinds, &statuses, &deadlineStates, &policies})
        n += list->isEmpty() ? 0 : 1;
    n += (from.isValid() || to.isValid()) ? 1 : 0;
    n += (answeredFrom.isValid() || answeredTo.isValid()) ? 1 : 0;
    n += caseScope == CaseScope::All ? 0 : 1;
    n += search.trimmed().isEmpty() ? 0 : 1;
    return n;
}

QJsonObject BrowseFilter::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QStringList &list) {
        if (!list.isEmpty())
            o.insert(QLatin1String(key), toArray(list));
    };
    put("providers", providers);
    put("models", models);
    put("categories", categories);
    put("severities", severities);
    put("flagSources", flagSources);
    put("modalities", modalities);
    put("channels", channels);
    put("kinds", kinds);
    put("statuses", statuses);
    put("deadlineStates", deadlineStates);
    put("policies", policies);
    if (from.isValid())
        o.insert(QLatin1String("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QLatin1String("to"), to.toString(Qt::ISODate));
    if (answeredFrom.isValid())
        o.insert(QLatin1String("answeredFrom"), answeredFrom.toString(Qt::ISODate));
    if (answeredTo.isValid())
        o.insert(QLatin1String("answeredTo"), answeredTo.toString(Qt::ISODate));
    if (caseScope != CaseScope::All)
        o.insert(QLatin1String("cases"), caseScopeToken(caseScope));
    if (caseScope == CaseScope::InCase)
        o.insert(QLatin1String("caseId"), caseId);
    if (!search.isEmpty())
        o.insert(QLatin1String("search"), search);
    return o;
}

BrowseFilter BrowseFilter::fromJson(const QJsonObject &o)
{
    BrowseFilter f;
    f.providers = fromArray(o.value(QLatin1String("providers")));
    f.models = fromArray(o.value(QLatin1String("models")));
    f.categories = fromArray(o.value(QLatin1String("categories")));
    f.severities = fromArray(o.value(QLatin1String("severities")));
    f.flagSources = fromArray(o.value(QLatin1String("flagSources")));
    f.modalities = fromArray(o.value(QLatin1String("modalities")));
    f.channels = fromArray(o.value(QLatin1String("channels")));
    f.kinds = fromArray(o.value(QLatin1String("kinds")));
    f.statuses = fromArray(o.value(QLatin1String("statuses")));
    f.deadlineStates = fromArray(o.value(QLatin1String("deadlineStates")));
    f.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    f.policies = fromArray(o.value(QLatin1String("policies")));
    f.answeredFrom =
        QDate::fromString(o.value(QLatin1String("answeredFrom")).toString(), Qt::ISODate);
    f.answeredTo = QDate::fromString(o.value(QLatin1String("answeredTo")).toString(), Qt::ISODate);
    f.caseScope = caseScopeFromToken(o.value(QLatin1String("cases")).toString());
    f.caseId = o.value(QLatin1String("caseId")).toInteger();
    f.search = o.value(QLatin1String("search")).toString();
    return f;
}

bool BrowseSort::offered(ListKind list, SortKey key)
{
    switch (key) {
    case SortKey::Time:
    case SortKey::Id:
    case SortKey::Severity:
        return true;
    case SortKey::Model:
    case SortKey::Category:
        return list == ListKind::Generations;
    case SortKey::TriageStatus:
    case SortKey::Channel:
    case SortKey::Kind:
        return list == ListKind::Complaints;
    }
    return false;
}

QJsonObject BrowseSort::toJson() const
{
    QString token;
    for (const auto &[k, t] : kSortTokens) {
        if (k == key)
            token = QString::fromLatin1(t);
    }
    return {{QStringLiteral("key"), token}, {QStringLiteral("descending"), descending}};
}

BrowseSort BrowseSort::fromJson(const QJsonObject &json)
{
    BrowseSort s;
    const QString token = json.value(QLatin1String("key")).toString();
    for (const auto &[k, t] : kSortTokens) {
        if (token == QLatin1String(t))
            s.key = k;
    }
    s.descending = json.value(QLatin1String("descending")).toBool(true);
    return s;
}

SearchTerms SearchTerms::parse(const QString &search)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    SearchTerms terms;
    const QStringList words = search.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (terms.indexed.contains(word) || terms.scanned.contains(word))
            continue;
        // Characters, not UTF-16 units: the trigram tokenizer counts code points.
        if (word.toUcs4().size() >= 3)
            terms.indexed.push_back(word);
        else
            terms.scanned.push_back(word);
    }
    return terms;
}

QString SearchTerms::matchExpression() const
{
    QStringList phrases;
    for (QString word : indexed)
        phrases.push_back(QLatin1Char('"') +
                          word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                          QLatin1Char('"'));
    return phrases.join(QStringLiteral(" AND "));
}

} // namespace ab
