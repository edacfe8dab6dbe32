// The in-memory dictionary model: one shape for every dictionary format entente reads (its own
// native format, TABARI, PETRARCH-1, PETRARCH-2/Phoenix, UD-PETRARCH).
//
// Readers fill a Dictionary; compiled_lookup.h turns it into the structures the coder matches
// against. Words are interned (vocabulary.h) so that a phrase is a short vector of integer ids,
// and every entry remembers the file and line it came from, for the coder's `why` output and for
// linter messages.
//
// Conventions the readers normalise away, so the coder sees one meaning per construct:
//   - words are upper-cased ASCII (the formats match case-insensitively); other bytes are kept;
//   - `_` and blanks become an explicit `gap_before` flag on the following word (TABARI: `_` =
//     consecutive, blank = intervening words allowed; PETRARCH actors: always consecutive);
//   - TABARI stems (a word without a trailing `_` matches any word it begins) and TABARI regular
//     endings (S 'S ED ES EN ING, suppressed by `=`) become WordMatch values;
//   - date restrictions become inclusive [first, last] ranges of YYYYMMDD integers.
#ifndef ENTENTE_LEXICON_MODEL_H_
#define ENTENTE_LEXICON_MODEL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/vocabulary.h"

namespace entente::lexicon {

// Where an entry came from: an index into Dictionary::files and a 1-based line number.
struct SourceRef {
  uint32_t file = 0;
  uint32_t line = 0;
};

// How one dictionary word matches one text token.
enum class WordMatch : uint8_t {
  kExact,    // the token equals the word (PETRARCH; TABARI word ending in `=`)
  kEndings,  // ... or equals the word plus a regular ending (TABARI `WORD_`, `XXXX~` in patterns)
  kPrefix,   // the token begins with the word (TABARI stem: `SYRI` matches SYRIAN, SYRIA'S)
};

struct PhraseWord {
  TokenId token = kNoToken;
  WordMatch match = WordMatch::kExact;
  bool gap_before = false;  // other tokens may come between the previous word and this one
};

// A sequence of words, e.g. "PRESIDENT XI JINPING".
struct Phrase {
  std::vector<PhraseWord> words;
  bool generated = false;  // made by the reader (a plural, a `!PERSON!` substitution), not typed
};

// ---- dates -----------------------------------------------------------------------------------

// Dates are YYYYMMDD integers: ordered like the calendar, readable in a debugger.
inline constexpr int32_t kMinDate = 0;
inline constexpr int32_t kMaxDate = 99991231;

// One validity interval of an actor code. TABARI manual 0.8.4b2 §6.5.2: `<D` means "prior to and
// including D", `>D` "after and including D", `D1-D2` "between the two dates" (inclusive); a code
// without restriction is the default, used only when no restriction matches.
struct DateRange {
  enum class Kind : uint8_t { kDefault, kUntil, kFrom, kBetween };
  Kind kind = Kind::kDefault;
  int32_t first = kMinDate;  // inclusive
  int32_t last = kMaxDate;   // inclusive
  bool Contains(int32_t date) const { return first <= date && date <= last; }
};

// ---- actors ----------------------------------------------------------------------------------

// One code of an actor, e.g. `CHNGOV` from 2012-11-15. A coded compound (`[USA/GMW/FRN]`) keeps
// its `/`-separated parts in `code`; CompoundParts() splits it.
struct ActorCode {
  std::string code;
  DateRange dates;
  SourceRef source;
};

// How a date picks among an actor's codes.
enum class DateSemantics : uint8_t {
  // TABARI and PETRARCH-1 (the validation suites expect this): restrictions in file order, first
  // containing range wins; the default applies only when none does; none at all gives no code.
  kTabari,
  // PETRARCH-2 as it behaves: entries in file order including the default, first match wins;
  // `<D` excludes D and `D1-D2` excludes D2. Kept so that PETRARCH-2 output can be reproduced.
  kPetrarch2,
};

struct ActorEntry {
  std::vector<Phrase> phrases;  // phrases[0] is the entry's head ("root") phrase
  std::vector<ActorCode> codes;
  SourceRef source;
  // `place: local` (native): a city, a capital, a seat of government or a province — a place
  // inside a country. "in Geneva" says where something happened; entente's own convention does
  // not take it for the target of a statement or an agreement.
  bool local = false;
  // `place: region` (native): a continent or a region of several states (Africa, the Middle
  // East, Central Asia). "investment in Europe", "the Asia-Africa Conference" name no actor's act.
  bool region = false;

  // The code valid on `date` (YYYYMMDD; 0 = unknown: only the unrestricted code), or nullptr
  // (the null actor `---`).
  const ActorCode* CodeOn(int32_t date, DateSemantics semantics = DateSemantics::kTabari) const;
};

// Splits "USA/GMW/FRN" into its parts (views into `code`).
std::vector<std::string_view> CompoundParts(std::string_view code);

// ---- agents ----------------------------------------------------------------------------------

// An agent adds a role to an actor: `[~GOV]` appends (ISR + GOV = ISRGOV), `[NGO~]` prepends.
struct AgentEntry {
  std::vector<Phrase> phrases;  // the phrase, its plural(s) and substitution expansions
  std::string code;             // without the `~`
  bool prepend = false;         // `[NGO~]`
  SourceRef source;
};

// ---- event codes -----------------------------------------------------------------------------

// A verb or pattern code as written in brackets: `[032:033]`, `[023?]`, `[111!]`, `[---]`, `[###]`,
// `[+++]`, `[:173]`, and in TABARI <TIME> sections `[-7]`.
struct EventCode {
  enum class Kind : uint8_t {
    kEvent,      // `primary` (may be empty for `[:173]`) and optionally `paired`
    kNull,       // `[---]`: matches, codes nothing (blocks a shorter wrong match)
    kDiscard,    // `[###]`: discard the sentence
    kComplex,    // `[+++]`: divert for human review
    kTimeShift,  // TABARI <TIME>: shift the event date by `shift_days`
  };
  Kind kind = Kind::kNull;
  std::string primary;       // source -> target
  std::string paired;        // target -> source, for `[a:b]`
  bool subordinate = false;  // `?`: only if the sentence has no other event
  bool dominant = false;     // `!`: if present, keep only dominant events
  int32_t shift_days = 0;

  std::string ToString() const;  // back to the bracket form, e.g. "[032:033]"
};

// ---- verbs and patterns ----------------------------------------------------------------------

struct Pattern;

// One element of a verb pattern.
struct PatternItem {
  enum class Kind : uint8_t {
    kVerb,          // `*`
    kWord,          // a literal word (`token`, `match`)
    kSynset,        // `&NAME` (`synset` indexes Dictionary::synsets)
    kSource,        // `$`
    kTarget,        // `+`
    kCompound,      // `%`: compound actor used as source and target
    kSkip,          // `^`: skip one actor
    kAlternatives,  // TABARI `{ A | B C }`: one of `alternatives`
    kNounPhrase,    // PETRARCH-2 `{FINANCIAL AID}`: `children`, the last is the head noun
    kPrepPhrase,    // PETRARCH-2 `(FOR {X Y})`: `children[0]` is the preposition
  };
  Kind kind = Kind::kWord;
  bool gap_before = true;  // TABARI/PETRARCH-1: false when joined to the previous item by `_`
  TokenId token = kNoToken;
  WordMatch match = WordMatch::kExact;
  uint32_t synset = 0;
  std::vector<std::vector<PatternItem>> alternatives;
  std::vector<PatternItem> children;
};

struct Pattern {
  std::vector<PatternItem> before;  // items left of the verb, in text order
  std::vector<PatternItem> after;   // items right of the verb, in text order
  EventCode code;
  bool verb_gap_before = true;  // false when the verb is joined to the item before it (`NOT_*`)
  std::string text;     // the pattern as written (without comment), for `why`
  uint32_t length = 0;  // TABARI's ordering key: alphanumeric characters, longest alternative
  SourceRef source;
};

// A verb form: its words and which word is the verb (PETRARCH `+ASK_FOR`, `WIRE_+TAP`; TABARI
// verb phrases such as `BRUSH ASIDE REPORTS` have the verb first).
struct VerbForm {
  Phrase phrase;
  uint16_t verb_word = 0;
};

struct Verb {
  VerbForm base;
  std::vector<VerbForm> forms;  // irregular forms as written, or regular forms generated
  bool forms_generated = false;
  bool has_code = false;  // the verb's own code overrides its block's (`REQUEST [020]`)
  EventCode code;
  SourceRef source;
};

// A PETRARCH verb block (`--- NAME [code] ---`) or a TABARI verb entry with its patterns.
struct VerbBlock {
  enum class Kind : uint8_t { kVerbs, kTimeShift /* TABARI <TIME> entries */ };
  Kind kind = Kind::kVerbs;
  std::string name;
  EventCode code;  // the block's default code
  std::vector<Verb> verbs;
  std::vector<Pattern> patterns;    // in file order
  std::vector<uint32_t> by_length;  // pattern indexes longest first (ties in file order): the
                                    // order TABARI and PETRARCH-1 try them in
  SourceRef source;
};

// A named word set `&NAME` used in patterns.
struct Synset {
  std::string name;                      // without `&` and without a trailing `_`
  bool plurals = true;                   // false when the name ended in `_`
  std::vector<Phrase> members;           // words and phrases, with generated plurals
  std::vector<uint32_t> member_synsets;  // `+&OTHER` members (indexes into Dictionary::synsets)
  // Members mixing words and synsets (TABARI `+MEMOS_ON_&TIETYPES`), as pattern items.
  std::vector<std::vector<PatternItem>> sequences;
  SourceRef source;
};

// PETRARCH-2 transformation `~ a (a b ATTACK) SAY = a b 015`: rewrites an event nested under a
// reporting verb. Variables: a letter, `.` (unspecified actor) or `_` (absent).
struct TransformNode {
  std::string source;                 // variable
  std::string target;                 // variable, when `nested` is empty
  std::vector<TransformNode> nested;  // 0 or 1: the embedded clause in the target slot
  std::string verb;                   // verb block name, or `Q` for any verb
};

struct Transformation {
  TransformNode pattern;
  std::string out_source, out_target, out_code;  // out_code may be `Q` (the nested verb's code)
  std::string text;
  SourceRef source;
};

// ---- discards, issues, nouns -----------------------------------------------------------------

struct DiscardEntry {
  Phrase phrase;
  bool story = false;  // `+PHRASE`: drop the whole story, not just the sentence
  SourceRef source;
};

struct IssueEntry {
  enum class Kind : uint8_t { kCode, kCancelSentence /* `~` */, kCancelStory /* `~~` */ };
  Kind kind = Kind::kCode;
  std::vector<Phrase> phrases;  // the expansions of `n:` `v:` and `a+b`
  std::string code;
  uint32_t category = 0;  // index into Dictionary::issue_categories
  SourceRef source;
};

struct IssueCategory {
  std::string name;
  std::string type;  // TYPE="ALL" or "COUNTEVENT"
  SourceRef source;
};

// ---- options ---------------------------------------------------------------------------------

// Coding options from a TABARI .options file or a PETR_config.ini. Every command is also kept
// verbatim (`commands`), so that the coder can honour ones this struct does not name yet.
struct Options {
  bool require_dyad = true;
  int new_actor_length = 0;
  // Comma-delimited phrases of [min, max] words are removed before coding (PETRARCH defaults;
  // TABARI's own defaults are min 2 max 10, emin 2 emax 10, bmin 128 bmax 0: see §8.6).
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  bool comma_off = false;
  enum class CodeBy : uint8_t { kSentence, kClause, kAll } code_by = CodeBy::kSentence;
  int minimum_words = 0;                       // TABARI SET: MINIMUM WORDS (0 = not set)
  bool convert_agents = false;                 // TABARI SET: CONVERT AGENTS
  // Whether an agent with no actor ("police" alone: ---COP) may be a side of an event. The field's
  // coders allow it; entente's own dictionaries turn it off (`option: lone_agents = false`).
  bool lone_agents = true;
  // `intent: 04 036` (native): an event whose code begins with the first code is coded as the
  // second when its verb is future or intended ("will visit" = 036, "vowed to strike" = 138).
  // Longest prefix wins. Used by entente's own convention (docs/CODING.md §9).
  std::map<std::string, std::string> intent_codes;
  // `option: reciprocal = 03 04 057 06 19` (native): the CAMEO codes (prefixes) of events a
  // compound with no target does to itself ("China and Russia signed" = both ways; "Canada and
  // Italy contributed" = nothing). Empty: every code, as the field's coders do.
  std::vector<std::string> reciprocal_roots;
  // `option: reciprocal_verbs = AGREE MEET SIGN ...` (native): with `reciprocal`, a verb (by its
  // lemma) must also be one of these for a compound to act on itself: "Denmark, Norway and Sweden
  // proposed" (030) and "the U.S., Colombia and Venezuela offered assistance" (033) are done to
  // others, "agreed" and "met" are done among them. The same for noun anchors, by the noun's
  // lemma ("talks", "clash"). Upper case; empty: no restriction.
  std::vector<std::string> reciprocal_verbs;
  // `option: document_words = AGREEMENT ACCORD ...` (native): a place name followed by one of
  // these capitalised words names a document or a meeting, not an actor ("the Paris Agreement",
  // "the Rome Statute", "the Minsk Protocol"). Upper case.
  std::vector<std::string> document_words;
  // `option: institution_words = INC CORP BANK ...` (native): a place name followed by capitalised
  // words ending in one of these names a company or an institution, not an actor ("HMO America
  // Inc", "Manufacturers Hanover Trust Co", "Mount Sinai Medical Center"). Upper case.
  std::vector<std::string> institution_words;
  // `option: meeting_words = SUMMIT TALKS ...` (native): a `place: local` actor followed by one
  // of these (as document_words are) names a meeting held there, not an actor ("the Venice
  // summit", "the London talks"). Upper case.
  std::vector<std::string> meeting_words;
  // `option: content_words = PRINCIPLES GOALS REFORM ...` (native): a noun naming the ideals,
  // aims or reform of something: its "of" phrase or possessor is what an act is about, not a side
  // ("committed to the principles of the Charter of the United Nations", "supports the reform of
  // the Security Council"). Upper case.
  std::vector<std::string> content_words;
  // `option: origin_words = MADE BUILT ...` (native): a place joined by a hyphen to one of these
  // names where a thing comes from, not an actor ("Czechoslovak-made bombers"). Upper case.
  std::vector<std::string> origin_words;
  // `option: partners = 050 PARTNERSHIP COLLABORATION ...` (native): a phrase "in <word> with X"
  // names a partner of the clause's subject, not whom its act is done to: "Tuvalu, in
  // collaboration with Antigua and Barbuda, established a commission" codes the subject's
  // cooperation with X (partner_code; the verb's mood applies) and no target X. Upper case;
  // empty: no partner phrases.
  std::string partner_code;
  std::vector<std::string> partner_words;
  SourceRef partner_source;
  // `option: norm_appeals = 020 SAY SUGGEST ...` (native): what one actor says another should or
  // must do is an appeal to it: "Stoltenberg suggested that the U.K. should join the European
  // Monetary System" codes DEUGOV -> GBR with norm_appeal_code. The words are the lemmas of the
  // verbs of saying (upper case); empty: no such appeals.
  std::string norm_appeal_code;
  std::vector<std::string> norm_appeal_verbs;
  SourceRef norm_appeal_source;
  // `option: joint_authors = 050 PROPOSE SPONSOR LAUNCH ...` (native): a list of actors in the
  // "by" phrase of such a participle ("the six-point understanding jointly proposed by China and
  // Brazil", "the Generation Equality Forum, sponsored by France and Mexico") worked together:
  // joint_author_code between every two of them. The words are the participles' lemmas (upper
  // case); empty: no such events.
  std::string joint_author_code;
  std::vector<std::string> joint_author_verbs;
  SourceRef joint_author_source;
  // `option: mediators = 045 FACILITATE BROKER ...` (native): the actor in the "by" phrase of
  // such a participle on talks or an accord between two sides ("the dialogue between the
  // Government of Venezuela and the opposition, facilitated by Norway") mediated between them:
  // mediator_code from it to each side. The words are the participles' lemmas (upper case);
  // empty: no such events.
  std::string mediator_code;
  std::vector<std::string> mediator_verbs;
  SourceRef mediator_source;
  // `option: presence = 042 STILL NOW ...` (native): an official or a delegation said to be in
  // another state or its capital ("Greek Industry Undersecretary George Petsos, who was in
  // Moscow") is visiting it: presence_code, from the person to the place. The words are the
  // adverbs that may stand between "is"/"was" and "in" (upper case); empty code: no such visits.
  std::string presence_code;
  std::vector<std::string> presence_adverbs;
  SourceRef presence_source;
  // `option: partner_verbs = CO-CHAIR CO-HOST ...` (native): verbs of organising something
  // together, by lemma; what is organised (their object) is no side ("Mongolia and Austria
  // co-chaired the Preparatory Committee for the ... United Nations Conference" is done among
  // them; "Tonga co-chaired the meeting with Monaco" to Monaco). Upper case.
  std::vector<std::string> partner_verbs;
  // `option: learn_names = true` (native): a person a document introduces with a role
  // ("Brazilian Finance Minister Dilson Funaro") is that role when named alone later in the same
  // document ("Funaro said"). `option: not_names = MONDAY ... MR`: capitalised words that are
  // never part of a person's name (days, months, honorifics). Upper case.
  bool learn_names = false;
  std::vector<std::string> not_names;
  // `option: family_name_first = CHN KOR ...` (native): the states whose persons are named
  // family name first ("Wang Yi", "Kim Jong Un"): a learned person is named alone by the first
  // word ("Wang said"), not the last.
  std::vector<std::string> family_name_first;
  std::string default_source, default_target;  // TABARI DEFAULT: SOURCE [..] TARGET [..]
  std::map<std::string, std::string> labels;   // TABARI LABEL: code=text
  struct Command {
    std::string name;   // "SET", "COMPLEX", "require_dyad", ...
    std::string value;  // the rest of the line
    SourceRef source;
  };
  std::vector<Command> commands;
};

// ---- reports ---------------------------------------------------------------------------------

// What reading one file produced: entry counts by kind and the lines skipped or questionable.
struct FileReport {
  std::string path;
  std::string role;  // "actors", "agents", "verbs", "discards", "issues", "options", "project"
  uint32_t lines = 0;
  uint32_t entries = 0;  // actors, agents, verb blocks, discards, issue phrases, options
  uint32_t phrases = 0;  // actor synonyms / verb forms / synset members counted separately
  uint32_t codes = 0;    // actor code lines; verb patterns
  uint32_t synsets = 0;
  uint32_t transformations = 0;
  uint32_t skipped = 0;   // lines with an error, not read
  uint32_t warnings = 0;  // lines read with a remark (e.g. text after the code)
};

struct Diagnostic {
  bool error = true;    // false: a warning, the line was read
  std::string message;  // "file:line: reason"
};

// ---- the dictionary --------------------------------------------------------------------------

struct Dictionary {
  std::string format;  // "native", "tabari", "petrarch1", "phoenix"
  std::string spec;    // what LoadDictionary was given
  Vocabulary vocabulary;
  std::vector<std::string> files;  // SourceRef::file indexes this

  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbBlock> verb_blocks;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  std::vector<DiscardEntry> discards;
  std::vector<IssueCategory> issue_categories;
  std::vector<IssueEntry> issues;
  std::vector<Phrase> nouns;       // TABARI <NOUN> (uncoded words that help find compounds)
  std::vector<Phrase> adjectives;  // TABARI <ADJECTIVE>
  Options options;

  std::vector<FileReport> reports;
  std::vector<Diagnostic> diagnostics;  // the first few hundred; counts are in `reports`

  uint32_t AddFile(const std::string& path);
  // "file:line" for an entry, as the coder's `why` prints it.
  std::string Where(const SourceRef& ref) const;
  // The phrase as text: words joined by blanks, " .. " where a gap is allowed, a final `*` on a
  // prefix word and `~` on a word that takes endings (the native format's notation).
  std::string PhraseText(const Phrase& phrase) const;
  // Index of the synset named `name` (without `&`), or -1.
  int FindSynset(std::string_view name) const;

  uint32_t TotalSkipped() const;
};

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_MODEL_H_
