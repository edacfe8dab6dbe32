#include "eval/syntax_eval.h"

#include <algorithm>
#include <utility>

#include "base/input_stream.h"

namespace entente::eval {

namespace {

using treebank::ConlluSentence;
using treebank::ConlluWord;

constexpr int kRoot = -1;
constexpr int kNoHead = -2;  // gold HEAD "_": no arc can be right

// The universal part of a relation: CoNLL 2018 LAS ignores language-specific subtypes.
std::string_view MainRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

// The byte length of the white-space character at s[i], or 0. Unicode spaces count, as in the
// Python scorer, which removes all of str.isspace() before aligning: EWT has a no-break space
// between two words ("have\u00A0been").
size_t SpaceAt(std::string_view s, size_t i) {
  const auto b = [&](size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  const unsigned char c = b(0);
  if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) return 1;
  if (c == 0xC2 && (b(1) == 0x85 || b(1) == 0xA0)) return 2;  // U+0085 U+00A0
  if (c == 0xE1 && b(1) == 0x9A && b(2) == 0x80) return 3;    // U+1680
  if (c == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8A || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) {
    return 3;  // U+2000-200A 2028 2029 202F
  }
  if (c == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;  // U+3000
  return 0;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  for (size_t n; (n = SpaceAt(s, i)) > 0;) i += n;
  return i;
}

std::string Lower(std::string_view s) {
  // ASCII only (the Python scorer lower-cases all of Unicode); only multiword token parts that
  // could not be placed by their ranges are compared by form, and in English they are ASCII.
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The words of a document in one array, heads as indices into it.
struct FlatWords {
  std::vector<const ConlluWord*> words;
  std::vector<int> heads;  // index into words, kRoot or kNoHead
  std::vector<Span> spans;

  void AddSentence(const ConlluSentence& s, const std::vector<Span>* spans_in) {
    const int base = static_cast<int>(words.size());
    for (const ConlluWord& w : s.words) {
      if (w.kind != ConlluWord::Kind::kWord) continue;
      heads.push_back(w.head < 0 ? kNoHead : w.head == 0 ? kRoot : base + w.head - 1);
      if (spans_in != nullptr) {
        const size_t i = words.size() - static_cast<size_t>(base);
        spans.push_back(i < spans_in->size() ? (*spans_in)[i] : Span{});
      }
      words.push_back(&w);
    }
  }
};

// Counts tags, lemmas and arcs over aligned words; g2s/s2g map word indices, -1 = unaligned.
void ScoreAligned(const FlatWords& gold, const FlatWords& system, const std::vector<int>& g2s,
                  const std::vector<int>& s2g, SyntaxScore* score) {
  score->gold_words += gold.words.size();
  score->system_words += system.words.size();
  for (const ConlluWord* w : gold.words)
    ++score->relations[std::string(MainRelation(w->deprel))].gold;
  for (const ConlluWord* w : system.words) {
    ++score->relations[std::string(MainRelation(w->deprel))].system;
  }
  for (size_t g = 0; g < gold.words.size(); ++g) {
    const int s = g2s[g];
    if (s < 0) continue;
    const ConlluWord& gw = *gold.words[g];
    const ConlluWord& sw = *system.words[static_cast<size_t>(s)];
    ++score->aligned_words;
    if (gw.upos == sw.upos) ++score->upos;
    if (gw.xpos == sw.xpos) ++score->xpos;
    if (gw.lemma == "_" || gw.lemma == sw.lemma) ++score->lemma;
    const int gh = gold.heads[g], sh = system.heads[static_cast<size_t>(s)];
    const bool head_ok =
        (gh == kRoot && sh == kRoot) || (gh >= 0 && sh >= 0 && s2g[static_cast<size_t>(sh)] == gh);
    if (!head_ok) continue;
    ++score->uas;
    const std::string_view rel = MainRelation(gw.deprel);
    if (rel == MainRelation(sw.deprel)) {
      ++score->las;
      ++score->relations[std::string(rel)].correct;
      if (gw.deprel == sw.deprel) ++score->las_subtypes;
    }
  }
}

size_t WordCount(const ConlluSentence& s) {
  return static_cast<size_t>(std::count_if(s.words.begin(), s.words.end(), [](const ConlluWord& w) {
    return w.kind == ConlluWord::Kind::kWord;
  }));
}

bool SpaceAfterNo(const std::string& misc) {
  size_t start = 0;
  while (start <= misc.size()) {
    size_t bar = misc.find('|', start);
    if (bar == std::string::npos) bar = misc.size();
    if (std::string_view(misc).substr(start, bar - start) == "SpaceAfter=No") return true;
    start = bar + 1;
  }
  return false;
}

// Matches the non-space characters of `form` against `text` from *pos, skipping white space in
// the text; on success sets [*begin, *end) to the matched range and moves *pos past it.
bool MatchForm(std::string_view form, std::string_view text, uint32_t* pos, uint32_t* begin,
               uint32_t* end) {
  size_t j = SkipSpaces(text, *pos);
  const size_t first = j;
  for (size_t i = 0; i < form.size();) {
    if (size_t n = SpaceAt(form, i); n > 0) {
      i += n;
      continue;
    }
    j = SkipSpaces(text, j);
    if (j >= text.size() || text[j] != form[i]) return false;
    ++i;
    ++j;
  }
  *begin = static_cast<uint32_t>(first);
  *end = static_cast<uint32_t>(j);
  *pos = *end;
  return true;
}

// Longest common subsequence of two short lists of lower-cased forms; returns the matched pairs.
std::vector<std::pair<size_t, size_t>> Lcs(const std::vector<std::string>& a,
                                           const std::vector<std::string>& b) {
  std::vector<std::vector<uint32_t>> t(a.size() + 1, std::vector<uint32_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      pairs.emplace_back(i++, j++);
    } else if (t[i + 1][j] >= t[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

}  // namespace

void SyntaxScore::Add(const SyntaxScore& o) {
  sentences += o.sentences;
  skipped += o.skipped;
  gold_words += o.gold_words;
  system_words += o.system_words;
  aligned_words += o.aligned_words;
  gold_sentences += o.gold_sentences;
  system_sentences += o.system_sentences;
  matched_sentences += o.matched_sentences;
  upos += o.upos;
  xpos += o.xpos;
  lemma += o.lemma;
  uas += o.uas;
  las += o.las;
  las_subtypes += o.las_subtypes;
  for (const auto& [rel, c] : o.relations) {
    RelationCounts& r = relations[rel];
    r.gold += c.gold;
    r.system += c.system;
    r.correct += c.correct;
  }
}

Status ScoreSentence(const ConlluSentence& gold, const ConlluSentence& system,
                     std::string_view where, SyntaxScore* score) {
  const size_t n = WordCount(gold), m = WordCount(system);
  if (n != m) {
    ++score->skipped;
    return DataLossError(std::string(where) + ": word count differs (gold " + std::to_string(n) +
                         ", system " + std::to_string(m) + "); sentence skipped");
  }
  FlatWords g, s;
  g.AddSentence(gold, nullptr);
  s.AddSentence(system, nullptr);
  std::vector<int> identity(n);
  for (size_t i = 0; i < n; ++i) identity[i] = static_cast<int>(i);
  ScoreAligned(g, s, identity, identity, score);
  ++score->sentences;
  ++score->gold_sentences;
  ++score->system_sentences;
  ++score->matched_sentences;
  return Status::Ok();
}

StatusOr<SyntaxScore> EvaluateSyntaxFiles(const std::string& gold_path,
                                          const std::string& system_path,
                                          const std::function<void(const std::string&)>& warn) {
  ENTENTE_ASSIGN_OR_RETURN(auto gold_reader, treebank::ConlluReader::Open(gold_path, warn));
  ENTENTE_ASSIGN_OR_RETURN(auto system_reader, treebank::ConlluReader::Open(system_path, warn));
  SyntaxScore score;
  score.name = base::BaseName(gold_path);
  ConlluSentence gold, system;
  while (gold_reader->Next(&gold)) {
    if (!system_reader->Next(&system)) {
      if (!system_reader->status().ok()) return system_reader->status();
      uint64_t left = 1;
      while (gold_reader->Next(&gold)) ++left;
      score.skipped += left;
      if (warn) {
        warn(system_path + ": ends before the gold file; " + std::to_string(left) +
             " gold sentences not scored");
      }
      break;
    }
    if (!gold.sent_id.empty() && !system.sent_id.empty() && gold.sent_id != system.sent_id) {
      return DataLossError(system_path + ":" + std::to_string(system.line) + ": sent_id " +
                           system.sent_id + " where the gold file (line " +
                           std::to_string(gold.line) + ") has " + gold.sent_id +
                           "; the files are not parallel");
    }
    Status s = ScoreSentence(gold, system, gold_path + ":" + std::to_string(gold.line), &score);
    if (!s.ok() && warn) warn(s.message());
  }
  if (!gold_reader->status().ok()) return gold_reader->status();
  if (system_reader->Next(&system) && warn) {
    warn(system_path + ":" + std::to_string(system.line) +
         ": more sentences than the gold file; the rest is ignored");
  }
  if (!system_reader->status().ok()) return system_reader->status();
  score.skipped += gold_reader->skipped();
  return score;
}

StatusOr<SyntaxScore> EvaluateGoldTokens(const std::string& gold_path, const ParseBatchFn& parse,
                                         const std::function<void(const std::string&)>& warn) {
  ENTENTE_ASSIGN_OR_RETURN(auto reader, treebank::ConlluReader::Open(gold_path, warn));
  SyntaxScore score;
  score.name = base::BaseName(gold_path);
  // Batches let the caller spread the parsing over threads while memory stays bounded.
  constexpr size_t kBatch = 1024;
  std::vector<ConlluSentence> gold, system;
  bool more = true;
  while (more) {
    gold.clear();
    while (gold.size() < kBatch) {
      ConlluSentence s;
      if (!reader->Next(&s)) {
        more = false;
        break;
      }
      gold.push_back(std::move(s));
    }
    if (gold.empty()) break;
    system.clear();
    parse(gold, &system);
    for (size_t i = 0; i < gold.size(); ++i) {
      static const ConlluSentence kNone;
      Status st = ScoreSentence(gold[i], i < system.size() ? system[i] : kNone,
                                gold_path + ":" + std::to_string(gold[i].line), &score);
      if (!st.ok() && warn) warn(st.message());
    }
  }
  if (!reader->status().ok()) return reader->status();
  score.skipped += reader->skipped();
  return score;
}

StatusOr<SyntaxScore> EvaluateRawText(const std::string& gold_path,
                                      const AnalyzeDocumentFn& analyze,
                                      const std::function<void(const std::string&)>& warn) {
  ENTENTE_ASSIGN_OR_RETURN(auto reader, treebank::ConlluReader::Open(gold_path, warn));
  SyntaxScore score;
  score.name = base::BaseName(gold_path);
  Document doc;
  std::vector<ConlluSentence> sentences;
  std::vector<uint32_t> offsets;
  std::vector<PlacedSentence> gold, system;

  auto score_doc = [&] {
    if (sentences.empty()) return;
    gold.clear();
    for (size_t i = 0; i < sentences.size(); ++i) {
      PlacedSentence p;
      Status st = PlaceGoldWords(sentences[i], doc.text, offsets[i],
                                 gold_path + ":" + std::to_string(sentences[i].line), &p.spans);
      if (!st.ok()) {
        if (warn) warn(st.message() + "; sentence skipped");
        ++score.skipped;
        continue;
      }
      p.sentence = std::move(sentences[i]);
      gold.push_back(std::move(p));
    }
    system.clear();
    analyze(doc, &system);
    ScoreDocument(gold, system, &score);
    sentences.clear();
    offsets.clear();
    doc.Clear();
  };

  ConlluSentence s;
  while (reader->Next(&s)) {
    if (s.newdoc) score_doc();
    if (doc.id.empty()) {
      doc.id = s.newdoc_id.empty() ? score.name : s.newdoc_id;
      doc.origin = gold_path + ":" + std::to_string(s.line);
    }
    if (!doc.text.empty()) doc.text += s.newpar ? "\n\n" : " ";
    offsets.push_back(static_cast<uint32_t>(doc.text.size()));
    doc.text += SentenceText(s);
    sentences.push_back(std::move(s));
  }
  score_doc();
  if (!reader->status().ok()) return reader->status();
  score.skipped += reader->skipped();
  return score;
}

std::string SentenceText(const ConlluSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  int covered = 0;  // last word inside a multiword token already written
  for (const ConlluWord& w : s.words) {
    if (w.kind == ConlluWord::Kind::kEmpty) continue;
    if (w.kind == ConlluWord::Kind::kWord && w.index <= covered) continue;
    if (w.kind == ConlluWord::Kind::kRange) covered = w.last;
    text += w.form;
    if (!SpaceAfterNo(w.misc)) text += ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

Status PlaceGoldWords(const ConlluSentence& s, std::string_view text, uint32_t offset,
                      std::string_view where, std::vector<Span>* spans) {
  spans->clear();
  uint32_t pos = offset;
  int covered = 0;
  for (size_t k = 0; k < s.words.size(); ++k) {
    const ConlluWord& w = s.words[k];
    if (w.kind == ConlluWord::Kind::kEmpty) continue;
    if (w.kind == ConlluWord::Kind::kWord && w.index <= covered) continue;
    uint32_t begin = 0, end = 0;
    if (!MatchForm(w.form, text, &pos, &begin, &end)) {
      return DataLossError(std::string(where) + ": FORM \"" + w.form +
                           "\" not found in the sentence text");
    }
    if (w.kind == ConlluWord::Kind::kWord) {
      spans->push_back({begin, end});
      continue;
    }
    // A multiword token: its parts in the lines that follow it.
    covered = w.last;
    std::vector<const ConlluWord*> parts;
    for (size_t j = k + 1;
         j < s.words.size() && parts.size() < static_cast<size_t>(w.last - w.index + 1); ++j) {
      if (s.words[j].kind == ConlluWord::Kind::kWord) parts.push_back(&s.words[j]);
    }
    std::string joined;
    for (const ConlluWord* p : parts) joined += p->form;
    const bool spelled = joined == text.substr(begin, end - begin);
    uint32_t at = begin;
    for (const ConlluWord* p : parts) {
      if (spelled) {
        const uint32_t size = static_cast<uint32_t>(p->form.size());
        spans->push_back({at, at + size});
        at += size;
      } else {
        spans->push_back({begin, end});
      }
    }
  }
  return Status::Ok();
}

void ScoreDocument(std::span<const PlacedSentence> gold, std::span<const PlacedSentence> system,
                   SyntaxScore* score) {
  FlatWords g, s;
  std::vector<std::pair<uint32_t, uint32_t>> gold_sentences;
  auto sentence_range = [](const std::vector<Span>& spans) {
    return std::make_pair(spans.front().begin, spans.back().end);
  };
  for (const PlacedSentence& p : gold) {
    g.AddSentence(p.sentence, &p.spans);
    if (!p.spans.empty()) gold_sentences.push_back(sentence_range(p.spans));
  }
  for (const PlacedSentence& p : system) s.AddSentence(p.sentence, &p.spans);
  score->sentences += gold.size();
  score->gold_sentences += gold.size();
  score->system_sentences += system.size();
  std::sort(gold_sentences.begin(), gold_sentences.end());
  for (const PlacedSentence& p : system) {
    if (!p.spans.empty() &&
        std::binary_search(gold_sentences.begin(), gold_sentences.end(), sentence_range(p.spans))) {
      ++score->matched_sentences;
    }
  }

  // System words by range. Ranges of distinct system words do not overlap, so sorting by begin
  // also sorts them by end.
  std::vector<std::pair<Span, int>> by_range;
  by_range.reserve(s.words.size());
  for (size_t i = 0; i < s.words.size(); ++i)
    by_range.emplace_back(s.spans[i], static_cast<int>(i));
  std::sort(by_range.begin(), by_range.end(), [](const auto& a, const auto& b) {
    return a.first.begin != b.first.begin ? a.first.begin < b.first.begin
                                          : a.first.end < b.first.end;
  });
  auto first_at = [&](uint32_t begin) {
    return std::lower_bound(by_range.begin(), by_range.end(), begin,
                            [](const auto& e, uint32_t b) { return e.first.begin < b; });
  };

  std::vector<int> g2s(g.words.size(), -1), s2g(s.words.size(), -1);
  for (size_t i = 0; i < g.words.size();) {
    size_t j = i + 1;
    while (j < g.words.size() && g.spans[j] == g.spans[i]) ++j;
    const Span range = g.spans[i];
    if (j == i + 1) {
      for (auto it = first_at(range.begin); it != by_range.end() && it->first.begin == range.begin;
           ++it) {
        if (it->first.end == range.end && s2g[static_cast<size_t>(it->second)] < 0) {
          g2s[i] = it->second;
          s2g[static_cast<size_t>(it->second)] = static_cast<int>(i);
          break;
        }
      }
    } else {
      // Gold words sharing one range: align by form with the system words inside it.
      std::vector<std::string> gold_forms, system_forms;
      std::vector<int> candidates;
      for (size_t k = i; k < j; ++k) gold_forms.push_back(Lower(g.words[k]->form));
      for (auto it = first_at(range.begin); it != by_range.end() && it->first.begin < range.end;
           ++it) {
        if (it->first.end <= range.end && s2g[static_cast<size_t>(it->second)] < 0) {
          candidates.push_back(it->second);
          system_forms.push_back(Lower(s.words[static_cast<size_t>(it->second)]->form));
        }
      }
      for (const auto& [a, b] : Lcs(gold_forms, system_forms)) {
        g2s[i + a] = candidates[b];
        s2g[static_cast<size_t>(candidates[b])] = static_cast<int>(i + a);
      }
    }
    i = j;
  }
  ScoreAligned(g, s, g2s, s2g, score);
}

}  // namespace entente::eval
