#pragma once

#include "demorandom.h"

#include <QString>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ab::demo {

// A phrase in both languages of the demo.
struct Bilingual
{
    const char *zh;
    const char *en;
};

// A prompt and the flagged output it drew. Templates hold {slots} (see
// DemoText::Slot) that are filled per row, the same value wherever a slot
// repeats within one row.
struct TextPair
{
    const char *prompt;
    const char *output;
};

// One TC260-003 risk: how often the demo flags it, how severe, and what such
// output looks like. Dangerous outputs are shown as the redacted excerpts an
// inspection file keeps, never as working instructions.
struct CategorySeed
{
    const char *code;
    int weight;
    int severity[4]; // low, medium, high, critical
    TextPair zh[3];
    TextPair en[3];
};

std::span<const CategorySeed> categorySeeds();

// Phrase lists (demophrases.cpp).
namespace phrases {
std::span<const Bilingual> cities();
std::span<const Bilingual> surnames();
std::span<const Bilingual> givenNames();
std::span<const Bilingual> organisations();
std::span<const Bilingual> brands();
std::span<const Bilingual> books();
std::span<const Bilingual> diseases();
std::span<const Bilingual> remedies();
std::span<const Bilingual> streets();
std::span<const Bilingual> days();
std::span<const Bilingual> personalInfoAsides();     // appended to some prompts
std::span<const Bilingual> complaintTexts(int kind); // by complaint kind index
std::span<const Bilingual> requestTexts(int request);
std::span<const Bilingual> resolutions(int complaintStatus);
std::span<const Bilingual> requestResolutions(int request);
std::span<const Bilingual> containmentActions();
std::span<const Bilingual> remediationNotes();
} // namespace phrases

// Fills templates with names, places and the personal information that
// masking must later find: mainland mobile numbers, e-mail addresses, resident
// ID numbers with a valid check digit and UnionPay card numbers that pass the
// Luhn check.
class DemoText
{
public:
    enum class Slot
    {
        City,
        Person,
        Org,
        Brand,
        Book,
        Disease,
        Remedy,
        Street,
        Day,
        Number,
        Small,
        Year,
        Phone,
        Email,
        IdNumber,
        Card,
        Model,
        Ref,
        Count
    };

    DemoText();

    // Starts a new row: slot values chosen for the previous row are forgotten.
    // `model` and `ref` fill {model} and {ref}.
    void beginRow(bool zh, std::string_view model = {}, std::string_view ref = {});
    // Appends `templ` with its slots filled.
    void append(std::string &out, const char *templ, DemoRandom &rng);
    // Appends either language of `phrase`, as beginRow() chose.
    void append(std::string &out, const Bilingual &phrase, DemoRandom &rng);

    static void phone(std::string &out, DemoRandom &rng);
    static void idNumber(std::string &out, DemoRandom &rng);
    static void bankCard(std::string &out, DemoRandom &rng);
    void email(std::string &out, DemoRandom &rng);

private:
    struct Piece
    {
        std::string_view literal;
        Slot slot = Slot::Count; // Count: a literal piece
    };
    const std::vector<Piece> &compiled(const char *templ);
    void fill(std::string &out, Slot slot, DemoRandom &rng);
    void choosePerson(DemoRandom &rng);

    bool m_zh = true;
    std::string_view m_model;
    std::string_view m_ref;
    std::array<std::string, size_t(Slot::Count)> m_values;
    std::array<bool, size_t(Slot::Count)> m_filled{};
    int m_surname = -1;
    int m_given = -1;
    // Templates are parsed once, keyed by their address (they are literals).
    std::unordered_map<const char *, std::vector<Piece>> m_cache;
};

} // namespace ab::demo
