// The lemmatizer: exception list, learnt lexicon and inflection rules (see lemmatizer.h).
//
// Layout of a built lemmatizer. Every entry (an exception, an exact-form lexicon entry, or a
// case-folded lexicon entry) is filed under the *folded* form of its word (ASCII and Latin-1
// capitals lowered, U+2019 read as '), and the entries of one folded form sit next to each other in
// the header's lookup order. So a word costs one hash lookup (the folded form, in an
// open-addressing table) and a scan of the handful of entries filed under it; words the tables do
// not know go to the rules, which only look at the word's last letters.
//
// The rules are written for Penn Treebank tags and follow UD English EWT's lemmas: plurals (-s,
// -es, -ies, -ves, -men), verb forms (-s, -ed, -ing with doubled consonants and a restored silent
// e), comparatives and superlatives (-er, -est). Where the spelling does not decide (hoped/hope but
// helped/help, visited/visit but invited/invite) they use the English spelling conventions for
// doubling (a stressed short final syllable doubles its consonant: stop/stopped, so an undoubled
// consonant after a single short vowel usually means a silent e: hope/hoped) and give the rest to
// the exception list and the lexicon.
#include "syntax/lemmatizer.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace entente::syntax {

namespace {

constexpr uint32_t kSectionVersion = 1;
// A lexicon entry seen fewer times than this is kept only when it is the only lemma of its form:
// a lemma seen once among others is as likely a treebank slip as a convention.
constexpr uint32_t kMinCount = 2;
// Longer words (URLs, e-mail addresses, runs of symbols) are neither in the tables nor inflected:
// they are their own lemma, so a lookup needs no more than a fixed buffer on the stack.
constexpr size_t kMaxFormBytes = 128;
constexpr size_t kMaxXposBytes = 16;
constexpr size_t kMaxLemmaBytes = 512;
// Ceiling on entries in a model file; a real model holds a few thousand.
constexpr uint32_t kMaxEntries = 1u << 22;

// Entry kinds, as stored in the model file. An exception written with xpos "*" is a kException
// told apart by its tag.
constexpr uint8_t kException = 0;  // from the exception list; the form is folded
constexpr uint8_t kExact = 1;      // learnt, for the form as written
constexpr uint8_t kFolded = 2;     // learnt, for every spelling of the folded form
constexpr uint8_t kNumKinds = 3;
// Rank inside a folded form's group: the order of the header's lookup.
constexpr uint8_t kRankException = 0;
constexpr uint8_t kRankExceptionAny = 1;
constexpr uint8_t kRankExact = 2;
constexpr uint8_t kRankFolded = 3;

constexpr std::string_view kAnyTag = "*";

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char AsciiUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// Lower-cases ASCII and the Latin-1 capitals À..Þ (U+00C0..U+00DE but ×, written C3 80..C3 9E;
// their small letters are 0x20 higher in the second byte) into buf, which has room for form.size()
// bytes. The length never changes, so positions in the result are positions in the form.
void LowerInto(std::string_view form, char* buf) {
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    buf[i] = AsciiLower(c);
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < form.size()) {
      const unsigned char next = static_cast<unsigned char>(form[i + 1]);
      buf[i + 1] = (next >= 0x80 && next <= 0x9E && next != 0x97) ? static_cast<char>(next + 0x20)
                                                                  : form[i + 1];
      ++i;
    }
  }
}

// The lookup key of a form: lower-cased (LowerInto) with U+2019 read as an apostrophe, because the
// treebanks (and news text) write "n’t" and "’s" as often as "n't" and "'s". buf has room for
// form.size() bytes (the key is never longer); returns the key's length.
size_t FoldInto(std::string_view form, char* buf) {
  size_t n = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    if (c == 0xE2 && i + 2 < form.size() && form[i + 1] == '\x80' && form[i + 2] == '\x99') {
      buf[n++] = '\'';
      i += 2;
    } else if (c == 0xC3 && i + 1 < form.size()) {
      LowerInto(form.substr(i, 2), buf + n);
      n += 2;
      ++i;
    } else {
      buf[n++] = AsciiLower(form[i]);
    }
  }
  return n;
}

std::string Fold(std::string_view form) {
  std::string out(form.size(), '\0');
  out.resize(FoldInto(form, out.data()));
  return out;
}

uint64_t HashKey(std::string_view key) {
  // Eight bytes at a time with a multiply-xorshift mix (the finaliser of SplitMix64): words are
  // short, so a byte-at-a-time hash would cost as much as the rest of a lookup. The hash is never
  // stored, so the machine's byte order does not matter.
  auto mix = [](uint64_t h) {
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
  };
  uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
  size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, key.data() + i, 8);
    h = mix(h ^ v);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, key.data() + i, key.size() - i);
  return mix(h ^ tail);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}
// The rules test dozens of literal endings per word; with the length known at compile time the
// comparison is a couple of instructions instead of a library call.
template <size_t N>
bool EndsWith(std::string_view s, const char (&suffix)[N]) {
  constexpr size_t n = N - 1;
  return s.size() >= n && std::memcmp(s.data() + s.size() - n, suffix, n) == 0;
}

// ---------------------------------------------------------------------------------------------
// Inflection rules. They look at the lower-cased word w and say how to cut it: keep w's first
// `keep` bytes and append `add` (a string literal). Applying the cut to the word as written keeps a
// proper noun's case (Americans -> American).

struct Cut {
  size_t keep;
  std::string_view add;
};

bool IsPlainVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether w[i] sounds as a vowel: a e i o u, except the u of "qu"/"gu" before a vowel (require,
// guide), and y after a consonant (style, typed).
bool IsVowelAt(std::string_view w, size_t i) {
  const char c = w[i];
  if (IsPlainVowel(c)) {
    return !(c == 'u' && i > 0 && (w[i - 1] == 'q' || w[i - 1] == 'g') && i + 1 < w.size() &&
             IsPlainVowel(w[i + 1]));
  }
  if (c == 'y') return i > 0 && !IsPlainVowel(w[i - 1]);
  return false;
}

bool IsConsonantAt(std::string_view w, size_t i) { return IsAsciiLower(w[i]) && !IsVowelAt(w, i); }

// Number of vowel groups: a rough syllable count of a stem (locat: 2, hop: 1; no silent e yet).
int VowelGroups(std::string_view w) {
  int n = 0;
  bool prev = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool v = IsVowelAt(w, i);
    if (v && !prev) ++n;
    prev = v;
  }
  return n;
}

bool EndsWithDoubledConsonant(std::string_view s) {
  const size_t n = s.size();
  return n >= 2 && s[n - 1] == s[n - 2] && IsConsonantAt(s, n - 1);
}

// A stem ending in a doubled consonant that the inflection doubled: stopp(ed), bigg(er). Not s, f,
// z (pass, stuff, buzz end that way); for l only compel/control-type words of two syllables
// (compelled, controlled, travelled) — call, kill, spell, small keep theirs.
bool DoublingToUndo(std::string_view stem) {
  if (stem.size() < 3 || !EndsWithDoubledConsonant(stem)) return false;
  const char c = stem.back();
  if (std::string_view("sfzwxyhk").find(c) != std::string_view::npos) return false;
  if (c == 'l') {
    return (EndsWith(stem, "ell") || EndsWith(stem, "oll")) &&
           VowelGroups(stem.substr(0, stem.size() - 3)) >= 1;
  }
  return true;
}

// Whether a verb stem (the word without -ed or -ing, no doubled consonant) had a silent e.
bool VerbStemNeedsE(std::string_view stem, bool ing) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  const char prev = stem[n - 2];
  switch (last) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'w':
    case 'x':
    case 'y':
      // Two-letter stems: owed/owing -> owe, eyed, dyed, toed -> eye, dye, toe; going -> go.
      if (n > 2) return false;
      return ing ? last == 'w' : (last == 'o' || last == 'w' || last == 'y');
    case 'u':  // argued, continuing
    case 'v':  // moved: English words do not end in v
    case 'c':  // announced, producing
    case 's':  // used, raised, closing (focus, bias are exceptions)
      return true;
    case 'z':  // seized, organizing; but waltzed
      return prev != 't';
    case 'h':  // bathed, breathing: a vowel before th; but earthed, watched
      return prev == 't' && n >= 3 && IsVowelAt(stem, n - 3);
    case 'g':
      if (EndsWith(stem, "ong")) return false;                    // belonged
      if (EndsWith(stem, "ang")) return n > 4 || stem == "rang";  // changed, ranged; banged
      if (EndsWith(stem, "ing")) return !ing;                     // singed, cringed; singing
      return true;                                                // urged, engaged, judged
    case 'l':
      if (!IsVowelAt(stem, n - 2)) return prev != 'r' && prev != 'l' && prev != 'w';  // handled
      if (n >= 3 && IsVowelAt(stem, n - 3)) return false;  // failed, revealed
      if (prev == 'e') return false;                       // traveled, labeled
      if (prev == 'a') return VowelGroups(stem) == 1;      // scaled; signaled
      return true;                                         // filed, ruled, styled
    default:
      break;
  }
  // b d f j k m n p q r t: a consonant cluster keeps no e (helped, formed, learned).
  if (!IsVowelAt(stem, n - 2)) return false;
  if (n >= 3 && IsVowelAt(stem, n - 3)) {
    // Two vowel letters: usually one long vowel (treated, gained), but -iate, -uate, -uade and
    // create are two syllables ending in a silent e.
    return (last == 't' || last == 'd') && prev == 'a' &&
           (stem[n - 3] == 'i' || stem[n - 3] == 'u' || EndsWith(stem, "creat"));
  }
  // A single vowel and a consonant. In one syllable the consonant would have doubled without an e
  // (stop/stopped), so hoped is hope. In longer words it depends on the stress, which spelling does
  // not show; these endings are right for most of the words that carry them.
  if (VowelGroups(stem) == 1) return true;
  switch (last) {
    case 'r':  // declared, retired, secured, ignored, explored; entered, offered, honored
      if (prev == 'a' || prev == 'i' || prev == 'u') return true;
      if (prev == 'o') {
        return EndsWith(stem, "plor") || EndsWith(stem, "stor") || EndsWith(stem, "gnor") ||
               EndsWith(stem, "dor");
      }
      return false;
    case 'n':  // combined, determined, convened; opened, abandoned
      if (prev == 'i') return true;
      if (prev == 'e') return n >= 4 && stem[n - 3] == 'v' && !IsVowelAt(stem, n - 4);
      return false;
    case 't':  // located, computed, devoted, invited, completed; visited, targeted, piloted
      if (prev == 'a' || prev == 'u') return true;
      if (prev == 'o') return !EndsWith(stem, "lot") && !EndsWith(stem, "got");
      if (prev == 'i') {
        return EndsWith(stem, "vit") || EndsWith(stem, "nit") || EndsWith(stem, "xcit") ||
               EndsWith(stem, "ecit") || EndsWith(stem, "ncit");
      }
      if (prev == 'e') {
        return EndsWith(stem, "plet") || EndsWith(stem, "delet") || EndsWith(stem, "compet") ||
               EndsWith(stem, "cret");
      }
      return false;
    case 'd':  // decided, included, exploded
    case 'k':  // invoked
    case 'b':  // described
    case 'f':
      return true;
    case 'm':  // assumed, welcomed; ransomed
      return prev != 'o' || EndsWith(stem, "com");
    case 'p':  // escaped; developed, gossiped
      return prev != 'o' && prev != 'i';
    default:
      return false;
  }
}

// A verb stem (without -ed or -ing) to its base form.
Cut VerbStemToBase(std::string_view stem, bool ing) {
  const size_t n = stem.size();
  // trafficked, panicking, mimicked: words in -ic add k before -ed and -ing.
  if (EndsWith(stem, "ick") && n >= 4 &&
      (stem[n - 4] == 'f' || stem[n - 4] == 'n' || stem[n - 4] == 'm' || EndsWith(stem, "olick"))) {
    return {n - 1, ""};
  }
  if (DoublingToUndo(stem)) return {n - 1, ""};
  if (EndsWithDoubledConsonant(stem)) return {n, ""};
  if (VerbStemNeedsE(stem, ing)) return {n, "e"};
  return {n, ""};
}

Cut PastToBase(std::string_view w) {  // VBD, VBN
  const size_t n = w.size();
  if (EndsWith(w, "ied")) return n > 4 ? Cut{n - 3, "y"} : Cut{n - 1, ""};  // studied; died
  if (EndsWith(w, "eed")) return {n - 1, ""};                               // agreed, freed
  if (!EndsWith(w, "ed") || n < 4) return {n, ""};                          // led: exceptions
  return VerbStemToBase(w.substr(0, n - 2), /*ing=*/false);
}

Cut GerundToBase(std::string_view w) {  // VBG
  const size_t n = w.size();
  size_t stem_len;
  if (EndsWith(w, "ing") && n >= 5) {
    stem_len = n - 3;
  } else if (EndsWith(w, "in'") && n >= 5) {  // g-dropping, as written in quotes: goin', nothin'
    stem_len = n - 3;
  } else if (EndsWith(w, "in") && n >= 4) {  // ... and in web text: goin, findin
    stem_len = n - 2;
  } else {
    return {n, ""};
  }
  const std::string_view stem = w.substr(0, stem_len);
  if (stem.back() == 'y') {
    return stem_len <= 2 ? Cut{stem_len - 1, "ie"} : Cut{stem_len, ""};  // dying; studying
  }
  if (stem.back() == 'e') return {stem_len, ""};  // seeing, agreeing, dyeing
  return VerbStemToBase(stem, /*ing=*/true);
}

// NNS, NNPS (noun = true) and VBZ (noun = false).
Cut PluralToSingular(std::string_view w, bool noun) {
  const size_t n = w.size();
  if (noun && EndsWith(w, "men") && n > 4) return {n - 3, "man"};  // chairmen, businessmen
  // 80's -> 80s; company's (a possessive tagged as a plural) -> company.
  if (n >= 3 && EndsWith(w, "'s")) {
    return (n >= 3 && IsDigit(w[n - 3])) ? Cut{n - 2, "s"} : Cut{n - 2, ""};
  }
  if (n >= 5 && EndsWith(w, "\xE2\x80\x99s")) {
    return (n >= 5 && IsDigit(w[n - 5])) ? Cut{n - 4, "s"} : Cut{n - 4, ""};
  }
  if (n < 3 || w.back() != 's') return {n, ""};
  if (IsDigit(w[n - 2])) return {n, ""};  // 1970s, 20s: EWT keeps decades as they are
  if (noun && (EndsWith(w, "ss") || EndsWith(w, "us"))) return {n, ""};  // a singular tagged NNS
  if (noun && EndsWith(w, "is")) return {n - 1, ""};  // Iraqis, jihadis (crises is an exception)
  if (EndsWith(w, "ies")) return n > 4 ? Cut{n - 3, "y"} : Cut{n - 1, ""};  // studies; ties, lies
  if (noun && EndsWith(w, "ves")) {
    // wolves, halves, thieves, leaves, loaves, scarves -> -f; archives, waves, curves -> -ve.
    const std::string_view s = w.substr(0, n - 3);
    if (EndsWith(s, "l") || EndsWith(s, "ie") || EndsWith(s, "ea") || EndsWith(s, "oa") ||
        EndsWith(s, "ar")) {
      return {n - 3, "f"};
    }
    return {n - 1, ""};
  }
  if (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "ches") || EndsWith(w, "shes") ||
      EndsWith(w, "zzes") || EndsWith(w, "tzes")) {
    // headaches, caches: the -che words; approaches, beaches, attaches keep the -ch rule.
    if (EndsWith(w, "aches") && !EndsWith(w, "oaches") && !EndsWith(w, "eaches") &&
        !EndsWith(w, "taches")) {
      return {n - 1, ""};
    }
    return {n - 2, ""};
  }
  // viruses, bonuses, campuses, statuses, buses -> -us; causes, houses, uses, excuses -> -use.
  if (noun && EndsWith(w, "uses") && n >= 5) {
    const char c = w[n - 5];
    if (c == 'b' || c == 'n' || c == 'p' || c == 's' || c == 't' || (c == 'r' && n > 5)) {
      return {n - 2, ""};
    }
  }
  if (EndsWith(w, "oes")) {
    if (!noun) return {n - 2, ""};                             // goes, echoes, vetoes
    if (n > 5 && IsConsonantAt(w, n - 4)) return {n - 2, ""};  // heroes, potatoes
    return {n - 1, ""};                                        // shoes, toes
  }
  return {n - 1, ""};
}

// Whether an adjective stem (without -er/-est, no doubled consonant) had a silent e.
bool AdjectiveStemNeedsE(std::string_view stem) {
  const size_t n = stem.size();
  const char last = stem[n - 1];
  if (last == 'u' || last == 'v' || last == 'c' || last == 's' || last == 'z') {
    return !EndsWith(stem, "ss");  // vaguer, braver, nicer, looser, denser; but crosser
  }
  if (last == 'g') return EndsWith(stem, "rg") || EndsWith(stem, "dg") || EndsWith(stem, "ang");
  if (last == 'l') {  // simpler, gentler; but smaller, cooler
    return n >= 2 && !IsVowelAt(stem, n - 2) && stem[n - 2] != 'r' && stem[n - 2] != 'l' &&
           stem[n - 2] != 'w';
  }
  // One syllable, a single vowel and a consonant: later, wider, finer (big would be bigger).
  return n >= 2 && IsConsonantAt(stem, n - 1) && IsVowelAt(stem, n - 2) &&
         (n < 3 || !IsVowelAt(stem, n - 3)) && last != 'w' && last != 'x' && last != 'y' &&
         VowelGroups(stem) == 1;
}

Cut DegreeToPositive(std::string_view w, bool superlative) {  // JJR, RBR / JJS, RBS
  const size_t n = w.size();
  const std::string_view suffix = superlative ? "est" : "er";
  if (!EndsWith(w, suffix) || n < suffix.size() + 2) return {n, ""};
  const std::string_view stem = w.substr(0, n - suffix.size());
  const size_t s = stem.size();
  if (stem.back() == 'i') return {s - 1, "y"};   // happier, earliest
  if (stem.back() == 'e') return {s, "e"};       // freer, freest
  if (DoublingToUndo(stem)) return {s - 1, ""};  // bigger, hottest
  if (EndsWithDoubledConsonant(stem)) return {s, ""};
  if (AdjectiveStemNeedsE(stem)) return {s, "e"};
  return {s, ""};
}

// 1,100 -> 1100: both treebanks write numbers' lemmas without thousands separators.
bool IsGroupedNumber(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && IsDigit(w[i])) ++i;
  if (i == 0 || i > 3) return false;
  bool grouped = false;
  while (i < w.size() && w[i] == ',') {
    if (i + 4 > w.size() || !IsDigit(w[i + 1]) || !IsDigit(w[i + 2]) || !IsDigit(w[i + 3])) {
      return false;
    }
    i += 4;
    grouped = true;
  }
  if (i < w.size() && w[i] == '.') {
    ++i;
    if (i == w.size()) return false;
    while (i < w.size() && IsDigit(w[i])) ++i;
  }
  return grouped && i == w.size();
}

// American, Iraqi, Chinese, Irish, Islamic: EWT keeps the capital of adjectives made from names,
// and an unknown capitalised adjective with such an ending is most often one of them.
bool IsCapitalisedNameAdjective(std::string_view form) {
  if (form.size() < 3 || !IsAsciiUpper(form[0])) return false;
  bool has_lower = false;
  for (size_t i = 1; i < form.size(); ++i) {
    if (IsAsciiUpper(form[i])) return false;
    has_lower = has_lower || IsAsciiLower(form[i]);
  }
  return has_lower && (EndsWith(form, "an") || EndsWith(form, "ese") || EndsWith(form, "ish") ||
                       EndsWith(form, "i") || EndsWith(form, "ic"));
}

// Codes and model names mixing digits and capitals (EB3326, V02, MH17) keep their case: the
// treebanks more often keep it than not, and a lower-cased code is no longer the same code.
bool IsCodeWithCapitals(std::string_view form) {
  bool digit = false, upper = false;
  for (char c : form) {
    digit = digit || IsDigit(c);
    upper = upper || IsAsciiUpper(c);
  }
  return digit && upper;
}

bool IsAllCaps(std::string_view form) {
  int upper = 0;
  for (char c : form) {
    if (IsAsciiLower(c)) return false;
    upper += IsAsciiUpper(c) ? 1 : 0;
  }
  return upper >= 2;
}

// The rules' lemma (no tables): appends to *out.
// What a Penn tag asks of the rules. Penn tags name the inflection: plural nouns, verb forms,
// comparison; every other tag leaves the word as it is.
enum class TagRule : uint8_t {
  kNone,
  kAddress,
  kNumber,
  kAdjective,
  kProperNoun,
  kProperPlural,
  kPlural,
  kThirdPerson,
  kPast,
  kGerund,
  kComparative,
  kSuperlative
};

TagRule RuleForTag(std::string_view xpos) {
  // Dispatch on length and letters: this runs once for every word the tables do not know.
  switch (xpos.size()) {
    case 2:
      if (xpos == "CD") return TagRule::kNumber;
      if (xpos == "JJ") return TagRule::kAdjective;
      return TagRule::kNone;
    case 3:
      if (xpos[0] == 'N') {
        if (xpos == "NNS") return TagRule::kPlural;
        if (xpos == "NNP") return TagRule::kProperNoun;
      } else if (xpos[0] == 'V') {
        if (xpos == "VBZ") return TagRule::kThirdPerson;
        if (xpos == "VBD" || xpos == "VBN") return TagRule::kPast;
        if (xpos == "VBG") return TagRule::kGerund;
      } else if (xpos[0] == 'J' || xpos[0] == 'R') {
        if (xpos == "JJR" || xpos == "RBR") return TagRule::kComparative;
        if (xpos == "JJS" || xpos == "RBS") return TagRule::kSuperlative;
      } else if (xpos == "ADD") {
        return TagRule::kAddress;
      }
      return TagRule::kNone;
    case 4:
      return xpos == "NNPS" ? TagRule::kProperPlural : TagRule::kNone;
    default:
      return TagRule::kNone;
  }
}

// The rules' lemma (no tables): appends to *out.
void AppendRuleLemma(std::string_view form, std::string_view xpos, std::string* out) {
  const TagRule rule = RuleForTag(xpos);
  if (rule == TagRule::kAddress) {  // e-mail and web addresses are their own lemmas, case and all
    out->append(form);
    return;
  }
  if (rule == TagRule::kNumber && IsGroupedNumber(form)) {
    for (char c : form) {
      if (c != ',') out->push_back(c);
    }
    return;
  }
  if ((rule == TagRule::kAdjective && IsCapitalisedNameAdjective(form)) ||
      IsCodeWithCapitals(form)) {
    out->append(form);
    return;
  }
  const bool proper = rule == TagRule::kProperNoun || rule == TagRule::kProperPlural;
  if (form.size() > kMaxFormBytes) {
    if (proper) {
      out->append(form);
    } else {
      for (char c : form) out->push_back(AsciiLower(c));
    }
    return;
  }
  char lower_buf[kMaxFormBytes];
  LowerInto(form, lower_buf);
  const std::string_view w(lower_buf, form.size());
  Cut cut{w.size(), ""};
  switch (rule) {
    case TagRule::kPlural:
    case TagRule::kProperPlural:
      cut = PluralToSingular(w, /*noun=*/true);
      break;
    case TagRule::kThirdPerson:
      cut = PluralToSingular(w, /*noun=*/false);
      break;
    case TagRule::kPast:
      cut = PastToBase(w);
      break;
    case TagRule::kGerund:
      cut = GerundToBase(w);
      break;
    case TagRule::kComparative:
      cut = DegreeToPositive(w, /*superlative=*/false);
      break;
    case TagRule::kSuperlative:
      cut = DegreeToPositive(w, /*superlative=*/true);
      break;
    default:
      break;
  }
  // Proper nouns keep the form's case (UD EWT: "Americans" -> "American"); everything else is
  // lower-cased.
  const std::string_view base = proper ? form : w;
  out->append(base.data(), cut.keep);
  if (proper && IsAllCaps(form)) {
    for (char c : cut.add) out->push_back(AsciiUpper(c));
  } else {
    out->append(cut.add);
  }
}

std::string RuleLemma(std::string_view form, std::string_view xpos) {
  std::string out;
  AppendRuleLemma(form, xpos, &out);
  return out;
}

bool HasSpace(std::string_view s) { return s.find_first_of(" \t\r\n") != std::string_view::npos; }

// One entry as written to and read from the model file, and as built.
struct RawEntry {
  uint8_t kind = kException;
  std::string form;  // the folded form for exceptions and folded entries, the form for exact ones
  std::string xpos;
  std::string lemma;
};

uint8_t RankOf(const RawEntry& e) {
  switch (e.kind) {
    case kException:
      return e.xpos == kAnyTag ? kRankExceptionAny : kRankException;
    case kExact:
      return kRankExact;
    default:
      return kRankFolded;
  }
}

// Checks one entry; returns "" or what is wrong with it.
std::string CheckEntry(const RawEntry& e) {
  if (e.kind >= kNumKinds) return "unknown entry kind " + std::to_string(e.kind);
  if (e.form.empty() || e.form.size() > kMaxFormBytes) {
    return "entry form is empty or longer than " + std::to_string(kMaxFormBytes) + " bytes";
  }
  if (!base::IsValidUtf8(e.form) || !base::IsValidUtf8(e.xpos) || !base::IsValidUtf8(e.lemma)) {
    return "entry is not valid UTF-8";
  }
  if (e.xpos.empty() || e.xpos.size() > kMaxXposBytes || HasSpace(e.xpos)) {
    return "entry for \"" + e.form + "\" has a bad tag";
  }
  if (e.xpos == kAnyTag && e.kind != kException) {
    return "entry for \"" + e.form + "\" has tag \"*\" outside the exception list";
  }
  if (e.lemma.empty() || e.lemma.size() > kMaxLemmaBytes) {
    return "entry for \"" + e.form + "\" has an empty or overlong lemma";
  }
  if (e.kind != kExact && Fold(e.form) != e.form) {
    return "entry for \"" + e.form + "\" should be in lower case";
  }
  return "";
}

}  // namespace

// ---------------------------------------------------------------------------------------------

struct Lemmatizer::Impl {
  // One entry, its strings in `pool`. Entries filed under one folded form are contiguous, in rank
  // order (exception for the tag, exception for any tag, exact form, folded form).
  struct Entry {
    uint32_t form_off;  // exact entries only: the form as written (others match any spelling)
    uint32_t xpos_off;
    uint32_t lemma_off;
    uint16_t form_len;
    uint16_t lemma_len;
    uint8_t xpos_len;
    uint8_t kind;
    uint8_t rank;
  };
  // A folded form and its entries [begin, end).
  struct Group {
    uint32_t key_off;
    uint32_t key_len;
    uint32_t begin;
    uint32_t end;
  };

  std::string pool;
  std::vector<Entry> entries;
  std::vector<Group> groups;
  std::vector<uint32_t> slots;  // open addressing: group index + 1, 0 = empty; size a power of 2
  uint64_t mask = 0;
  size_t lexicon_entries = 0;

  std::string_view Str(uint32_t off, size_t len) const {
    return std::string_view(pool).substr(off, len);
  }

  const Group* FindGroup(std::string_view key) const {
    if (slots.empty()) return nullptr;
    for (uint64_t i = HashKey(key) & mask;; i = (i + 1) & mask) {
      const uint32_t s = slots[i];
      if (s == 0) return nullptr;
      const Group& g = groups[s - 1];
      if (g.key_len == key.size() &&
          std::memcmp(pool.data() + g.key_off, key.data(), key.size()) == 0) {
        return &g;
      }
    }
  }

  // The entries as RawEntry, in the canonical (written) order.
  std::vector<RawEntry> Raw() const {
    std::vector<RawEntry> out;
    out.reserve(entries.size());
    for (const Group& g : groups) {
      for (uint32_t i = g.begin; i < g.end; ++i) {
        const Entry& e = entries[i];
        RawEntry r;
        r.kind = e.kind;
        r.form =
            std::string(e.kind == kExact ? Str(e.form_off, e.form_len) : Str(g.key_off, g.key_len));
        r.xpos = std::string(Str(e.xpos_off, e.xpos_len));
        r.lemma = std::string(Str(e.lemma_off, e.lemma_len));
        out.push_back(std::move(r));
      }
    }
    return out;
  }

  // Builds the tables from checked entries; returns "" or the first duplicate.
  static std::string Compile(std::vector<RawEntry> raw, Impl* impl) {
    struct Keyed {
      std::string key;
      uint8_t rank;
      const RawEntry* e;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(raw.size());
    for (const RawEntry& e : raw) keyed.push_back({Fold(e.form), RankOf(e), &e});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
      return std::tie(a.key, a.rank, a.e->xpos, a.e->form) <
             std::tie(b.key, b.rank, b.e->xpos, b.e->form);
    });
    for (size_t i = 1; i < keyed.size(); ++i) {
      const RawEntry& a = *keyed[i - 1].e;
      const RawEntry& b = *keyed[i].e;
      if (a.kind == b.kind && a.form == b.form && a.xpos == b.xpos) {
        return "duplicate entry for \"" + b.form + "\" tagged " + b.xpos;
      }
    }
    impl->entries.reserve(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i) {
      const Keyed& k = keyed[i];
      if (i == 0 || k.key != keyed[i - 1].key) {
        impl->groups.push_back({static_cast<uint32_t>(impl->pool.size()),
                                static_cast<uint32_t>(k.key.size()),
                                static_cast<uint32_t>(impl->entries.size()), 0});
        impl->pool += k.key;
      }
      Entry e{};
      e.kind = k.e->kind;
      e.rank = k.rank;
      if (e.kind == kExact) {
        e.form_off = static_cast<uint32_t>(impl->pool.size());
        e.form_len = static_cast<uint16_t>(k.e->form.size());
        impl->pool += k.e->form;
      }
      e.xpos_off = static_cast<uint32_t>(impl->pool.size());
      e.xpos_len = static_cast<uint8_t>(k.e->xpos.size());
      impl->pool += k.e->xpos;
      e.lemma_off = static_cast<uint32_t>(impl->pool.size());
      e.lemma_len = static_cast<uint16_t>(k.e->lemma.size());
      impl->pool += k.e->lemma;
      impl->entries.push_back(e);
      impl->groups.back().end = static_cast<uint32_t>(impl->entries.size());
      if (e.kind != kException) ++impl->lexicon_entries;
    }
    // Load factor at most 1/2, so probes stay short.
    size_t size = 16;
    while (size < impl->groups.size() * 2) size *= 2;
    impl->slots.assign(size, 0);
    impl->mask = size - 1;
    for (size_t g = 0; g < impl->groups.size(); ++g) {
      const Group& group = impl->groups[g];
      uint64_t i = HashKey(impl->Str(group.key_off, group.key_len)) & impl->mask;
      while (impl->slots[i] != 0) i = (i + 1) & impl->mask;
      impl->slots[i] = static_cast<uint32_t>(g + 1);
    }
    return "";
  }
};

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lemmatizer::~Lemmatizer() = default;

size_t Lemmatizer::lexicon_size() const { return impl_->lexicon_entries; }

void Lemmatizer::Lemmatize(std::string_view form, std::string_view xpos, std::string* out) const {
  if (form.size() <= kMaxFormBytes) {
    char key_buf[kMaxFormBytes];
    const std::string_view key(key_buf, FoldInto(form, key_buf));
    if (const Impl::Group* g = impl_->FindGroup(key)) {
      for (uint32_t i = g->begin; i < g->end; ++i) {
        const Impl::Entry& e = impl_->entries[i];
        const std::string_view tag = impl_->Str(e.xpos_off, e.xpos_len);
        if (e.rank != kRankExceptionAny && tag != xpos) continue;
        if (e.kind == kExact && impl_->Str(e.form_off, e.form_len) != form) continue;
        out->append(impl_->pool, e.lemma_off, e.lemma_len);
        return;
      }
    }
  }
  AppendRuleLemma(form, xpos, out);
}

void Lemmatizer::Write(ModelWriter* w) const {
  w->Tag("LEMM");
  w->U32(kSectionVersion);
  const std::vector<RawEntry> raw = impl_->Raw();
  w->U32(static_cast<uint32_t>(raw.size()));
  for (const RawEntry& e : raw) {
    w->U8(e.kind);
    w->Str(e.form);
    w->Str(e.xpos);
    w->Str(e.lemma);
  }
}

StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Read(ModelReader* r) {
  if (!r->Tag("LEMM")) return r->status();
  const uint32_t version = r->U32();
  if (!r->ok()) return r->status();
  if (version != kSectionVersion) {
    r->Fail("lemmatizer section version " + std::to_string(version) +
            " is not supported (this build reads version " + std::to_string(kSectionVersion) +
            "); a newer entente wrote this model");
    return r->status();
  }
  const uint32_t n = r->U32();
  if (!r->ok()) return r->status();
  if (n > kMaxEntries) {
    r->Fail("lemmatizer claims " + std::to_string(n) + " entries (at most " +
            std::to_string(kMaxEntries) + ")");
    return r->status();
  }
  // No reserve(n): a corrupt count must not allocate; each entry read needs its bytes to be there.
  std::vector<RawEntry> raw;
  for (uint32_t i = 0; i < n && r->ok(); ++i) {
    RawEntry e;
    e.kind = r->U8();
    e.form = r->Str();
    e.xpos = r->Str();
    e.lemma = r->Str();
    if (!r->ok()) break;
    if (std::string why = CheckEntry(e); !why.empty()) {
      r->Fail("lemmatizer entry " + std::to_string(i) + ": " + why);
      break;
    }
    raw.push_back(std::move(e));
  }
  if (!r->ok()) return r->status();
  auto impl = std::make_unique<Impl>();
  if (std::string why = Impl::Compile(std::move(raw), impl.get()); !why.empty()) {
    r->Fail("lemmatizer: " + why);
    return r->status();
  }
  return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::move(impl)));
}

// ---------------------------------------------------------------------------------------------
// Training.

namespace {
// Joins form and tag in the builder's keys: the ASCII unit separator, a control character no word
// holds (Add drops the rare form that does).
constexpr char kKeySeparator = '\x1F';
}  // namespace

struct Lemmatizer::Builder::Impl {
  // (form, xpos) -> lemma counts, keyed form + kKeySeparator + xpos.
  std::unordered_map<std::string, std::vector<std::pair<std::string, uint32_t>>> counts;
  std::string scratch;
  // Exceptions: (folded form, xpos) -> lemma and where it was read (for duplicate messages).
  std::map<std::pair<std::string, std::string>, std::string> exceptions;
  std::map<std::pair<std::string, std::string>, std::string> exception_origin;

  // The exception's lemma for a folded form, as Lemmatize would find it, or nullptr.
  const std::string* Exception(const std::string& key, const std::string& xpos) const {
    auto it = exceptions.find({key, xpos});
    if (it == exceptions.end()) it = exceptions.find({key, std::string(kAnyTag)});
    return it == exceptions.end() ? nullptr : &it->second;
  }
};

namespace {

using LemmaCounts = std::vector<std::pair<std::string, uint32_t>>;

// The most frequent lemma; ties go to the lexicographically smallest, so Build is deterministic.
const std::pair<std::string, uint32_t>& Best(const LemmaCounts& c) {
  const std::pair<std::string, uint32_t>* best = &c.front();
  for (const auto& p : c) {
    if (p.second > best->second || (p.second == best->second && p.first < best->first)) best = &p;
  }
  return *best;
}

uint32_t CountOf(const LemmaCounts& c, std::string_view lemma) {
  for (const auto& p : c) {
    if (p.first == lemma) return p.second;
  }
  return 0;
}

bool Trustworthy(const LemmaCounts& c) { return c.size() == 1 || Best(c).second >= kMinCount; }

}  // namespace

Lemmatizer::Builder::Builder() : impl_(std::make_unique<Impl>()) {}
Lemmatizer::Builder::~Builder() = default;

void Lemmatizer::Builder::Add(std::string_view form, std::string_view xpos,
                              std::string_view lemma) {
  // "_" is CoNLL-U for "not annotated" (except for the word "_" itself).
  if (form.empty() || xpos.empty() || lemma.empty() || (lemma == "_" && form != "_")) return;
  if (form.size() > kMaxFormBytes || xpos.size() > kMaxXposBytes || HasSpace(xpos) ||
      lemma.size() > kMaxLemmaBytes || xpos == kAnyTag || !base::IsValidUtf8(form) ||
      !base::IsValidUtf8(lemma) || form.find(kKeySeparator) != std::string_view::npos) {
    return;  // never looked up (long forms go to the rules), or not storable in a model
  }
  std::string& key = impl_->scratch;
  key.assign(form);
  key.push_back(kKeySeparator);
  key.append(xpos);
  LemmaCounts& c = impl_->counts[key];
  for (auto& p : c) {
    if (p.first == lemma) {
      ++p.second;
      return;
    }
  }
  c.emplace_back(std::string(lemma), 1);
}

Status Lemmatizer::Builder::LoadExceptions(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the lemma exception list");
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    auto where = [&] { return path + ":" + std::to_string(lineno) + ": "; };
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!base::IsValidUtf8(line)) return DataLossError(where() + "not valid UTF-8");
    if (lineno == 1) {
      constexpr std::string_view kHeader = "#! entente-wordlist lemma_exceptions ";
      if (line.compare(0, kHeader.size(), kHeader) != 0) {
        return DataLossError(where() +
                             "expected the header \"#! entente-wordlist lemma_exceptions 1\"");
      }
      const std::string version = line.substr(kHeader.size());
      if (version != "1") {
        return DataLossError(
            where() + "version \"" + version +
            "\" of the lemma exception list is not supported (this build reads 1)");
      }
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    std::string_view rest(line);
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos;) {
      fields.push_back(rest.substr(0, tab));
      rest.remove_prefix(tab + 1);
    }
    fields.push_back(rest);
    if (fields.size() != 3) {
      return DataLossError(where() + "expected form<TAB>xpos<TAB>lemma, found " +
                           std::to_string(fields.size()) + " tab-separated field" +
                           (fields.size() == 1 ? "" : "s"));
    }
    for (std::string_view f : fields) {
      if (f.empty()) return DataLossError(where() + "empty field");
      if (f.find(' ') != std::string_view::npos) {
        return DataLossError(where() + "space in \"" + std::string(f) +
                             "\" (fields are separated by single tabs and hold no spaces)");
      }
    }
    if (fields[0].size() > kMaxFormBytes) {
      return DataLossError(where() + "form longer than " + std::to_string(kMaxFormBytes) +
                           " bytes");
    }
    if (fields[1].size() > kMaxXposBytes) {
      return DataLossError(where() + "\"" + std::string(fields[1]) + "\" is not a Penn tag");
    }
    if (fields[2].size() > kMaxLemmaBytes) return DataLossError(where() + "lemma too long");
    std::pair<std::string, std::string> key(Fold(fields[0]), std::string(fields[1]));
    auto [it, inserted] = impl_->exception_origin.emplace(key, where());
    if (!inserted) {
      return DataLossError(where() + "\"" + key.first + "\" tagged " + key.second +
                           " is listed twice (first at " +
                           it->second.substr(0, it->second.size() - 2) + ")");
    }
    impl_->exceptions.emplace(std::move(key), std::string(fields[2]));
  }
  if (lineno == 0) return DataLossError(path + ": empty lemma exception list");
  return Status::Ok();
}

std::unique_ptr<Lemmatizer> Lemmatizer::Builder::Build() const {
  std::vector<RawEntry> raw;
  for (const auto& [key, lemma] : impl_->exceptions) {
    raw.push_back({kException, key.first, key.second, lemma});
  }

  // The training pairs in a fixed order, grouped by folded form and tag: unordered_map's order is
  // not deterministic, and the folded entries are decided over all spellings of a word.
  struct Pair {
    std::string form, xpos;
    const LemmaCounts* counts;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Pair>> by_folded;
  for (const auto& [key, counts] : impl_->counts) {
    const size_t sep = key.find(kKeySeparator);
    Pair p{key.substr(0, sep), key.substr(sep + 1), &counts};
    std::string folded = Fold(p.form);
    by_folded[{std::move(folded), p.xpos}].push_back(std::move(p));
  }

  for (auto& [folded_key, pairs] : by_folded) {
    const auto& [folded, xpos] = folded_key;
    // Lemmatize consults the exceptions first; a lexicon entry under them would never be used.
    if (impl_->Exception(folded, xpos) != nullptr) continue;
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.form < b.form; });

    // A folded entry covers every spelling (The/the/THE). Keep it only when, summed over the
    // spellings seen, it gets more words right than the rules do.
    LemmaCounts all;
    for (const Pair& p : pairs) {
      for (const auto& [lemma, n] : *p.counts) {
        bool found = false;
        for (auto& q : all) {
          if (q.first == lemma) {
            q.second += n;
            found = true;
          }
        }
        if (!found) all.emplace_back(lemma, n);
      }
    }
    const std::string* folded_lemma = nullptr;
    const auto& best_all = Best(all);
    if (Trustworthy(all)) {
      uint64_t with = 0, without = 0;
      for (const Pair& p : pairs) {
        with += CountOf(*p.counts, best_all.first);
        without += CountOf(*p.counts, RuleLemma(p.form, p.xpos));
      }
      if (with > without) {
        raw.push_back({kFolded, folded, xpos, best_all.first});
        folded_lemma = &best_all.first;
      }
    }

    // An exact entry where a spelling's own lemma differs from what it would get without one.
    for (const Pair& p : pairs) {
      if (!Trustworthy(*p.counts)) continue;
      const std::string& best = Best(*p.counts).first;
      const std::string fallback =
          folded_lemma != nullptr ? *folded_lemma : RuleLemma(p.form, p.xpos);
      if (best != fallback) raw.push_back({kExact, p.form, p.xpos, best});
    }
  }

  auto impl = std::make_unique<Lemmatizer::Impl>();
  // The builder's entries are unique by construction (one per key and kind) and checked on input.
  const std::string why = Lemmatizer::Impl::Compile(std::move(raw), impl.get());
  (void)why;
  return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::move(impl)));
}

}  // namespace entente::syntax
