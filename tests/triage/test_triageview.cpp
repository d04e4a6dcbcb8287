// The triage queue worked from the keyboard only: every action is one key,
// the next complaint comes up by itself, bulk selection and undo work, and
// the search prompts take Enter and the arrow keys.
#include "casefixture.h"
#include "cases/backgroundquery.h"
#include "cases/casequery.h"
#include "common/appsettings.h"
#include "screenshot.h"
#include "triage/triagedetailpane.h"
#include "triage/triageprompt.h"
#include "triage/triageservice.h"
#include "triage/triagewidget.h"
#include "waitfor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct TriageFixture : CaseFixture
{
    TriageFixture()
    {
        screenshotLanguage();
        AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
        // Queue order: C4 (due 03-10), C3 (03-20, critical), C2 (03-20, low), C1 (03-22).
        addComplaint(QStringLiteral("C1"), QStringLiteral("模型说我的邻居是罪犯，请删除"),
                     QStringLiteral("2026-03-01T08:00:00Z"));
        addComplaint(QStringLiteral("C2"), QStringLiteral("The answer about vaccines was false"),
                     QStringLiteral("2026-03-05T08:00:00Z"), {}, QStringLiteral("inaccurate"),
                     QStringLiteral("low"), QStringLiteral("2026-03-20"));
        addComplaint(QStringLiteral("C3"), QStringLiteral("模型说我的邻居是罪犯,请删除!"),
                     QStringLiteral("2026-03-06T08:00:00Z"), {}, QStringLiteral("other"),
                     QStringLiteral("critical"), QStringLiteral("2026-03-20"));
        addComplaint(QStringLiteral("C4"), QStringLiteral("请删除我的个人信息"),
                     QStringLiteral("2026-03-02T08:00:00Z"), {}, QStringLiteral("personal_info"),
                     {}, QStringLiteral("2026-03-10"));
    }
    ~TriageFixture() { AppSettings::useFile({}); }

    QString field(const QString &id, const QString &column)
    {
        return scalar(QStringLiteral("SELECT coalesce(%1, '') FROM complaints WHERE id = '%2'")
                          .arg(column, id));
    }
};

struct View
{
    explicit View(TriageFixture &f)
    {
        widget.resize(1100, 760);
        widget.setWorkspace(&f.workspace());
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        queue = widget.findChild<QListWidget *>(QStringLiteral("triageQueueList"));
        REQUIRE(queue != nullptr);
        queue->setFocus();
    }
    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : queue;
        QTest::keyClick(target, Qt::Key(k), m);
    }
    void type(const QString &text)
    {
        // QTest types ASCII only; other text arrives as an input method
        // would commit it.
        bool ascii = true;
        for (const QChar c : text)
            ascii &= c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(widget.prompt()->edit(), text);
        else
            widget.prompt()->edit()->insert(text);
    }
    void waitSuggestions()
    {
        REQUIRE(waitFor([&] { return !widget.detail()->suggestionQuery()->busy(); }, 10000));
    }

    TriageWidget widget;
    QListWidget *queue = nullptr;
};

} // namespace

TEST_CASE("one key per action, and the next complaint comes up by itself")
{
    TriageFixture f;
    View v(f);
    CHECK(v.queue->count() == 4);
    CHECK(v.widget.currentId() == QStringLiteral("C4"));
    auto *deadline = v.widget.findChild<QLabel *>(QStringLiteral("triageDeadlineLabel"));
    CHECK(deadline->text().contains(QStringLiteral("2026-03-10")));
    CHECK(deadline->text().contains(QStringLiteral("Delete"))); // the personal-information request
    screenshot(&v.widget, QStringLiteral("triage-queue"));

    // Enter without a severity is refused, and says why.
    v.key(Qt::Key_Return);
    CHECK(v.widget.errorText().contains(QStringLiteral("severity")));
    CHECK(v.widget.currentId() == QStringLiteral("C4"));

    v.key(Qt::Key_3); // high
    CHECK(f.field("C4", "severity") == QStringLiteral("high"));
    CHECK(v.widget.currentId() == QStringLiteral("C4")); // an attribute: it stays
    v.key(Qt::Key_Return);
    CHECK(f.field("C4", "status") == QStringLiteral("triaged"));
    CHECK(v.widget.currentId() == QStringLiteral("C3")); // the next one, without the mouse
    CHECK(v.queue->count() == 3);

    // K, then 2 (personal information), then 3 (delete).
    v.key(Qt::Key_K);
    v.key(Qt::Key_2);
    v.key(Qt::Key_3);
    CHECK(f.field("C3", "kind") == QStringLiteral("personal_info"));
    CHECK(f.field("C3", "request") == QStringLiteral("delete"));

    // X, a reason, Enter.
    v.key(Qt::Key_X);
    REQUIRE(v.widget.prompt()->isAsking());
    v.type(QStringLiteral("not our service"));
    v.key(Qt::Key_Return);
    CHECK(f.field("C3", "status") == QStringLiteral("dismissed"));
    CHECK(f.field("C3", "resolution") == QStringLiteral("not our service"));
    CHECK(v.widget.currentId() == QStringLiteral("C2"));
    CHECK(v.queue->hasFocus());

    // U brings the dismissed complaint back, selected.
    v.key(Qt::Key_U);
    CHECK(f.field("C3", "status") == QStringLiteral("new"));
    CHECK(v.widget.currentId() == QStringLiteral("C3"));
    CHECK(v.widget.statusText().contains(QStringLiteral("Undone")));

    // Esc leaves a prompt without doing anything.
    v.key(Qt::Key_X);
    v.key(Qt::Key_Escape);
    CHECK_FALSE(v.widget.prompt()->isAsking());
    CHECK(f.field("C3", "status") == QStringLiteral("new"));
}

TEST_CASE("duplicates, links and escalations from the keyboard")
{
    TriageFixture f;
    View v(f);
    v.key(Qt::Key_Down); // C3, a near copy of C1
    REQUIRE(v.widget.currentId() == QStringLiteral("C3"));
    v.waitSuggestions();
    CHECK(v.widget.detail()->suggestionIds() == QStringList{QStringLiteral("C1")});
    screenshot(&v.widget, QStringLiteral("triage-duplicate"));
    v.key(Qt::Key_D);
    CHECK(v.widget.prompt()->edit()->text() == QStringLiteral("C1"));
    v.key(Qt::Key_Return);
    CHECK(f.field("C3", "status") == QStringLiteral("duplicate"));
    CHECK(f.field("C3", "duplicate_of") == QStringLiteral("C1"));
    CHECK(v.widget.currentId() == QStringLiteral("C2"));

    // L, an id typed in full, Enter: linked once the search confirms it.
    v.key(Qt::Key_L);
    v.type(QStringLiteral("G00007"));
    v.key(Qt::Key_Return);
    REQUIRE(waitFor([&] {
        return (f.scalar(QStringLiteral("SELECT count(*) FROM complaint_generations WHERE "
                                        "complaint_id = 'C2' AND generation_id = 'G00007'"))) ==
               (QStringLiteral("1"));
    }));
    // L with words of a prompt: the results come up, Enter takes the first.
    v.key(Qt::Key_L);
    v.type(QStringLiteral("张三的手机号"));
    v.key(Qt::Key_Return);
    REQUIRE(waitFor([&] { return v.widget.prompt()->resultCount() == 1; }));
    v.key(Qt::Key_Return);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM complaint_generations WHERE "
                                  "complaint_id = 'C2' AND generation_id = 'H00001'")) ==
          QStringLiteral("1"));

    // E, Enter: a new case with a title made from the complaint.
    QSignalSpy cases(&v.widget, &TriageWidget::casesChanged);
    v.key(Qt::Key_E);
    v.key(Qt::Key_Return);
    CHECK(cases.size() == 1);
    CHECK(f.field("C2", "status") == QStringLiteral("escalated"));
    const QString number = f.scalar(QStringLiteral("SELECT number FROM review_cases"));
    CHECK(v.widget.statusText().contains(number));

    // A, the case number, Enter (search), Enter (take it).
    REQUIRE(v.widget.currentId() == QStringLiteral("C1"));
    v.key(Qt::Key_A);
    v.type(number);
    v.key(Qt::Key_Return);
    REQUIRE(waitFor([&] { return v.widget.prompt()->resultCount() == 1; }));
    v.key(Qt::Key_Return);
    CHECK(f.field("C1", "status") == QStringLiteral("escalated"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items")) == QStringLiteral("2"));
    CHECK(cases.size() == 2);
}

TEST_CASE("bulk actions on a keyboard selection")
{
    TriageFixture f;
    View v(f);
    v.key(Qt::Key_Down, Qt::ShiftModifier);
    v.key(Qt::Key_Down, Qt::ShiftModifier);
    CHECK(v.widget.targetIds() ==
          QStringList{QStringLiteral("C4"), QStringLiteral("C3"), QStringLiteral("C2")});
    v.key(Qt::Key_1);
    for (const char *id : {"C4", "C3", "C2"})
        CHECK(f.field(QString::fromLatin1(id), "severity") == QStringLiteral("low"));
    CHECK(f.field("C1", "severity").isEmpty());

    v.queue->selectAll();
    v.key(Qt::Key_X);
    v.type(QStringLiteral("批量：垃圾信息"));
    v.key(Qt::Key_Return);
    CHECK(v.queue->count() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'dismissed'")) ==
          QStringLiteral("4"));
    screenshot(&v.widget, QStringLiteral("triage-empty"));
    v.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(v.queue->count() == 4);
}

TEST_CASE("a complaint someone else changed since the view showed it: a conflict, then reloaded")
{
    TriageFixture f;
    View v(f);
    REQUIRE(v.widget.currentId() == QStringLiteral("C4"));
    // What the view shows is what it records as seen.
    auto shown = TriageService::snapshot(f.workspace(), QStringLiteral("C4"));
    AB_REQUIRE_OK(shown);
    REQUIRE(v.widget.service()->seen(QStringLiteral("C4")).has_value());
    CHECK(*v.widget.service()->seen(QStringLiteral("C4")) == *shown);

    auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
    AB_REQUIRE_OK(other);
    TriageService theirs(**other);
    AB_REQUIRE_OK(theirs.setSeverity({QStringLiteral("C4")}, QStringLiteral("critical")));

    // Refused, said so, and the complaint shows as it is now.
    v.key(Qt::Key_1);
    CHECK(v.widget.errorText().contains(QStringLiteral("C4")));
    CHECK(v.widget.errorText().contains(CaseFixture::kSupervisor));
    CHECK(f.field("C4", "severity") == QStringLiteral("critical"));
    REQUIRE(v.widget.currentId() == QStringLiteral("C4"));
    CHECK(v.queue->currentItem()->text().contains(QStringLiteral("Critical")));
    auto *header = v.widget.findChild<QLabel *>(QStringLiteral("triageHeaderLabel"));
    CHECK(header->text().contains(QStringLiteral("Critical")));
    screenshot(&v.widget, QStringLiteral("triage-conflict"));

    // Seen now: the same key goes through.
    v.key(Qt::Key_1);
    CHECK(v.widget.errorText().isEmpty());
    CHECK(f.field("C4", "severity") == QStringLiteral("low"));

    // A bulk decision through a prompt. C1, last, was never shown in the
    // detail pane: what its row shows is what was seen.
    AB_REQUIRE_OK(theirs.setSeverity({QStringLiteral("C1")}, QStringLiteral("high")));
    v.queue->selectAll();
    REQUIRE(v.widget.targetIds().size() == 4);
    REQUIRE(v.widget.service()->seen(QStringLiteral("C1")).has_value());
    CHECK(v.widget.service()->seen(QStringLiteral("C1"))->severity.isEmpty());
    v.key(Qt::Key_X);
    v.type(QStringLiteral("spam"));
    v.key(Qt::Key_Return);
    CHECK(v.widget.errorText().contains(QStringLiteral("C1")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'dismissed'")) ==
          QStringLiteral("0"));
    REQUIRE(v.queue->count() == 4);
    CHECK(v.queue->item(3)->text().contains(QStringLiteral("High")));
}

TEST_CASE("a complaint someone else decided after the queue listed it is a conflict when reached")
{
    TriageFixture f;
    View v(f);
    REQUIRE(v.widget.currentId() == QStringLiteral("C4"));
    REQUIRE(v.queue->item(1)->text().startsWith(QStringLiteral("C3")));

    // Listed as new; decided by someone else before this user gets to it.
    auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
    AB_REQUIRE_OK(other);
    TriageService theirs(**other);
    AB_REQUIRE_OK(theirs.setSeverity({QStringLiteral("C3")}, QStringLiteral("high")));
    AB_REQUIRE_OK(theirs.markTriaged({QStringLiteral("C3")}));

    // The pane does not show the status: reaching C3 and dismissing it must
    // not quietly undo the other person's decision.
    v.key(Qt::Key_Down);
    REQUIRE(v.widget.currentId() == QStringLiteral("C3"));
    v.key(Qt::Key_X);
    v.type(QStringLiteral("spam"));
    v.key(Qt::Key_Return);
    CHECK(v.widget.errorText().contains(QStringLiteral("C3")));
    CHECK(f.field("C3", "status") == QStringLiteral("triaged"));
}
