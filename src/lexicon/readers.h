// The readers, one per file kind and format. Each appends to a Dictionary, records a FileReport,
// and returns a non-ok Status only when the file cannot be read or, in strict mode, at the first
// bad line; bad lines are otherwise reported as "file:line: reason", counted and skipped.
#ifndef ENTENTE_LEXICON_READERS_H_
#define ENTENTE_LEXICON_READERS_H_

#include <string>

#include "entente/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/model.h"

namespace entente::lexicon {

using Flavor = Format;

// Actors (TABARI .actors, PETRARCH *.actors.txt): an entry line `PHRASE [CODE]...`, synonyms
// `+PHRASE`, indented code lines `\t[CODE restriction]`; TABARI <NOUN>/<ADJECTIVE> sections.
Status ReadActors(const std::string& path, Flavor flavor, const LoadOptions& options,
                  Dictionary* dict);
// Agents: `PHRASE [~CODE]` (TABARI) or `PHRASE {plural} [~CODE]` with `!NAME! = A, B` (PETRARCH).
Status ReadAgents(const std::string& path, Flavor flavor, const LoadOptions& options,
                  Dictionary* dict);
// TABARI .verbs: <SYNSETS>, <TIME>, `VERB [code]`, `{ FORMS }`, `- pattern [code]`.
Status ReadTabariVerbs(const std::string& path, const LoadOptions& options, Dictionary* dict);
// PETRARCH-1 and -2 verbs: synsets, `--- NAME [code] ---` blocks, member verbs, patterns and
// (PETRARCH-2) transformations.
Status ReadPetrarchVerbs(const std::string& path, Flavor flavor, const LoadOptions& options,
                         Dictionary* dict);
Status ReadTabariOptions(const std::string& path, const LoadOptions& options, Dictionary* dict);
Status ReadPetrarchDiscards(const std::string& path, const LoadOptions& options, Dictionary* dict);
Status ReadPetrarchIssues(const std::string& path, const LoadOptions& options, Dictionary* dict);
// PETR_config.ini: the [Options] section into Dictionary::options; the [Dictionaries] file names
// into *files (key -> value) when files is not null.
Status ReadPetrarchConfig(const std::string& path, const LoadOptions& options, Dictionary* dict,
                          std::vector<std::pair<std::string, std::string>>* files);
// One file of a native dictionary (docs/DICTIONARIES.md).
Status ReadNativeFile(const std::string& path, const LoadOptions& options, Dictionary* dict);

// Shared by the verb readers: a verb line `[+]WORD[_WORD...] {FORMS} [CODE]` (PETRARCH member verbs
// and the native `verb:` line). Returns false with *why when malformed.
bool ParseVerbLine(std::string_view text, Flavor flavor, Dictionary* dict, Verb* out,
                   std::string* why);
// A PETRARCH-2 transformation without its leading `~`: `a (a b ATTACK) SAY = a b 015`.
bool ParseTransformation(std::string_view text, Transformation* out, std::string* why);
// A `&NAME` line and its `+MEMBER` lines (TABARI and PETRARCH synsets).
void BeginSynset(std::string_view name_text, const SourceRef& where, Dictionary* dict,
                 uint32_t* current);
bool AddSynsetMember(std::string_view member, Flavor flavor, Dictionary* dict, uint32_t synset,
                     std::string* why);
// Creates empty synsets for every `&NAME` definition line in `content`, so that patterns may
// use a synset defined further down (PETRARCH allows definitions anywhere).
void PredeclareSynsets(std::string_view content, Dictionary* dict);
// The `[...]` blocks of a line: their insides, and any other text outside them. False with
// *why when a block is not closed (e.g. `[~ENV}`).
bool CodeBlocks(std::string_view text, std::vector<std::string_view>* blocks, std::string* outside,
                std::string* why);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_READERS_H_
