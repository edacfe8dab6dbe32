#include "output/conllu_writer.h"

#include <vector>

namespace entente::output {

namespace {

// Appends s with every character that would break a CoNLL-U line or field written as a space:
// ASCII control characters (tab separates fields, newline ends a line), and U+0085, U+2028 and
// U+2029, which some readers (Python's splitlines) also take as line breaks.
void AppendField(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->push_back('_');
    return;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out->push_back(' ');
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
      out->push_back(' ');
      i += 1;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out->push_back(' ');
      i += 2;
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

// Ids (sent_id, newdoc id) may not contain white space in CoNLL-U: it is written as '_'.
void AppendId(std::string_view s, std::string* out) {
  const size_t start = out->size();
  AppendField(s, out);
  for (size_t i = start; i < out->size(); ++i) {
    if ((*out)[i] == ' ') (*out)[i] = '_';
  }
}

void AppendTag(const std::vector<std::string>& names, uint8_t id, std::string* out) {
  // An id the model does not name is a bug upstream; "_" keeps the file readable meanwhile.
  AppendField(id < names.size() ? std::string_view(names[id]) : std::string_view(), out);
}

void AppendUint(uint64_t v, std::string* out) { out->append(std::to_string(v)); }

}  // namespace

void AppendConlluSentence(const ConlluSentenceData& s, std::string* out) {
  for (const std::string& c : s.comments) {
    if (c.empty()) {
      out->append("#\n");  // not "# _"
      continue;
    }
    out->append("# ");
    AppendField(c, out);
    out->push_back('\n');
  }
  if (!s.sent_id.empty()) {
    out->append("# sent_id = ");
    AppendId(s.sent_id, out);
    out->push_back('\n');
  }
  if (!s.text.empty()) {
    out->append("# text = ");
    AppendField(s.text, out);
    out->push_back('\n');
  }
  static const SyntaxTags kNoTags;
  const SyntaxTags& tags = s.tags != nullptr ? *s.tags : kNoTags;
  size_t next_range = 0;
  uint32_t range_last = 0;  // words up to this id belong to the range last written
  const size_t n = s.forms.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t id = static_cast<uint32_t>(i + 1);
    while (next_range < s.ranges.size() && s.ranges[next_range].first < id) ++next_range;
    if (next_range < s.ranges.size() && s.ranges[next_range].first == id) {
      const ConlluRange& r = s.ranges[next_range++];
      AppendUint(r.first, out);
      out->push_back('-');
      AppendUint(r.last, out);
      out->push_back('\t');
      AppendField(r.form, out);
      out->append("\t_\t_\t_\t_\t_\t_\t_\t");
      out->append(r.space_after ? "_" : "SpaceAfter=No");
      out->push_back('\n');
      range_last = r.last;
    }
    const Word w = i < s.words.size() ? s.words[i] : Word();
    AppendUint(id, out);
    out->push_back('\t');
    AppendField(s.forms[i], out);
    out->push_back('\t');
    const bool lemma_ok = w.lemma_begin <= w.lemma_end && w.lemma_end <= s.lemmas.size();
    AppendField(
        lemma_ok ? s.lemmas.substr(w.lemma_begin, w.lemma_end - w.lemma_begin) : std::string_view(),
        out);
    out->push_back('\t');
    AppendTag(tags.upos, w.upos, out);
    out->push_back('\t');
    AppendTag(tags.xpos, w.xpos, out);
    out->append("\t_\t");
    // Word::head is 0-based within the sentence with -1 for the root; CoNLL-U counts from 1 with
    // 0 for the root.
    AppendUint(
        w.head < 0 || static_cast<size_t>(w.head) >= n ? 0 : static_cast<uint64_t>(w.head) + 1,
        out);
    out->push_back('\t');
    AppendTag(tags.deprel, w.deprel, out);
    out->append("\t_\t");
    const size_t misc_start = out->size();
    const bool in_range = id <= range_last;
    if (!in_range && i < s.space_after.size() && s.space_after[i] == 0)
      out->append("SpaceAfter=No");
    if (i < s.spans.size()) {
      if (out->size() > misc_start) out->push_back('|');
      out->append("TokenRange=");
      AppendUint(s.spans[i].begin, out);
      out->push_back(':');
      AppendUint(s.spans[i].end, out);
    }
    if (out->size() == misc_start) out->push_back('_');
    out->push_back('\n');
  }
  out->push_back('\n');
}

void AppendConlluDocument(const Document& doc, const TextAnalysis& text,
                          std::span<const Word> words, std::string_view lemmas,
                          const SyntaxTags& tags, std::string* out) {
  std::vector<std::string> newdoc(1, "newdoc id = ");
  AppendId(doc.id, &newdoc[0]);
  std::vector<std::string_view> forms;
  std::vector<Span> spans;
  std::vector<uint8_t> space_after;
  std::string sent_id;
  uint64_t n = 0;
  for (const Sentence& sentence : text.sentences) {
    if (!sentence.analysed() || sentence.token_begin >= sentence.token_end ||
        sentence.token_end > words.size()) {
      continue;
    }
    forms.clear();
    spans.clear();
    space_after.clear();
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = text.tokens[t];
      forms.push_back(std::string_view(doc.text).substr(token.span.begin, token.span.size()));
      spans.push_back(token.span);
      space_after.push_back(token.space_after() ? 1 : 0);
    }
    sent_id = doc.id + "-" + std::to_string(++n);
    ConlluSentenceData data;
    if (n == 1) data.comments = newdoc;
    data.sent_id = sent_id;
    data.text = std::string_view(doc.text).substr(sentence.span.begin, sentence.span.size());
    data.forms = forms;
    data.words = words.subspan(sentence.token_begin, sentence.token_end - sentence.token_begin);
    data.lemmas = lemmas;
    data.tags = &tags;
    data.spans = spans;
    data.space_after = space_after;
    AppendConlluSentence(data, out);
  }
}

}  // namespace entente::output
