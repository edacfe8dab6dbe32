#include "eval/event_gold.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "base/date.h"

namespace entente::eval {

namespace {

constexpr std::string_view kMagic = "entente-event-gold";
constexpr int kVersion = 1;

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 60;
  std::string out = "'";
  out.append(s.substr(0, kMax));
  if (s.size() > kMax) out += "...";
  return out + "'";
}

// Country/IGO code plus roles: upper-case letters in groups of three ("USAGOV", "IGOUNO").
bool IsActorCode(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::string Dirname(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Strict YYYY-MM-DD (base::ParseDate accepts many more forms; the gold file promises this one).
bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) || !IsDigits(s.substr(8, 2))) {
    return false;
  }
  auto num = [&](size_t b, size_t n) { return std::stoi(std::string(s.substr(b, n))); };
  return base::IsValidCivilDate(num(0, 4), num(5, 2), num(8, 2));
}

bool ParseHash(std::string_view s, uint64_t* hash) {
  if (s.size() != 16) return false;
  uint64_t h = 0;
  for (char c : s) {
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else return false;
    h = h << 4 | static_cast<uint64_t>(v);
  }
  *hash = h;
  return true;
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string FormatHash(uint64_t hash) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::string GoldCorpus::Key() const {
  switch (kind) {
    case GoldCorpusKind::kReuters: return "reuters21578";
    case GoldCorpusKind::kUngdc: return "ungdc";
    case GoldCorpusKind::kUd: return "ud:" + path;
    case GoldCorpusKind::kJsonl: return "jsonl:" + path;
  }
  return "";
}

StatusOr<GoldCorpus> ParseGoldCorpus(std::string_view spec, const std::string& base_dir) {
  GoldCorpus c;
  if (spec == "reuters21578") {
    c.kind = GoldCorpusKind::kReuters;
  } else if (spec == "ungdc") {
    c.kind = GoldCorpusKind::kUngdc;
  } else if (spec.starts_with("ud:")) {
    c.kind = GoldCorpusKind::kUd;
    c.path = std::string(spec.substr(3));
    if (c.path.empty()) return InvalidArgumentError("corpus 'ud:' names no file (ud:FILE.conllu)");
  } else if (spec.starts_with("jsonl:")) {
    c.kind = GoldCorpusKind::kJsonl;
    c.path = std::string(spec.substr(6));
    if (c.path.empty()) return InvalidArgumentError("corpus 'jsonl:' names no file (jsonl:PATH)");
    if (c.path[0] != '/' && !base_dir.empty()) c.path = base_dir + "/" + c.path;
  } else {
    return InvalidArgumentError("unknown corpus " + Quoted(spec) +
                                " (reuters21578, ungdc, ud:FILE or jsonl:PATH)");
  }
  return c;
}

std::string GoldEvent::ToString() const { return source + ">" + target + ":" + code; }

bool ParseGoldEvents(std::string_view column, const GoldReadOptions& options,
                     std::vector<GoldEvent>* events, std::string* error) {
  events->clear();
  if (column == "-") return true;
  if (column.empty()) {
    *error = "no events column: write - for a sentence without events";
    return false;
  }
  size_t n = 0;
  size_t pos = 0;
  while (pos <= column.size()) {
    size_t blank = column.find(' ', pos);
    if (blank == std::string_view::npos) blank = column.size();
    std::string_view item = column.substr(pos, blank - pos);
    pos = blank + 1;
    ++n;
    const std::string which = "event " + std::to_string(n);
    if (item.empty()) {
      *error = which + " is empty: events are separated by single blanks, with none at the ends";
      return false;
    }
    if (item == "-") {
      *error = which + ": '-' stands alone (no events) or not at all";
      return false;
    }
    size_t gt = item.find('>');
    size_t colon = item.rfind(':');
    if (gt == std::string_view::npos || colon == std::string_view::npos || colon < gt) {
      *error = which + " " + Quoted(item) + ": not SOURCE>TARGET:CODE";
      return false;
    }
    GoldEvent e;
    e.source = std::string(item.substr(0, gt));
    e.target = std::string(item.substr(gt + 1, colon - gt - 1));
    e.code = std::string(item.substr(colon + 1));
    for (const std::string* actor : {&e.source, &e.target}) {
      if (!IsActorCode(*actor)) {
        *error = which + " " + Quoted(item) + ": actor code " + Quoted(*actor) +
                 " is not upper-case letters in groups of three (USAGOV, IGOUNO)";
        return false;
      }
      if (options.known_actor_start &&
          !options.known_actor_start(std::string_view(*actor).substr(0, 3))) {
        *error = which + " " + Quoted(item) + ": actor code " + Quoted(*actor) +
                 " does not begin with a country, IGO, NGO, MNC or role code of "
                 "data/tables/cameo_countries.tsv or cameo_actor_types.tsv";
        return false;
      }
    }
    if (e.code.size() < 2 || e.code.size() > 4 || !IsDigits(e.code)) {
      *error = which + " " + Quoted(item) + ": event code " + Quoted(e.code) +
               " is not a CAMEO code (2 to 4 digits, leading zeros kept: 036, 0211)";
      return false;
    }
    if (options.known_code && !options.known_code(e.code)) {
      *error = which + " " + Quoted(item) + ": event code " + Quoted(e.code) +
               " is not in data/tables/cameo_events.tsv";
      return false;
    }
    events->push_back(std::move(e));
  }
  return true;
}

StatusOr<GoldFile> ParseEventGold(std::string_view content, const std::string& path,
                                  const GoldReadOptions& options) {
  GoldFile file;
  file.path = path;
  const std::string base_dir = Dirname(path);
  bool header_seen = false;
  // (corpus key, doc, offset) -> line: a sentence given twice is an error on the second line.
  std::unordered_map<std::string, uint64_t> seen;
  uint64_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::string where = path + ":" + std::to_string(line_no);
    if (!header_seen) {
      if (line.starts_with(kMagic) && line.size() > kMagic.size() + 1 &&
          line[kMagic.size()] == ' ' && IsDigits(line.substr(kMagic.size() + 1))) {
        const std::string v(line.substr(kMagic.size() + 1));
        if (v.size() > 6 || std::stoi(v) != kVersion) {
          return DataLossError(where + ": gold format version " + v +
                               " is not the one this entente reads (" + std::to_string(kVersion) +
                               ")");
        }
        header_seen = true;
        continue;
      }
      return DataLossError(where + ": not an event gold file: the first line (after comments) "
                           "must be '" + std::string(kMagic) + " " + std::to_string(kVersion) +
                           "'");
    }
    auto bad = [&](const std::string& reason) { file.errors.push_back(where + ": " + reason); };

    // Six columns; everything after the sixth tab is the note (which may hold tabs itself).
    std::vector<std::string_view> cols;
    std::string_view rest = line;
    while (cols.size() < 6) {
      const size_t tab = rest.find('\t');
      cols.push_back(rest.substr(0, tab));
      rest = tab == std::string_view::npos ? std::string_view() : rest.substr(tab + 1);
      if (tab == std::string_view::npos) break;
    }
    if (cols.size() < 6) {
      const size_t n = cols.size();
      bad(std::to_string(n) + " column" + (n == 1 ? "" : "s") +
          ", expected 6 or 7 separated by tabs (corpus, doc, offset, hash, date, events, note)");
      continue;
    }
    GoldSentence s;
    s.file = path;
    s.line = line_no;
    s.corpus_spec = std::string(cols[0]);
    auto corpus = ParseGoldCorpus(cols[0], base_dir);
    if (!corpus.ok()) {
      bad(corpus.status().message());
      continue;
    }
    s.corpus = std::move(*corpus);
    if (cols[1].empty()) {
      bad("no document id");
      continue;
    }
    s.doc = std::string(cols[1]);
    if (!IsDigits(cols[2]) || cols[2].size() > 15) {
      bad("offset " + Quoted(cols[2]) + " is not a byte offset (a number from 0)");
      continue;
    }
    s.offset = std::stoull(std::string(cols[2]));
    if (s.corpus.kind == GoldCorpusKind::kUd && s.offset != 0) {
      bad("offset " + std::string(cols[2]) + " in a ud corpus: a ud sentence is a whole # text, "
          "its offset is 0");
      continue;
    }
    if (!ParseHash(cols[3], &s.hash)) {
      bad("hash " + Quoted(cols[3]) + " is not 16 lower-case hex digits (FNV-1a 64 of the text)");
      continue;
    }
    if (cols[4] != "-") {
      if (!IsIsoDate(cols[4])) {
        bad("date " + Quoted(cols[4]) + " is not a YYYY-MM-DD date or - (the document's own)");
        continue;
      }
      s.date = std::string(cols[4]);
    }
    std::string error;
    if (!ParseGoldEvents(cols[5], options, &s.events, &error)) {
      bad(error);
      continue;
    }
    s.note = std::string(rest);
    std::string key = s.corpus.Key() + '\t' + s.doc + '\t' + std::to_string(s.offset);
    auto [it, inserted] = seen.emplace(std::move(key), line_no);
    if (!inserted) {
      bad("sentence " + s.doc + " @" + std::to_string(s.offset) + " already given on line " +
          std::to_string(it->second));
      continue;
    }
    file.sentences.push_back(std::move(s));
  }
  if (!header_seen) {
    return DataLossError(path + ": empty: an event gold file starts with '" + std::string(kMagic) +
                         " " + std::to_string(kVersion) + "'");
  }
  return file;
}

StatusOr<GoldFile> ReadEventGold(const std::string& path, const GoldReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError(path + ": read error");
  return ParseEventGold(ss.str(), path, options);
}

}  // namespace entente::eval
