#include "detailtext.h"

#include "browse/itemdetail.h"
#include "deadlines/policycatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QTextEdit>

namespace ab::ui {

int highlightTerms(QTextEdit *edit, const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(Qt::black);
    QTextDocument *doc = edit->document();
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        QTextCursor at = doc->find(word, 0);
        while (!at.isNull()) {
            marks.push_back({at, format});
            at = doc->find(word, at);
        }
    }
    edit->setExtraSelections(marks);
    return int(marks.size());
}

QTextEdit *longTextBox(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setAcceptRichText(false);
    edit->setLineWrapMode(QTextEdit::WidgetWidth);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

QString htmlRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:10px; white-space:nowrap'>") +
           label.toHtmlEscaped() + QStringLiteral("</td><td>") + value.toHtmlEscaped() +
           QStringLiteral("</td></tr>");
}

QString htmlSection(const QString &title)
{
    return QStringLiteral("<tr><td colspan='2' style='padding-top:8px'><b>") +
           title.toHtmlEscaped() + QStringLiteral("</b></td></tr>");
}

QString dueText(const DeadlineSummary &deadline)
{
    if (deadline.calendarComplete)
        return deadline.due;
    return deadline.due + QStringLiteral("* ") +
           QCoreApplication::translate("DetailText",
                                       "(no holiday calendar for that year: weekends only)");
}

const PolicyCatalog *viewPolicyCatalog()
{
    // Read once for every view that names or offers policies: it is a
    // handful of small files.
    static const std::optional<PolicyCatalog> catalog = [] {
        auto loaded = PolicyCatalog::load(PolicyCatalog::userFolder());
        return loaded ? std::optional<PolicyCatalog>(std::move(*loaded)) : std::nullopt;
    }();
    return catalog ? &*catalog : nullptr;
}

QString policyName(const QString &policyRef)
{
    const PolicyCatalog *catalog = viewPolicyCatalog();
    const auto policy = catalog ? catalog->find(policyRef) : std::nullopt;
    return policy ? policy->name(QLocale().language() == QLocale::Chinese) : policyRef;
}

QString policyText(const QString &policyRef)
{
    const QString name = policyName(policyRef);
    return name == policyRef ? policyRef
                             : name + QStringLiteral(" (") + policyRef + QLatin1Char(')');
}

} // namespace ab::ui
