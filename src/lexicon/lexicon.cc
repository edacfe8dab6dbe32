// LoadDictionary: turns a spec ("phoenix:DIR", "tabari:FILE", ...) into the list of files it
// names, reads them, finishes the model and compiles the lookups.
#include "lexicon/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "lexicon/patterns.h"
#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

namespace fs = std::filesystem;

namespace {

bool IsFile(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}
bool IsDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// Files of `dir` whose names satisfy `keep`, in name order.
std::vector<std::string> ListFiles(const fs::path& dir, bool (*keep)(const std::string&)) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec)) continue;
    const std::string name = e.path().filename().string();
    if (keep(name)) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status Require(const fs::path& p, const std::string& spec) {
  if (IsFile(p)) return Status::Ok();
  return NotFoundError(spec + ": " + p.string() + " not found");
}

// A TABARI .project: `<actorsfile> NAME` lines and the like, relative to the project's folder.
StatusOr<std::vector<DictionaryFile>> TabariProjectFiles(const fs::path& project,
                                                         const std::string& spec) {
  auto content = ReadDictionaryFile(project.string());
  if (!content.ok()) return content.status();
  std::vector<DictionaryFile> files;
  const fs::path dir = project.parent_path();
  size_t pos = 0, line_no = 0;
  while (pos < content->size()) {
    size_t end = content->find('\n', pos);
    if (end == std::string::npos) end = content->size();
    std::string_view line = Trim(std::string_view(*content).substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (!StartsWith(line, "<")) continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    const std::string tag = ToUpper(line.substr(1, close - 1));
    const std::string name(Trim(line.substr(close + 1)));
    FileRole role;
    if (tag == "ACTORSFILE")
      role = FileRole::kActors;
    else if (tag == "VERBSFILE")
      role = FileRole::kVerbs;
    else if (tag == "AGENTSFILE")
      role = FileRole::kAgents;
    else if (tag == "OPTIONSFILE")
      role = FileRole::kOptions;
    else
      continue;  // text, event, problem and error files concern the coder, not dictionaries
    if (name.empty()) {
      return DataLossError(project.string() + ":" + std::to_string(line_no) + ": <" + tag +
                           "> names no file");
    }
    const fs::path p = dir / name;
    if (!IsFile(p)) {
      return NotFoundError(project.string() + ":" + std::to_string(line_no) + ": " + p.string() +
                           " not found");
    }
    files.push_back(DictionaryFile{role, Format::kTabari, p.string()});
  }
  if (files.empty()) return NotFoundError(spec + ": the project names no dictionary files");
  return files;
}

StatusOr<std::vector<DictionaryFile>> FilesOfSpec(const std::string& spec,
                                                  const LoadOptions& options) {
  std::string kind = "native", arg = spec;
  const size_t colon = spec.find(':');
  if (colon != std::string::npos) {
    const std::string k = spec.substr(0, colon);
    if (k == "phoenix" || k == "petrarch1" || k == "petrarch2" || k == "udpetrarch" ||
        k == "tabari" || k == "native") {
      kind = k;
      arg = spec.substr(colon + 1);
    }
  }
  if (arg.empty()) return InvalidArgumentError(spec + ": no file or folder given");
  const fs::path path(arg);
  std::vector<DictionaryFile> files;
  auto add = [&](FileRole role, Format format, const fs::path& p) {
    files.push_back(DictionaryFile{role, format, p.string()});
  };
  if (kind == "phoenix") {
    if (!IsDir(path)) return NotFoundError(spec + ": folder " + arg + " not found");
    ENTENTE_RETURN_IF_ERROR(Require(path / "CAMEO.2.0.txt", spec));
    add(FileRole::kVerbs, Format::kPetrarch2, path / "CAMEO.2.0.txt");
    auto actors = ListFiles(path, [](const std::string& n) {
      return StartsWith(n, "Phoenix.") && EndsWith(n, ".actors.txt");
    });
    if (actors.empty()) return NotFoundError(spec + ": no Phoenix.*.actors.txt in " + arg);
    for (const std::string& a : actors) add(FileRole::kActors, Format::kPetrarch2, a);
    ENTENTE_RETURN_IF_ERROR(Require(path / "Phoenix.agents.txt", spec));
    add(FileRole::kAgents, Format::kPetrarch2, path / "Phoenix.agents.txt");
    ENTENTE_RETURN_IF_ERROR(Require(path / "Phoenix.discards.txt", spec));
    add(FileRole::kDiscards, Format::kPetrarch2, path / "Phoenix.discards.txt");
    if (IsFile(path / "Phoenix.IssueCoding.txt")) {
      add(FileRole::kIssues, Format::kPetrarch2, path / "Phoenix.IssueCoding.txt");
    }
    if (IsFile(path / "PETR_config.ini")) {
      add(FileRole::kOptions, Format::kPetrarch2, path / "PETR_config.ini");
    }
    return files;
  }
  if (kind == "petrarch2" || kind == "udpetrarch" ||
      (kind == "petrarch1" && IsDir(path) && IsFile(path / "PETR.Validate.verbs.txt"))) {
    if (!IsDir(path)) return NotFoundError(spec + ": folder " + arg + " not found");
    const Format format = kind == "petrarch1" ? Format::kPetrarch1 : Format::kPetrarch2;
    const bool ud = kind == "udpetrarch";
    auto name = [&](const char* what) {
      return path / (ud ? std::string("PETR_Validate_") + what + "_2_02.txt"
                        : std::string("PETR.Validate.") + what + ".txt");
    };
    ENTENTE_RETURN_IF_ERROR(Require(name("verbs"), spec));
    ENTENTE_RETURN_IF_ERROR(Require(name("actors"), spec));
    add(FileRole::kVerbs, format, name("verbs"));
    add(FileRole::kActors, format, name("actors"));
    if (IsFile(name("agents"))) add(FileRole::kAgents, format, name("agents"));
    if (IsFile(name("discards"))) add(FileRole::kDiscards, format, name("discards"));
    if (IsFile(path / "PETR_config.ini")) add(FileRole::kOptions, format, path / "PETR_config.ini");
    return files;
  }
  if (kind == "petrarch1") {
    // A PETR_config.ini (or a folder holding one): the files its [Dictionaries] section names.
    const fs::path ini = IsDir(path) ? path / "PETR_config.ini" : path;
    if (!IsFile(ini)) return NotFoundError(spec + ": " + ini.string() + " not found");
    std::vector<std::pair<std::string, std::string>> named;
    Dictionary scratch;
    ENTENTE_RETURN_IF_ERROR(ReadPetrarchConfig(ini.string(), options, &scratch, &named));
    const fs::path dir = ini.parent_path();
    for (const auto& [key, value] : named) {
      std::vector<std::string> names;
      const std::string list = value;  // SplitBlanks returns views into it
      for (std::string_view v : SplitBlanks(list)) {
        std::string n(v);
        while (!n.empty() && n.back() == ',') n.pop_back();
        if (!n.empty()) names.push_back(n);
      }
      FileRole role;
      if (key == "verbfile_name")
        role = FileRole::kVerbs;
      else if (key == "actorfile_list")
        role = FileRole::kActors;
      else if (key == "agentfile_name")
        role = FileRole::kAgents;
      else if (key == "discardfile_name")
        role = FileRole::kDiscards;
      else if (key == "issuefile_name")
        role = FileRole::kIssues;
      else
        continue;
      for (const std::string& n : names) {
        const fs::path p = dir / n;
        if (!IsFile(p))
          return NotFoundError(ini.string() + ": " + key + " names " + p.string() +
                               ", which is not there");
        add(role, Format::kPetrarch1, p);
      }
    }
    add(FileRole::kOptions, Format::kPetrarch1, ini);
    return files;
  }
  if (kind == "tabari") {
    if (IsDir(path)) {
      for (const std::string& f : ListFiles(path, [](const std::string& n) {
             return EndsWith(n, ".actors") || EndsWith(n, ".actors.zip") ||
                    EndsWith(n, ".agents") || EndsWith(n, ".verbs") || EndsWith(n, ".options");
           })) {
        const FileRole role = EndsWith(f, ".verbs")     ? FileRole::kVerbs
                              : EndsWith(f, ".agents")  ? FileRole::kAgents
                              : EndsWith(f, ".options") ? FileRole::kOptions
                                                        : FileRole::kActors;
        add(role, Format::kTabari, f);
      }
      if (files.empty()) return NotFoundError(spec + ": no TABARI dictionaries in " + arg);
      return files;
    }
    if (!IsFile(path)) return NotFoundError(spec + ": " + arg + " not found");
    return TabariProjectFiles(path, spec);
  }
  // Native: every *.dict (or *.dict.gz) file of the folder.
  if (!IsDir(path)) {
    return colon == std::string::npos
               ? InvalidArgumentError(spec +
                                      ": not a dictionary folder, nor a spec of the form "
                                      "phoenix:DIR, tabari:PROJECT, petrarch1:DIR")
               : NotFoundError(spec + ": folder " + arg + " not found");
  }
  for (const std::string& f : ListFiles(path, [](const std::string& n) {
         return EndsWith(n, ".dict") || EndsWith(n, ".dict.gz");
       })) {
    add(FileRole::kActors, Format::kNative, f);
  }
  if (files.empty()) return NotFoundError(spec + ": no *.dict files in " + arg);
  return files;
}

// Our tokenizer splits "Barad-dur" into BARAD - DUR (UD English), while dictionaries write one
// word. Each phrase with an inner hyphen gets a generated split twin, so both tokenisations match.
void AddHyphenVariants(std::vector<Phrase>* phrases, Vocabulary* vocab) {
  const size_t n = phrases->size();
  const TokenId hyphen = vocab->Intern("-");
  for (size_t i = 0; i < n; ++i) {
    bool any = false;
    Phrase split;
    split.generated = true;
    for (const PhraseWord& w : (*phrases)[i].words) {
      const std::string word = vocab->Word(w.token);
      const size_t h = word.find('-');
      if (h == std::string::npos || h == 0 || h + 1 == word.size() ||
          word.find_first_of("0123456789") != std::string::npos) {
        split.words.push_back(w);
        continue;
      }
      any = true;
      size_t a = 0;
      bool first = true;
      while (a <= word.size()) {
        size_t b = word.find('-', a);
        if (b == std::string::npos) b = word.size();
        PhraseWord part;
        part.token = vocab->Intern(word.substr(a, b - a));
        part.gap_before = first && w.gap_before;
        part.match = b == word.size() ? w.match : WordMatch::kExact;
        split.words.push_back(part);
        if (b < word.size()) split.words.push_back(PhraseWord{hyphen, WordMatch::kExact, false});
        first = false;
        a = b + 1;
      }
    }
    if (any) phrases->push_back(std::move(split));
  }
}

// Linter remarks a dictionary maintainer needs (DOMAIN.md §3.1): the same phrase twice, an
// entry whose dated codes overlap, and a verb form listed in two verb blocks (the block read
// first gets every occurrence, and the other block's patterns for it never apply).
void Lint(Dictionary* dict, size_t max_messages) {
  std::unordered_map<std::string, uint32_t> seen;
  std::string key;
  auto warn = [&](const SourceRef& at, const std::string& msg) {
    // Every file read has one report, in the order the files were added.
    if (at.file < dict->reports.size()) ++dict->reports[at.file].warnings;
    if (dict->diagnostics.size() < max_messages) {
      dict->diagnostics.push_back(Diagnostic{false, dict->Where(at) + ": warning: " + msg});
    }
  };
  for (uint32_t e = 0; e < dict->actors.size(); ++e) {
    const ActorEntry& a = dict->actors[e];
    for (const Phrase& p : a.phrases) {
      if (p.generated) continue;
      key.clear();
      for (const PhraseWord& w : p.words) {
        key.append(reinterpret_cast<const char*>(&w.token), sizeof(w.token));
        key.push_back(static_cast<char>(static_cast<int>(w.match) * 2 + (w.gap_before ? 1 : 0)));
      }
      auto [it, fresh] = seen.emplace(key, e);
      if (!fresh && it->second != e) {
        warn(a.source, "actor phrase '" + dict->PhraseText(p) + "' is also the entry at " +
                           dict->Where(dict->actors[it->second].source));
      }
    }
    for (size_t i = 0; i < a.codes.size(); ++i) {
      for (size_t j = i + 1; j < a.codes.size(); ++j) {
        const DateRange& x = a.codes[i].dates;
        const DateRange& y = a.codes[j].dates;
        if (x.kind == DateRange::Kind::kDefault || y.kind == DateRange::Kind::kDefault) continue;
        // CountryInfo chains terms end to start (`[A 320101-331108] [B 331108-730717]`): a shared
        // boundary day is the convention, not a mistake, so only a longer overlap is reported.
        if (x.first < y.last && y.first < x.last) {
          warn(a.codes[j].source,
               "date range of " + a.codes[j].code + " overlaps that of " + a.codes[i].code +
                   " (line " + std::to_string(a.codes[i].source.line) + "); the first listed wins");
        }
      }
    }
  }
  std::unordered_map<std::string, uint32_t> verb_block;  // form -> block that listed it first
  auto form_key = [&key](const VerbForm& f) {
    key.clear();
    for (const PhraseWord& w : f.phrase.words) {
      key.append(reinterpret_cast<const char*>(&w.token), sizeof(w.token));
    }
    key.push_back(static_cast<char>(f.verb_word));
  };
  for (uint32_t b = 0; b < dict->verb_blocks.size(); ++b) {
    const VerbBlock& block = dict->verb_blocks[b];
    if (block.kind != VerbBlock::Kind::kVerbs) continue;
    for (const Verb& v : block.verbs) {
      bool reported = false;  // one warning per verb, for its first shared form
      auto check = [&](const VerbForm& f) {
        form_key(f);
        auto [it, fresh] = verb_block.emplace(key, b);
        if (!fresh && it->second != b && !reported) {
          reported = true;
          warn(v.source, "verb form '" + dict->PhraseText(f.phrase) + "' is also in block " +
                             dict->verb_blocks[it->second].name + " (" +
                             dict->Where(dict->verb_blocks[it->second].source) +
                             "); that block, read first, codes it");
        }
      };
      check(v.base);
      if (!v.forms_generated) {
        for (const VerbForm& f : v.forms) check(f);
      }
    }
  }
}

}  // namespace

Lexicon::Lexicon(Dictionary dict) : dict_(std::move(dict)) {
  lookup_ = std::make_unique<CompiledLookup>(dict_);
}

size_t Lexicon::FindVerbFormsAt(std::span<const AnalyzedToken> tokens, size_t i,
                                std::vector<PhraseHit>* out) const {
  const size_t start = out->size();
  const size_t lo = i >= lookup_->max_verb_word() ? i - lookup_->max_verb_word() : 0;
  for (size_t s = lo; s <= i && s < tokens.size(); ++s) {
    const size_t before = out->size();
    lookup_->verb_index().FindStartingAt(tokens, s, out, 0);
    // Keep the forms whose verb word is token i (verb forms are consecutive words).
    size_t w = before;
    for (size_t r = before; r < out->size(); ++r) {
      if (s + lookup_->verb_forms()[(*out)[r].entry].verb_word == i) (*out)[w++] = (*out)[r];
    }
    out->resize(w);
  }
  return out->size() - start;
}

StatusOr<Dictionary> ReadDictionaryFiles(const std::vector<DictionaryFile>& files,
                                         const LoadOptions& options) {
  Dictionary dict;
  // Verbs first: synsets must exist before patterns use them, and TABARI and PETRARCH put them
  // in the verbs file.
  std::vector<const DictionaryFile*> order;
  for (const DictionaryFile& f : files)
    if (f.role == FileRole::kVerbs) order.push_back(&f);
  for (const DictionaryFile& f : files)
    if (f.role != FileRole::kVerbs) order.push_back(&f);
  for (const DictionaryFile* f : order) {
    Status s;
    if (f->format == Format::kNative) {
      s = ReadNativeFile(f->path, options, &dict);
    } else {
      switch (f->role) {
        case FileRole::kActors:
          s = ReadActors(f->path, f->format, options, &dict);
          break;
        case FileRole::kAgents:
          s = ReadAgents(f->path, f->format, options, &dict);
          break;
        case FileRole::kVerbs:
          s = f->format == Format::kTabari ? ReadTabariVerbs(f->path, options, &dict)
                                           : ReadPetrarchVerbs(f->path, f->format, options, &dict);
          break;
        case FileRole::kDiscards:
          s = ReadPetrarchDiscards(f->path, options, &dict);
          break;
        case FileRole::kIssues:
          s = ReadPetrarchIssues(f->path, options, &dict);
          break;
        case FileRole::kOptions:
          s = f->format == Format::kTabari ? ReadTabariOptions(f->path, options, &dict)
                                           : ReadPetrarchConfig(f->path, options, &dict, nullptr);
          break;
      }
    }
    ENTENTE_RETURN_IF_ERROR(s);
  }
  OrderPatterns(&dict);
  for (ActorEntry& a : dict.actors) AddHyphenVariants(&a.phrases, &dict.vocabulary);
  for (AgentEntry& a : dict.agents) AddHyphenVariants(&a.phrases, &dict.vocabulary);
  Lint(&dict, options.max_messages);
  return dict;
}

StatusOr<Dictionary> ReadDictionary(const std::string& spec, const LoadOptions& options) {
  ENTENTE_ASSIGN_OR_RETURN(std::vector<DictionaryFile> files, FilesOfSpec(spec, options));
  ENTENTE_ASSIGN_OR_RETURN(Dictionary dict, ReadDictionaryFiles(files, options));
  dict.spec = spec;
  const size_t colon = spec.find(':');
  dict.format = colon == std::string::npos ? "native" : spec.substr(0, colon);
  return dict;
}

StatusOr<std::unique_ptr<Lexicon>> CompileDictionary(Dictionary dict) {
  // An empty dictionary codes nothing, silently: refuse it (PETRARCH-2 once loaded zero patterns
  // from a file starting with `<!` and coded without a word of warning).
  size_t patterns = 0, verbs = 0;
  for (const VerbBlock& b : dict.verb_blocks)
    patterns += b.patterns.size(), verbs += b.verbs.size();
  const std::string what = dict.spec.empty() ? std::string("the dictionary") : dict.spec;
  if (dict.actors.empty() && dict.agents.empty() && verbs == 0) {
    return FailedPreconditionError(what + ": no actors, agents or verbs were read");
  }
  if (dict.format != "native") {
    if (dict.actors.empty()) return FailedPreconditionError(what + ": no actors were read");
    if (verbs == 0) return FailedPreconditionError(what + ": no verbs were read");
    if (patterns == 0) return FailedPreconditionError(what + ": no verb patterns were read");
  }
  return std::make_unique<Lexicon>(std::move(dict));
}

StatusOr<std::unique_ptr<Lexicon>> LoadDictionary(const std::string& spec,
                                                  const LoadOptions& options) {
  ENTENTE_ASSIGN_OR_RETURN(Dictionary dict, ReadDictionary(spec, options));
  return CompileDictionary(std::move(dict));
}

std::string DescribeReports(const Dictionary& dict) {
  std::string out;
  for (const FileReport& r : dict.reports) {
    out += r.path + ": " + r.role + ", " + std::to_string(r.lines) + " lines, " +
           std::to_string(r.entries) + " entries";
    if (r.phrases) out += ", " + std::to_string(r.phrases) + " phrases/forms/members";
    if (r.codes)
      out += ", " + std::to_string(r.codes) + (r.role == "verbs" ? " patterns" : " codes");
    if (r.synsets) out += ", " + std::to_string(r.synsets) + " synsets";
    if (r.transformations) out += ", " + std::to_string(r.transformations) + " transformations";
    out += ", " + std::to_string(r.skipped) + " lines skipped, " + std::to_string(r.warnings) +
           " warnings\n";
  }
  return out;
}

}  // namespace entente::lexicon
