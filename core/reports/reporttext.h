#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>
#include <memory>

namespace ab {

// The words of a report in the report's own language, whatever language the
// program runs in: a report for the file may be Chinese while the workbench is
// English. The strings live in one table (context "Reports") so that lupdate
// files them for the translators; a Chinese report reads them from the
// application's embedded translation, and a string it lacks stays English.
class ReportText
{
public:
    explicit ReportText(const QString &language);
    ~ReportText();

    const QString &language() const { return m_language; }
    bool isChinese() const { return m_language == QLatin1String("zh_CN"); }
    // `source` must be one of the table's English strings.
    QString get(const char *source) const;
    // A status, outcome or vocabulary token ("on_track", "met") as words.
    QString token(const QString &token) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    // Token → words, worked out once: a report asks for them on every row.
    QHash<QString, QString> m_tokens;
};

} // namespace ab
