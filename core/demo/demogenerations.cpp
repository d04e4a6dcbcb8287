#include "demogenerations.h"

namespace ab::demo {

namespace {

// How a prompt and an output of another modality read in the record: the
// channel the request came through, and a description or transcript of what
// came back.
const Bilingual kPromptModality[] = {{"", ""},
                                     {"（图文对话）", "(image chat) "},
                                     {"（语音输入）", "(voice) "},
                                     {"（视频生成）", "(video request) "}};
const Bilingual kOutputModality[] = {{"", ""},
                                     {"[图像] 画面内容：", "[image] The picture shows: "},
                                     {"[语音转写] ", "[audio transcript] "},
                                     {"[视频摘要] ", "[video summary] "}};

// Openers that end in a comma are followed by a lower-case English word.
const Bilingual kPromptOpeners[] = {{"", ""},
                                    {"", ""},
                                    {"", ""},
                                    {"你好，", "Hi, "},
                                    {"问一下，", "Quick question: "},
                                    {"急！", "Hey, "},
                                    {"在吗？", "Hello? "}};
// For prompts that end without a question mark (requests, or questions typed
// without one); questions keep their own ending.
const Bilingual kPromptClosers[] = {{"", "."},
                                    {"", "."},
                                    {"", "."},
                                    {"，谢谢", ". Thanks."},
                                    {"，越详细越好", ", in as much detail as you can."},
                                    {"（第二次问了）", ". (Asking again.)"}};

bool endsWithQuestion(const std::string &s)
{
    return (!s.empty() && s.back() == '?') ||
           (s.size() >= 3 && s.compare(s.size() - 3, 3, "？") == 0);
}

// Whether the text already ends a sentence, so that an aside can follow.
bool endsSentence(const std::string &s, bool zh)
{
    if (s.empty())
        return true;
    if (!zh)
        return std::string_view(".?!)").find(s.back()) != std::string_view::npos;
    for (const char *mark : {"？", "。", "！", "）"}) {
        if (s.size() >= 3 && s.compare(s.size() - 3, 3, mark) == 0)
            return true;
    }
    return false;
}

void hexInto(char *out, QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out[2 * i] = digits[(uchar(bytes[i]) >> 4) & 0xf];
        out[2 * i + 1] = digits[uchar(bytes[i]) & 0xf];
    }
}

} // namespace

GenerationBuilder::GenerationBuilder(const DemoContext &context, const DemoPlan &plan,
                                     DeadlinePlanner &deadlines)
    : m_ctx(context), m_plan(plan), m_deadlines(deadlines)
{}

void GenerationBuilder::compose(const GenerationMeta &g, DemoRandom &rng, GenerationRecord &r)
{
    const CategorySeed &seed = categorySeeds()[g.category];
    const TextPair *pairs = g.zh ? seed.zh : seed.en;
    int available = 0;
    while (available < 3 && pairs[available].prompt)
        ++available;
    const TextPair &pair = pairs[rng.below(quint32(available))];

    std::string &prompt = r.prompt;
    std::string &output = r.output;
    m_text.beginRow(g.zh);
    prompt.clear();
    output.clear();
    m_text.append(prompt, kPromptModality[g.modality], rng);
    m_text.append(prompt, rng.pick(kPromptOpeners), rng);
    const bool afterComma = prompt.size() >= 2 && prompt.compare(prompt.size() - 2, 2, ", ") == 0;
    if (!g.zh && afterComma && pair.prompt[0] >= 'A' && pair.prompt[0] <= 'Z' &&
        pair.prompt[1] != '\'') {
        prompt += char(pair.prompt[0] - 'A' + 'a');
        m_text.append(prompt, pair.prompt + 1, rng);
    } else {
        m_text.append(prompt, pair.prompt, rng);
    }
    if (!endsWithQuestion(prompt))
        m_text.append(prompt, rng.pick(kPromptClosers), rng);
    // Personal information the user typed in: what masking must find later.
    if (g.personalInfo && rng.chance(600)) {
        if (!endsSentence(prompt, g.zh))
            prompt += g.zh ? "。" : ".";
        if (!g.zh)
            prompt += ' ';
        m_text.append(prompt, rng.pickFrom(phrases::personalInfoAsides()), rng);
    }

    m_text.append(output, kOutputModality[g.modality], rng);
    m_text.append(output, pair.output, rng);
}

void GenerationBuilder::build(qint64 i, GenerationRecord &r)
{
    const GenerationMeta g = m_plan.generation(i);
    DemoRandom rng = itemRandom(m_ctx.seed, Stream::GenerationText, quint64(i));
    compose(g, rng, r);

    // content_hash = SHA-256 (hex) of the UTF-8 prompt, "\n", and the UTF-8
    // output: what an import recomputes to recognise an output it has seen.
    m_hash.reset();
    m_hash.addData(QByteArrayView(r.prompt.data(), qsizetype(r.prompt.size())));
    m_hash.addData(QByteArrayView("\n", 1));
    m_hash.addData(QByteArrayView(r.output.data(), qsizetype(r.output.size())));
    hexInto(r.contentHash, m_hash.resultView());

    const DemoModel &model = m_ctx.catalog.models()[g.model];
    r.id = RowId::make('G', i + 1);
    r.model = view(model.id);
    r.created = utcText(g.created);
    r.flagged = utcText(g.flagged);
    r.modality = tokens::kModalities[g.modality];
    r.category = categorySeeds()[g.category].code;
    r.severity = tokens::kSeverities[g.severity];
    r.flagSource = tokens::kFlagSources[g.flagSource];
    r.labeled = g.labeled;

    DeadlineItem item;
    item.kind = "generation";
    item.itemId = r.id;
    item.provider = model.provider;
    item.trigger = g.flagged;
    item.model = g.model;
    item.generationId = r.id;
    item.index = quint64(i) * 2;
    m_deadlines.plan(item, nullptr, r.deadline);
}

Status GenerationWriter::prepare(Database &db)
{
    if (Status s = m_deadlines.prepare(db); !s)
        return s;
    return m_insert.prepare(
        db, "INSERT INTO generations (id, model_version_id, created_at, prompt, output, "
            "modality, risk_category, severity, flag_source, flagged_at, labeled, "
            "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Status GenerationWriter::write(const GenerationRecord &r)
{
    m_insert.text(1, r.id.view());
    m_insert.text(2, r.model);
    m_insert.text(3, r.created.view());
    m_insert.text(4, r.prompt);
    m_insert.text(5, r.output);
    m_insert.text(6, r.modality);
    m_insert.text(7, r.category);
    m_insert.text(8, r.severity);
    m_insert.text(9, r.flagSource);
    m_insert.text(10, r.flagged.view());
    if (r.labeled < 0)
        m_insert.null(11);
    else
        m_insert.integer(11, r.labeled);
    m_insert.text(12, std::string_view(r.contentHash, 64));
    if (Status s = m_insert.exec(); !s)
        return s;
    return m_deadlines.write(r.deadline);
}

} // namespace ab::demo
