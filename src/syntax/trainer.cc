#include "syntax/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <set>

#include "base/sha256.h"
#include "syntax/feature_hash.h"
#include "syntax/labeller.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/syntax_model.h"
#include "syntax/syntax_scratch.h"
#include "syntax/tagger.h"
#include "syntax/token_info.h"
#include "syntax/word_clusters.h"
#include "treebank/conllu.h"

namespace entente::syntax {

namespace {

constexpr int kJackknifeFolds = 5;           // the parser learns from tags as good as at run time
constexpr double kExploreProbability = 0.9;  // Goldberg & Nivre 2013: follow the model's errors
constexpr int kExploreFromEpoch = 2;         // ... once the model is past its first pass
constexpr int kLabellerEpochs = 8;

// A treebank sentence reduced to what training uses.
struct Sent {
  std::vector<std::string> forms, lemmas, upos_s, xpos_s, deprel_s;
  std::vector<std::string_view> views;
  std::vector<TokenInfo> infos;
  std::vector<uint8_t> upos, xpos, deprel;
  std::vector<uint16_t> cls;        // gold tagger class
  std::vector<uint16_t> predicted;  // predicted tagger class (jack-knifed on train)
  std::vector<int> heads;           // -1 root
};

struct Corpus {
  std::vector<Sent> sents;
  uint64_t words = 0, skipped = 0;
};

using Log = std::function<void(const std::string&)>;

std::string Fixed(double v, int digits = 2) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

Status ReadCorpus(const std::vector<std::string>& files, Corpus* out, const Log& log) {
  for (const std::string& path : files) {
    auto reader = treebank::ConlluReader::Open(path, [&log](const std::string& m) { log(m); });
    if (!reader.ok()) return reader.status();
    treebank::ConlluSentence cs;
    while ((*reader)->Next(&cs)) {
      Sent s;
      bool ok = true;
      for (const treebank::ConlluWord& w : cs.words) {
        if (w.kind != treebank::ConlluWord::Kind::kWord) continue;
        s.forms.push_back(w.form);
        s.lemmas.push_back(w.lemma);
        s.upos_s.push_back(w.upos);
        s.xpos_s.push_back(w.xpos);
        s.deprel_s.push_back(w.deprel);
        s.heads.push_back(w.head - 1);
        if (w.head < 0) ok = false;
      }
      if (!ok || s.forms.empty()) {
        ++out->skipped;
        continue;
      }
      out->words += s.forms.size();
      out->sents.push_back(std::move(s));
    }
    ENTENTE_RETURN_IF_ERROR((*reader)->status());
    out->skipped += (*reader)->skipped();
  }
  return Status::Ok();
}

uint8_t IdOf(const std::vector<std::string>& names, const std::string& s) {
  auto it = std::lower_bound(names.begin(), names.end(), s);
  return (it != names.end() && *it == s) ? static_cast<uint8_t>(it - names.begin()) : 0;
}

// Fills ids, token infos and gold classes. Tags unknown to the tag lists map to the first name.
void Prepare(Corpus* c, const SyntaxTags& tags, const std::vector<TagClass>& classes,
             const WordClusters& clusters) {
  for (Sent& s : c->sents) {
    const size_t n = s.forms.size();
    s.views.assign(s.forms.begin(), s.forms.end());
    s.infos.resize(n);
    s.upos.resize(n);
    s.xpos.resize(n);
    s.deprel.resize(n);
    s.cls.resize(n);
    for (size_t i = 0; i < n; ++i) {
      ComputeTokenInfo(s.forms[i], &s.infos[i]);
      const WordClusters::Ids ids = clusters.Find(s.infos[i].lower);
      s.infos[i].coarse = ids.coarse;
      s.infos[i].fine = ids.fine;
      s.upos[i] = IdOf(tags.upos, s.upos_s[i]);
      s.xpos[i] = IdOf(tags.xpos, s.xpos_s[i]);
      s.deprel[i] = IdOf(tags.deprel, s.deprel_s[i]);
      const TagClass want{s.upos[i], s.xpos[i]};
      auto it = std::find_if(classes.begin(), classes.end(), [&](const TagClass& k) {
        return k.upos == want.upos && k.xpos == want.xpos;
      });
      s.cls[i] = static_cast<uint16_t>(it == classes.end() ? 0 : it - classes.begin());
    }
    s.predicted = s.cls;
  }
}

// Fisher-Yates with our own draw, so that the order depends only on the seed (not on the
// standard library's shuffle).
void Shuffle(std::vector<size_t>* order, std::mt19937_64* rng) {
  for (size_t i = order->size(); i > 1; --i) {
    const size_t j = (*rng)() % i;
    std::swap((*order)[i - 1], (*order)[j]);
  }
}

TagDictionary BuildDictionary(const std::vector<const Sent*>& sents) {
  std::map<uint64_t, std::map<uint16_t, uint32_t>> counts;
  for (const Sent* s : sents) {
    for (size_t i = 0; i < s->forms.size(); ++i) ++counts[s->infos[i].lower][s->cls[i]];
  }
  return TagDictionary::Build(counts);
}

// ---------------------------------------------------------------------------------------------
// Tagger

// One tag dictionary per fold of `sents`, each built from the other folds' sentences; training
// sentence k is tagged with dicts[k % kJackknifeFolds]. A word's ambiguity class then tells the
// tagger in training what it tells it at run time: a word seen once has no class, like a word
// never seen. With the dictionary of all the sentences, a rare word's class would always name its
// gold tag in training, so the tagger would learn to trust the classes of rare words and never
// learn to tag a word without one (+1.0 UPOS on EWT dev, +0.9 on GUM dev).
std::vector<TagDictionary> FoldDictionaries(const std::vector<const Sent*>& sents) {
  std::vector<TagDictionary> dicts;
  for (int fold = 0; fold < kJackknifeFolds; ++fold) {
    std::vector<const Sent*> in;
    for (size_t k = 0; k < sents.size(); ++k) {
      if (static_cast<int>(k % kJackknifeFolds) != fold) in.push_back(sents[k]);
    }
    dicts.push_back(BuildDictionary(in));
  }
  return dicts;
}

void TrainTaggerEpoch(const std::vector<const Sent*>& sents,
                      const std::vector<TagDictionary>& dicts, TrainingWeights* weights,
                      std::mt19937_64* rng) {
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Shuffle(&order, rng);
  std::vector<uint64_t> features;
  std::vector<float> scores(weights->classes());
  for (size_t k : order) {
    const Sent& s = *sents[k];
    const TagDictionary& dict = dicts[k % dicts.size()];
    uint16_t prev1 = TagDictionary::kNone, prev2 = TagDictionary::kNone;
    for (size_t i = 0; i < s.forms.size(); ++i) {
      features.clear();
      TaggerFeatures(s.infos, i, prev1, prev2, dict, &features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights->Score(features, scores.data());
      const uint16_t guess =
          static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      weights->Update(features, s.cls[i], guess);
      weights->Tick();
      prev2 = prev1;
      prev1 = guess;  // the history the tagger will have at run time
    }
  }
}

void TagAll(const Tagger& tagger, std::vector<Sent*> sents) {
  std::vector<uint64_t> features;
  std::vector<int32_t> scores;
  for (Sent* s : sents) {
    s->predicted.resize(s->forms.size());
    tagger.Tag(s->infos, &features, &scores, s->predicted.data());
  }
}

double TagAccuracy(const Tagger& tagger, std::vector<Sent>* sents) {
  std::vector<Sent*> ptrs;
  for (Sent& s : *sents) ptrs.push_back(&s);
  TagAll(tagger, ptrs);
  uint64_t right = 0, total = 0;
  for (const Sent& s : *sents) {
    for (size_t i = 0; i < s.cls.size(); ++i) {
      right += tagger.classes()[s.predicted[i]].upos == s.upos[i];
      ++total;
    }
  }
  return total ? 100.0 * right / total : 0;
}

// " (95.46 / 96.77)": UPOS of the tags in Sent::predicted, per dev file, when there are several.
std::string DevReport(const Tagger& tagger, const std::vector<size_t>& parts,
                      const std::vector<Sent>& sents) {
  if (parts.size() < 2) return {};
  std::string out;
  size_t k = 0;
  for (size_t part : parts) {
    uint64_t right = 0, total = 0;
    for (size_t end = k + part; k < end; ++k) {
      const Sent& s = sents[k];
      for (size_t i = 0; i < s.cls.size(); ++i) {
        right += tagger.classes()[s.predicted[i]].upos == s.upos[i];
        ++total;
      }
    }
    out += (out.empty() ? " (" : " / ") + Fixed(total ? 100.0 * right / total : 0);
  }
  return out + ")";
}

// ---------------------------------------------------------------------------------------------
// Parser

void ParserWords(const Sent& s, const std::vector<TagClass>& classes, bool gold,
                 std::vector<ParserWord>* out) {
  out->resize(s.forms.size());
  for (size_t i = 0; i < s.forms.size(); ++i) {
    const TagClass c = classes[gold ? s.cls[i] : s.predicted[i]];
    (*out)[i] = {&s.infos[i], c.xpos + 1u, c.upos + 1u};
  }
}

void TrainParserEpoch(const std::vector<Sent>& sents, const std::vector<TagClass>& classes,
                      int epoch, TrainingWeights* weights, std::mt19937_64* rng) {
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Shuffle(&order, rng);
  std::vector<uint64_t> features;
  std::vector<ParserWord> words;
  std::vector<int> gold;
  ParseState st;
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  for (size_t k : order) {
    const Sent& s = sents[k];
    const int n = static_cast<int>(s.forms.size());
    ParserWords(s, classes, false, &words);
    gold.resize(n);
    for (int i = 0; i < n; ++i) gold[i] = s.heads[i] < 0 ? n : s.heads[i];
    st.Init(n);
    while (!st.Terminal()) {
      features.clear();
      ParserFeatures(st, words, &features);
      float scores[kTransitions] = {0, 0, 0};
      weights->Score(features, scores);
      int costs[kTransitions];
      int min_cost = 1 << 20;
      for (int t = 0; t < kTransitions; ++t) {
        costs[t] = TransitionCost(st, static_cast<Transition>(t), gold);
        min_cost = std::min(min_cost, costs[t]);
      }
      const Transition guess = BestValid(st, scores);
      Transition best = kTransitions;
      for (int t = 0; t < kTransitions; ++t) {
        if (costs[t] != min_cost) continue;
        if (best == kTransitions || scores[t] > scores[best]) best = static_cast<Transition>(t);
      }
      if (costs[guess] != min_cost) weights->Update(features, best, guess);
      weights->Tick();
      const bool explore = epoch >= kExploreFromEpoch && coin(*rng) < kExploreProbability;
      st.Apply(explore ? guess : best);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Labeller

void TrainLabellerEpoch(const std::vector<Sent>& sents, const std::vector<TagClass>& classes,
                        uint8_t root, TrainingWeights* weights, std::mt19937_64* rng) {
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Shuffle(&order, rng);
  std::vector<uint64_t> features;
  std::vector<ParserWord> words;
  std::vector<int16_t> heads;
  TreeIndex tree;
  std::vector<float> scores(weights->classes());
  for (size_t k : order) {
    const Sent& s = sents[k];
    const int n = static_cast<int>(s.forms.size());
    ParserWords(s, classes, false, &words);
    heads.resize(n);
    for (int i = 0; i < n; ++i) heads[i] = static_cast<int16_t>(s.heads[i]);
    tree.Build(heads.data(), n);
    for (int d = 0; d < n; ++d) {
      if (heads[d] < 0) continue;
      features.clear();
      LabellerFeatures(words, heads.data(), tree, s.deprel.data(), d, &features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights->Score(features, scores.data());
      uint32_t guess = root == 0 ? 1 : 0;
      for (uint32_t c = 0; c < scores.size(); ++c) {
        if (c != root && scores[c] > scores[guess]) guess = c;
      }
      weights->Update(features, s.deprel[d], guess);
      weights->Tick();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Scores

struct Scores {
  uint64_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  double Pct(uint64_t x) const { return words ? 100.0 * x / words : 0; }
  std::string ToString() const {
    return "UPOS " + Fixed(Pct(upos)) + " XPOS " + Fixed(Pct(xpos)) + " lemma " +
           Fixed(Pct(lemma)) + " UAS " + Fixed(Pct(uas)) + " LAS " + Fixed(Pct(las));
  }
};

// Labelled attachment compares the universal relation (before ':'), as the CoNLL 2018 scorer.
std::string_view Universal(std::string_view r) { return r.substr(0, r.find(':')); }

Scores Evaluate(const SyntaxModel& model, const std::vector<Sent>& sents) {
  Scores sc;
  SyntaxScratch scratch;
  std::vector<Word> words;
  std::string lemmas;
  for (const Sent& s : sents) {
    words.assign(s.forms.size(), Word());
    lemmas.clear();
    model.AnalyzeSentence(s.views, &scratch, words.data(), &lemmas);
    for (size_t i = 0; i < s.forms.size(); ++i) {
      const Word& w = words[i];
      ++sc.words;
      sc.upos += model.tags().upos[w.upos] == s.upos_s[i];
      sc.xpos += model.tags().xpos[w.xpos] == s.xpos_s[i];
      sc.lemma += std::string_view(lemmas).substr(w.lemma_begin, w.lemma_end - w.lemma_begin) ==
                  s.lemmas[i];
      if (w.head == s.heads[i]) {
        ++sc.uas;
        sc.las += Universal(model.tags().deprel[w.deprel]) == Universal(s.deprel_s[i]);
      }
    }
  }
  return sc;
}

Scores EvaluateTree(const Parser& parser, const Labeller* labeller, const SyntaxTags& tags,
                    const std::vector<TagClass>& classes, const std::vector<Sent>& sents) {
  Scores sc;
  std::vector<uint64_t> features;
  std::vector<int32_t> scores;
  std::vector<ParserWord> words;
  std::vector<int16_t> heads;
  std::vector<uint8_t> labels;
  ParseState st;
  TreeIndex tree;
  for (const Sent& s : sents) {
    ParserWords(s, classes, false, &words);
    heads.resize(s.forms.size());
    labels.resize(s.forms.size());
    parser.Parse(words, &st, &features, heads.data());
    if (labeller) labeller->Label(words, heads.data(), &tree, &features, &scores, labels.data());
    for (size_t i = 0; i < s.forms.size(); ++i) {
      ++sc.words;
      if (heads[i] == s.heads[i]) {
        ++sc.uas;
        if (labeller) sc.las += Universal(tags.deprel[labels[i]]) == Universal(s.deprel_s[i]);
      }
    }
  }
  return sc;
}

}  // namespace

Status Train(const TrainOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const Log log = options.log ? options.log : [](const std::string&) {};
  if (options.train_files.empty()) return InvalidArgumentError("train: no training files given");
  if (options.output.empty()) return InvalidArgumentError("train: no output file given");

  Corpus train, dev;
  ENTENTE_RETURN_IF_ERROR(ReadCorpus(options.train_files, &train, log));
  std::vector<size_t> dev_parts;  // sentences per dev file
  for (const std::string& f : options.dev_files) {
    const size_t before = dev.sents.size();
    ENTENTE_RETURN_IF_ERROR(ReadCorpus({f}, &dev, log));
    dev_parts.push_back(dev.sents.size() - before);
  }
  log("read " + std::to_string(train.sents.size()) + " training sentences (" +
      std::to_string(train.words) + " words, " + std::to_string(train.skipped) + " skipped), " +
      std::to_string(dev.sents.size()) + " dev sentences");
  if (train.sents.empty()) return DataLossError("train: the training files hold no sentences");

  // Tag sets and joint tagger classes, sorted: the ids do not depend on file order.
  SyntaxTags tags;
  std::set<std::string> upos, xpos, deprel;
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Sent& s : train.sents) {
    for (size_t i = 0; i < s.forms.size(); ++i) {
      upos.insert(s.upos_s[i]);
      xpos.insert(s.xpos_s[i]);
      deprel.insert(s.deprel_s[i]);
      pairs.emplace(s.upos_s[i], s.xpos_s[i]);
    }
  }
  tags.upos.assign(upos.begin(), upos.end());
  tags.xpos.assign(xpos.begin(), xpos.end());
  tags.deprel.assign(deprel.begin(), deprel.end());
  if (tags.upos.size() > 255 || tags.xpos.size() > 255 || tags.deprel.size() > 255) {
    return DataLossError("train: more than 255 distinct tags or relations");
  }
  if (!deprel.count("root")) return DataLossError("train: no 'root' relation in the training data");
  const uint8_t root = IdOf(tags.deprel, "root");
  std::vector<TagClass> classes;
  for (const auto& [u, x] : pairs) classes.push_back({IdOf(tags.upos, u), IdOf(tags.xpos, x)});
  auto clusters = std::make_unique<WordClusters>();
  if (!options.clusters_file.empty()) {
    auto read = WordClusters::ReadTsv(options.clusters_file);
    if (!read.ok()) return read.status();
    *clusters = std::move(*read);
    log("word clusters: " + std::to_string(clusters->words()) + " words from " +
        options.clusters_file);
  }
  Prepare(&train, tags, classes, *clusters);
  Prepare(&dev, tags, classes, *clusters);
  log("tags: " + std::to_string(tags.upos.size()) + " UPOS, " + std::to_string(tags.xpos.size()) +
      " XPOS, " + std::to_string(classes.size()) + " tagger classes, " +
      std::to_string(tags.deprel.size()) + " relations");

  std::mt19937_64 rng(options.seed);

  // Lemmatizer.
  Lemmatizer::Builder lemma_builder;
  for (const Sent& s : train.sents) {
    for (size_t i = 0; i < s.forms.size(); ++i) {
      lemma_builder.Add(s.forms[i], s.xpos_s[i], s.lemmas[i]);
    }
  }
  if (!options.exceptions_file.empty()) {
    ENTENTE_RETURN_IF_ERROR(lemma_builder.LoadExceptions(options.exceptions_file));
  }
  std::unique_ptr<Lemmatizer> lemmatizer = lemma_builder.Build();

  // Jack-knifed tags for the training sentences.
  const int tagger_epochs = std::max(1, options.tagger_epochs);
  for (int fold = 0; fold < kJackknifeFolds; ++fold) {
    std::vector<const Sent*> in;
    std::vector<Sent*> out;
    for (size_t i = 0; i < train.sents.size(); ++i) {
      if (static_cast<int>(i % kJackknifeFolds) == fold) {
        out.push_back(&train.sents[i]);
      } else {
        in.push_back(&train.sents[i]);
      }
    }
    const std::vector<TagDictionary> dicts = FoldDictionaries(in);
    TrainingWeights w(static_cast<uint32_t>(classes.size()));
    for (int e = 0; e < tagger_epochs; ++e) TrainTaggerEpoch(in, dicts, &w, &rng);
    Tagger fold_tagger(classes, BuildDictionary(in), w.Freeze());
    TagAll(fold_tagger, out);
  }
  {
    uint64_t right = 0;
    for (const Sent& s : train.sents) {
      for (size_t i = 0; i < s.cls.size(); ++i) right += s.predicted[i] == s.cls[i];
    }
    log("jack-knifed training tags: " + Fixed(100.0 * right / train.words) +
        "% right (" + std::to_string(kJackknifeFolds) + " folds), " + Fixed(Seconds(start), 0) + " s");
  }

  // The tagger, best epoch on dev.
  std::vector<const Sent*> all;
  for (const Sent& s : train.sents) all.push_back(&s);
  const TagDictionary dict = BuildDictionary(all);
  const std::vector<TagDictionary> dicts = FoldDictionaries(all);
  std::unique_ptr<Tagger> tagger;
  {
    TrainingWeights w(static_cast<uint32_t>(classes.size()));
    double best = -1;
    for (int e = 1; e <= tagger_epochs; ++e) {
      TrainTaggerEpoch(all, dicts, &w, &rng);
      auto candidate = std::make_unique<Tagger>(classes, dict, w.Freeze());
      const double acc = dev.sents.empty() ? e : TagAccuracy(*candidate, &dev.sents);
      log("tagger epoch " + std::to_string(e) + ": dev UPOS " + Fixed(acc) +
          DevReport(*candidate, dev_parts, dev.sents) + ", " +
          std::to_string(candidate->weights().features()) + " features, " +
          Fixed(Seconds(start), 0) + " s");
      if (acc > best) {
        best = acc;
        tagger = std::move(candidate);
      }
    }
  }
  if (!dev.sents.empty()) TagAccuracy(*tagger, &dev.sents);  // dev tags as the parser will see

  // The parser, best epoch on dev (unlabelled attachment).
  std::unique_ptr<Parser> parser;
  {
    TrainingWeights w(kTransitions);
    double best = -1;
    for (int e = 1; e <= std::max(1, options.parser_epochs); ++e) {
      TrainParserEpoch(train.sents, classes, e, &w, &rng);
      auto candidate = std::make_unique<Parser>(w.Freeze());
      const Scores sc = EvaluateTree(*candidate, nullptr, tags, classes, dev.sents);
      const double uas = dev.sents.empty() ? e : sc.Pct(sc.uas);
      log("parser epoch " + std::to_string(e) + ": dev UAS " + Fixed(uas) + ", " +
          std::to_string(candidate->weights().features()) + " features, " +
          Fixed(Seconds(start), 0) + " s");
      if (uas > best) {
        best = uas;
        parser = std::move(candidate);
      }
    }
  }

  // The labeller, best epoch on dev (labelled attachment on the parser's trees).
  std::unique_ptr<Labeller> labeller;
  {
    TrainingWeights w(static_cast<uint32_t>(tags.deprel.size()));
    double best = -1;
    for (int e = 1; e <= kLabellerEpochs; ++e) {
      TrainLabellerEpoch(train.sents, classes, root, &w, &rng);
      auto candidate = std::make_unique<Labeller>(w.Freeze(), root);
      const Scores sc = EvaluateTree(*parser, candidate.get(), tags, classes, dev.sents);
      const double las = dev.sents.empty() ? e : sc.Pct(sc.las);
      log("labeller epoch " + std::to_string(e) + ": dev LAS " + Fixed(las) + ", " +
          std::to_string(candidate->weights().features()) + " features, " +
          Fixed(Seconds(start), 0) + " s");
      if (las > best) {
        best = las;
        labeller = std::move(candidate);
      }
    }
  }

  // The header: provenance, then scores.
  ModelHeader header;
  header.fields.emplace_back("producer", "entente train");
  header.fields.emplace_back("feature-set", "tagger-v2 arc-hybrid-v2 labeller-v2 (word clusters)");
  header.fields.emplace_back("seed", std::to_string(options.seed));
  header.fields.emplace_back("tagger-epochs", std::to_string(tagger_epochs));
  header.fields.emplace_back("parser-epochs", std::to_string(options.parser_epochs));
  auto add_files = [&header](const char* key, const std::vector<std::string>& files) -> Status {
    for (const std::string& f : files) {
      auto sha = base::Sha256File(f);
      if (!sha.ok()) return sha.status();
      const size_t slash = f.find_last_of('/');
      header.fields.emplace_back(key, f.substr(slash == std::string::npos ? 0 : slash + 1) +
                                          " sha256:" + *sha);
    }
    return Status::Ok();
  };
  ENTENTE_RETURN_IF_ERROR(add_files("train-file", options.train_files));
  ENTENTE_RETURN_IF_ERROR(add_files("dev-file", options.dev_files));
  if (!options.exceptions_file.empty()) {
    ENTENTE_RETURN_IF_ERROR(add_files("lemma-exceptions", {options.exceptions_file}));
  }
  if (!options.clusters_file.empty()) {
    ENTENTE_RETURN_IF_ERROR(add_files("word-clusters", {options.clusters_file}));
  }
  header.fields.emplace_back("tagger-features", std::to_string(tagger->weights().features()));
  header.fields.emplace_back("parser-features", std::to_string(parser->weights().features()));
  header.fields.emplace_back("labeller-features", std::to_string(labeller->weights().features()));

  SyntaxModel model(header, tags, std::move(tagger), std::move(lemmatizer), std::move(parser),
                    std::move(labeller), std::move(clusters));
  std::vector<std::pair<std::string, std::string>> scores;
  for (const std::string& f : options.test_files) {
    Corpus test;
    ENTENTE_RETURN_IF_ERROR(ReadCorpus({f}, &test, log));
    for (Sent& s : test.sents) s.views.assign(s.forms.begin(), s.forms.end());
    const Scores sc = Evaluate(model, test.sents);
    const size_t slash = f.find_last_of('/');
    const std::string name = f.substr(slash == std::string::npos ? 0 : slash + 1);
    log("test " + name + ": " + sc.ToString());
    auto sha = base::Sha256File(f);
    if (!sha.ok()) return sha.status();
    scores.emplace_back("test-file", name + " sha256:" + *sha);
    scores.emplace_back("test-score", name + " gold-tokens " + sc.ToString());
  }
  // Rebuild with the scores in the header (the model's parts are moved into the new object).
  header.fields.insert(header.fields.end(), scores.begin(), scores.end());
  const std::string tmp_path = options.output;
  ENTENTE_RETURN_IF_ERROR(model.SaveWithHeader(header, tmp_path));
  log("wrote " + options.output + " in " + Fixed(Seconds(start), 0) + " s");
  return Status::Ok();
}

}  // namespace entente::syntax
