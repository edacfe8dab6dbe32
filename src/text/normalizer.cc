#include "text/normalizer.h"

#include <utf8proc.h>

#include <cstring>
#include <vector>

#include "base/utf8.h"

namespace entente::text {

namespace {

// The replacement for a code point that folds, or nullptr. An empty string deletes it.
const char* Fold(char32_t cp) {
  // C1 control characters are control characters too (U+0085, next line, is a line end).
  if (cp >= 0x0080 && cp <= 0x009F && cp != 0x0085) return " ";
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F:
    case 0x205F: case 0x3000:
      return " ";
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF:
      return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC:
    case 0x2039: case 0x203A:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0x301D: case 0x301E: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      return "--";
    case 0x2026:
      return "...";
    case 0x0085: case 0x2028:
      return "\n";
    case 0x2029:
      return "\n\n";
    default:
      return nullptr;
  }
}

// Code points that NFC leaves alone and that never compose with the character before them
// (Unicode NFC_Quick_Check=Yes starters), checked without utf8proc. Greek is left out on purpose:
// U+0374, U+037E and U+0387 are NFC singletons. A word holding anything else goes through
// utf8proc; combining marks after a stable letter are caught because they are outside these ranges.
bool NfcStable(char32_t cp) {
  return cp < 0x0300 || (cp >= 0x0400 && cp <= 0x0482) || (cp >= 0x2010 && cp <= 0x2027) ||
         (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20BF) ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2500 && cp <= 0x27BF) ||
         (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0x3041 && cp <= 0x3096) ||
         (cp >= 0x30A1 && cp <= 0x30FA) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

constexpr size_t kMaxWordBytes = 1024;

inline bool IsSpaceOrControl(unsigned char c) { return c <= 0x20 || c == 0x7F; }

class Normalizer {
 public:
  Normalizer(std::string_view in, std::string* out, OffsetMap* map) : in_(in), out_(out), map_(map) {}

  uint32_t Run() {
    out_->clear();
    out_->reserve(in_.size() + in_.size() / 16 + 16);
    map_->Clear();
    const size_t n = in_.size();
    size_t i = 0;
    while (i < n) {
      const unsigned char c = static_cast<unsigned char>(in_[i]);
      if (IsSpaceOrControl(c)) {
        i = SpaceOrControl(i);
        continue;
      }
      // A word: up to the next ASCII space or control character.
      size_t j = i;
      bool ascii = true;
      while (j < n) {
        unsigned char b = static_cast<unsigned char>(in_[j]);
        if (IsSpaceOrControl(b)) break;
        // Cut very long runs (text without spaces) so NFC works on bounded pieces; cut before a
        // character that cannot compose with what precedes it, or anywhere after 4x the limit.
        if (j - i >= kMaxWordBytes && (b & 0xC0) != 0x80) {
          if (b < 0x80 || j - i >= 4 * kMaxWordBytes) break;
          base::Decoded d = base::DecodeUtf8(in_.data() + j, in_.data() + n);
          if (d.valid && NfcStable(d.cp)) break;
        }
        ascii &= b < 0x80;
        ++j;
      }
      if (ascii) {
        out_->append(in_.data() + i, j - i);
      } else {
        Word(i, j);
      }
      i = j;
    }
    return repaired_;
  }

 private:
  uint32_t OutPos() const { return static_cast<uint32_t>(out_->size()); }

  // Emits `rep` in place of original bytes [from, to), recording the edit when lengths differ.
  // A same-length replacement of one character by one (U+FFFD for a 3-byte invalid sequence)
  // keeps the identity mapping and needs no record; "…" -> "..." does need one, or a token cut
  // between the dots would map into the middle of the original character.
  void Replace(size_t from, size_t to, std::string_view rep) {
    if (rep.size() == to - from &&
        base::DecodeUtf8(rep.data(), rep.data() + rep.size()).len == rep.size()) {
      out_->append(rep);
      return;
    }
    map_->BeginEdit(OutPos(), static_cast<uint32_t>(from));
    out_->append(rep);
    map_->EndEdit(OutPos(), static_cast<uint32_t>(to));
  }

  size_t SpaceOrControl(size_t i) {
    const char c = in_[i];
    if (c == '\r') {
      if (i + 1 < in_.size() && in_[i + 1] == '\n') {
        Replace(i, i + 2, "\n");
        return i + 2;
      }
      out_->push_back('\n');
      return i + 1;
    }
    if (c == '\n' || c == ' ') out_->push_back(c);
    else if (c == '\v' || c == '\f') out_->push_back('\n');
    else out_->push_back(' ');  // tab, NUL and other controls
    return i + 1;
  }

  // A word holding non-ASCII bytes: repair, NFC where needed, fold.
  void Word(size_t from, size_t to) {
    bool needs_nfc = false;
    const char* end = in_.data() + to;
    for (size_t k = from; k < to;) {
      base::Decoded d = base::DecodeUtf8(in_.data() + k, end);
      if (d.valid && !NfcStable(d.cp) && Fold(d.cp) == nullptr) {
        needs_nfc = true;
        break;
      }
      k += d.len;
    }
    if (needs_nfc && NfcWord(from, to)) return;
    FoldRange(from, to);
  }

  // Copies [from, to) folding character by character (offsets stay exact).
  void FoldRange(size_t from, size_t to) {
    const char* end = in_.data() + to;
    size_t k = from;
    while (k < to) {
      const unsigned char c = static_cast<unsigned char>(in_[k]);
      if (c < 0x80) {
        out_->push_back(static_cast<char>(c));
        ++k;
        continue;
      }
      base::Decoded d = base::DecodeUtf8(in_.data() + k, end);
      if (!d.valid) {
        ++repaired_;
        Replace(k, k + d.len, "\xEF\xBF\xBD");
      } else if (const char* f = Fold(d.cp)) {
        Replace(k, k + d.len, f);
      } else {
        out_->append(in_.data() + k, d.len);
      }
      k += d.len;
    }
  }

  // NFC of the original bytes [from, to) (repaired first: utf8proc refuses invalid input) into
  // *nfc, which stays valid until the next call; *bad receives the number of invalid sequences.
  // Returns false when utf8proc fails.
  bool Nfc(size_t from, size_t to, std::string_view* nfc, uint32_t* bad) {
    std::string& word = word_;
    word.assign(in_.data() + from, to - from);
    *bad = base::RepairUtf8(&word);
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    const auto* src = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    const auto len = static_cast<utf8proc_ssize_t>(word.size());
    if (buffer_.size() < word.size() + 1) buffer_.resize(word.size() + 1);
    utf8proc_ssize_t n = utf8proc_decompose_custom(src, len, buffer_.data(),
                                                   static_cast<utf8proc_ssize_t>(buffer_.size()),
                                                   options, nullptr, nullptr);
    if (n > static_cast<utf8proc_ssize_t>(buffer_.size())) {
      buffer_.resize(static_cast<size_t>(n) + 1);
      n = utf8proc_decompose_custom(src, len, buffer_.data(), n, options, nullptr, nullptr);
    }
    if (n < 0) return false;
    n = utf8proc_reencode(buffer_.data(), n, options);
    if (n < 0) return false;
    *nfc = std::string_view(reinterpret_cast<const char*>(buffer_.data()), static_cast<size_t>(n));
    return true;
  }

  // NFC of the word [from, to), then folding. Returns false (nothing emitted) when NFC leaves the
  // word as it is. Otherwise the word is normalised in small pieces, each changed piece an edit of
  // its own, so that its tokens keep exact, disjoint spans ("“Café”." holds four tokens; one edit
  // for the whole word would give each of them the span of the whole word). The pieces are
  // extended grapheme clusters, which NFC never composes or reorders across (Unicode keeps their
  // boundaries canonically closed, hence Other_Grapheme_Extend), with every invalid sequence a
  // piece of its own (it becomes U+FFFD, which composes with nothing).
  bool NfcWord(size_t from, size_t to) {
    std::string_view nfc;
    uint32_t bad = 0;
    if (!Nfc(from, to, &nfc, &bad)) return false;
    if (nfc == std::string_view(in_.data() + from, to - from)) return false;
    const char* base = in_.data();
    utf8proc_int32_t state = 0;
    utf8proc_int32_t prev = 0;
    bool prev_valid = true;
    size_t cluster = from;
    for (size_t k = from; k < to;) {
      const base::Decoded d = base::DecodeUtf8(base + k, base + to);
      const auto cp = static_cast<utf8proc_int32_t>(d.cp);
      if (k > from) {
        const bool boundary = utf8proc_grapheme_break_stateful(prev, cp, &state);
        if (boundary || !d.valid || !prev_valid) {
          NfcCluster(cluster, k);
          cluster = k;
        }
      }
      prev = cp;
      prev_valid = d.valid;
      k += d.len;
    }
    NfcCluster(cluster, to);
    return true;
  }

  // One piece of a word that needs NFC. Characters NFC leaves alone at either end of the piece
  // are copied and folded one by one ("x" + U+0301 + U+0323 keeps "x" apart from the reordered
  // marks); the changed middle becomes one edit, or two when it starts with a character the
  // tokenizer splits off (U+037E, the Greek question mark, is ";", a token of its own).
  void NfcCluster(size_t from, size_t to) {
    const std::string_view orig(in_.data() + from, to - from);
    std::string_view view;
    uint32_t bad = 0;
    if (!Nfc(from, to, &view, &bad) || view == orig || bad > 0) {
      FoldRange(from, to);  // unchanged, or an invalid sequence (replaced and counted there)
      return;
    }
    const std::string nfc(view);
    size_t pre = 0;  // bytes of unchanged characters at the start (the same in both)
    while (pre < orig.size() && pre < nfc.size()) {
      const size_t len = base::DecodeUtf8(orig.data() + pre, orig.data() + orig.size()).len;
      if (orig.compare(pre, len, nfc, pre, len) != 0) break;
      pre += len;
    }
    size_t suf = 0;  // bytes of unchanged characters at the end
    while (pre + suf < orig.size() && pre + suf < nfc.size()) {
      size_t len = 1;
      while (len < 4 && len < orig.size() - pre - suf &&
             (static_cast<unsigned char>(orig[orig.size() - suf - len]) & 0xC0) == 0x80) {
        ++len;
      }
      if (len > nfc.size() - pre - suf ||
          orig.compare(orig.size() - suf - len, len, nfc, nfc.size() - suf - len, len) != 0) {
        break;
      }
      suf += len;
    }
    if (pre + suf > 0) {
      // Only when the middle normalises alone to the middle of the whole (it always should).
      std::string_view mid;
      if (!Nfc(from + pre, to - suf, &mid, &bad) ||
          mid != std::string_view(nfc).substr(pre, nfc.size() - pre - suf)) {
        pre = suf = 0;
      }
    }
    FoldRange(from, from + pre);
    NfcEdit(from + pre, to - suf, std::string_view(nfc).substr(pre, nfc.size() - pre - suf));
    FoldRange(to - suf, to);
  }

  // Emits `nfc`, the NFC of original bytes [from, to), folded, as an edit; split in two when it
  // starts with a punctuation mark or symbol followed by more (see NfcCluster).
  void NfcEdit(size_t from, size_t to, std::string_view nfc) {
    if (from == to) return;
    const base::Decoded first = base::DecodeUtf8(nfc.data(), nfc.data() + nfc.size());
    const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(first.cp));
    const bool word_char = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;  // L, M, N
    const size_t orig_first = base::DecodeUtf8(in_.data() + from, in_.data() + to).len;
    if (!word_char && first.len < nfc.size() && from + orig_first < to) {
      std::string_view part;
      uint32_t bad = 0;
      if (Nfc(from, from + orig_first, &part, &bad) && part == nfc.substr(0, first.len)) {
        const std::string rest(nfc.substr(first.len));
        std::string_view rest_alone;
        if (Nfc(from + orig_first, to, &rest_alone, &bad) && rest_alone == rest) {
          EmitEdit(from, from + orig_first, nfc.substr(0, first.len));
          EmitEdit(from + orig_first, to, rest);
          return;
        }
      }
    }
    EmitEdit(from, to, nfc);
  }

  void EmitEdit(size_t from, size_t to, std::string_view nfc) {
    folded_.clear();
    const char* p = nfc.data();
    const char* end = p + nfc.size();
    while (p < end) {
      base::Decoded d = base::DecodeUtf8(p, end);
      if (const char* f = Fold(d.cp)) folded_ += f;
      else folded_.append(p, d.len);
      p += d.len;
    }
    map_->BeginEdit(OutPos(), static_cast<uint32_t>(from));
    out_->append(folded_);
    map_->EndEdit(OutPos(), static_cast<uint32_t>(to));
  }

  std::string_view in_;
  std::string* out_;
  OffsetMap* map_;
  uint32_t repaired_ = 0;
  std::string word_;
  std::string folded_;
  std::vector<utf8proc_int32_t> buffer_;
};

}  // namespace

uint32_t Normalize(std::string_view in, std::string* out, OffsetMap* map) {
  return Normalizer(in, out, map).Run();
}

}  // namespace entente::text
