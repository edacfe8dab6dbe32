#include "output/conllu_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"
#include "treebank/conllu.h"

namespace entente::output {
namespace {

SyntaxTags Tags() {
  SyntaxTags t;
  t.upos = {"NOUN", "VERB", "PUNCT", "PROPN"};
  t.xpos = {"NN", "VBD", ".", "NNP"};
  t.deprel = {"root", "nsubj", "punct", "obj"};
  return t;
}

Word W(int16_t head, uint8_t upos, uint8_t xpos, uint8_t deprel, uint32_t lb, uint32_t le) {
  Word w;
  w.head = head;
  w.upos = upos;
  w.xpos = xpos;
  w.deprel = deprel;
  w.lemma_begin = lb;
  w.lemma_end = le;
  return w;
}

// Every line of a sentence block is a comment or has 10 tab-separated fields; it ends with a
// blank line.
void ExpectWellFormed(const std::string& out) {
  ASSERT_GE(out.size(), 2u);
  EXPECT_EQ(out.substr(out.size() - 2), "\n\n");
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    std::string line = out.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tabs = 0;
    for (char c : line) tabs += c == '\t';
    EXPECT_EQ(tabs, 9u) << line;
  }
}

TEST(ConlluWriterTest, WritesTagsHeadsLemmasAndMisc) {
  const SyntaxTags tags = Tags();
  const std::vector<std::string_view> forms = {"Police", "fired", "shots", "."};
  const std::string lemmas = "policefireshot.";
  const std::vector<Word> words = {W(1, 0, 0, 1, 0, 6), W(-1, 1, 1, 0, 6, 10),
                                   W(1, 0, 0, 3, 10, 14), W(1, 2, 2, 2, 14, 15)};
  const std::vector<Span> spans = {{0, 6}, {7, 12}, {13, 18}, {18, 19}};
  const std::vector<uint8_t> space_after = {1, 1, 0, 1};
  ConlluSentenceData s;
  s.sent_id = "doc-1";
  s.text = "Police fired shots.";
  s.forms = forms;
  s.words = words;
  s.lemmas = lemmas;
  s.tags = &tags;
  s.spans = spans;
  s.space_after = space_after;
  std::string out;
  AppendConlluSentence(s, &out);
  EXPECT_EQ(out,
            "# sent_id = doc-1\n"
            "# text = Police fired shots.\n"
            "1\tPolice\tpolice\tNOUN\tNN\t_\t2\tnsubj\t_\tTokenRange=0:6\n"
            "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=7:12\n"
            "3\tshots\tshot\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No|TokenRange=13:18\n"
            "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=18:19\n"
            "\n");
}

TEST(ConlluWriterTest, ControlCharactersNeverBreakTheFormat) {
  const SyntaxTags tags = Tags();
  // A tab and a newline in a form, a line separator (U+2028) and a newline in the text, an empty
  // lemma, a tag id the model does not name, a head beyond the sentence.
  const std::vector<std::string_view> forms = {"a\tb", "c\nd", ""};
  const std::vector<Word> words = {W(-1, 0, 0, 0, 0, 0), W(0, 9, 0, 1, 0, 1),
                                   W(7, 0, 0, 200, 1, 2)};
  const std::vector<std::string> comments = {"newdoc id = x", "", "note\r\nmore"};
  ConlluSentenceData s;
  s.comments = comments;
  s.sent_id = "my doc\t7-1";
  s.text = "line one\nline\xE2\x80\xA8two\xC2\x85three";
  s.forms = forms;
  s.words = words;
  s.lemmas = "x\ty";
  s.tags = &tags;
  std::string out;
  AppendConlluSentence(s, &out);
  EXPECT_EQ(out,
            "# newdoc id = x\n"
            "#\n"
            "# note  more\n"
            "# sent_id = my_doc_7-1\n"
            "# text = line one line two three\n"
            "1\ta b\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
            "2\tc d\tx\t_\tNN\t_\t1\tnsubj\t_\t_\n"
            "3\t_\t \tNOUN\tNN\t_\t0\t_\t_\t_\n"
            "\n");
  ExpectWellFormed(out);
}

TEST(ConlluWriterTest, MultiwordRangesCarrySpaceAfter) {
  const SyntaxTags tags = Tags();
  const std::vector<std::string_view> forms = {"I", "do", "n't", "."};
  const std::vector<Word> words(4, W(-1, 0, 0, 0, 0, 0));
  const std::vector<uint8_t> space_after = {1, 0, 0, 1};
  const std::vector<ConlluRange> ranges = {{2, 3, "don't", false}};
  ConlluSentenceData s;
  s.forms = forms;
  s.words = words;
  s.tags = &tags;
  s.space_after = space_after;
  s.ranges = ranges;
  std::string out;
  AppendConlluSentence(s, &out);
  EXPECT_EQ(out,
            "1\tI\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
            "2\tdo\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
            "3\tn't\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
            "4\t.\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
            "\n");
}

TEST(ConlluWriterTest, DocumentWritesAnalysedSentencesAndReadsBack) {
  Document doc;
  doc.id = "wire 1";
  doc.text = "Read more\nPolice\tfired.  Talks\nended.";
  TextAnalysis text;
  text.normalized = doc.text;  // the writer takes FORM from the document, not from here
  auto token = [&](uint32_t b, uint32_t e, bool space) {
    Token t;
    t.span = {b, e};
    t.norm = {b, e};
    t.flags = space ? Token::kSpaceAfter : 0;
    text.tokens.push_back(t);
  };
  token(0, 4, true), token(5, 9, true);                             // Read more (interface line)
  token(10, 16, true), token(17, 22, false), token(22, 23, true);   // Police fired .
  token(25, 30, true), token(31, 36, false), token(36, 37, false);  // Talks ended .
  Sentence dropped;
  dropped.span = {0, 9};
  dropped.token_begin = 0, dropped.token_end = 2;
  dropped.kind = SegmentKind::kInterface;
  Sentence first;
  first.span = {10, 23};
  first.token_begin = 2, first.token_end = 5;
  Sentence second;
  second.span = {25, 37};
  second.token_begin = 5, second.token_end = 8;
  text.sentences = {dropped, first, second};

  const SyntaxTags tags = Tags();
  const std::string lemmas = "policefire.talkend";
  const std::vector<Word> words = {Word(),
                                   Word(),
                                   W(1, 0, 0, 1, 0, 6),
                                   W(-1, 1, 1, 0, 6, 10),
                                   W(1, 2, 2, 2, 10, 11),
                                   W(1, 0, 0, 1, 11, 15),
                                   W(-1, 1, 1, 0, 15, 18),
                                   W(1, 2, 2, 2, 10, 11)};
  std::string out;
  AppendConlluDocument(doc, text, words, lemmas, tags, &out);
  EXPECT_EQ(out,
            "# newdoc id = wire_1\n"
            "# sent_id = wire_1-1\n"
            "# text = Police fired.\n"
            "1\tPolice\tpolice\tNOUN\tNN\t_\t2\tnsubj\t_\tTokenRange=10:16\n"
            "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=17:22\n"
            "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=22:23\n"
            "\n"
            "# sent_id = wire_1-2\n"
            "# text = Talks ended.\n"
            "1\tTalks\ttalk\tNOUN\tNN\t_\t2\tnsubj\t_\tTokenRange=25:30\n"
            "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=31:36\n"
            "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tSpaceAfter=No|TokenRange=36:37\n"
            "\n");

  // The CoNLL-U reader takes it back without complaint.
  const std::string path = testing::WriteTempFile("writer_roundtrip.conllu", out);
  std::vector<std::string> errors;
  auto reader =
      treebank::ConlluReader::Open(path, [&](const std::string& m) { errors.push_back(m); });
  ASSERT_TRUE(reader.ok());
  treebank::ConlluSentence s;
  int n = 0;
  while ((*reader)->Next(&s)) ++n;
  EXPECT_EQ(n, 2);
  EXPECT_TRUE(errors.empty());
}

TEST(ConlluWriterTest, DocumentWithoutAnalysedSentencesWritesNothing) {
  Document doc;
  doc.id = "d";
  doc.text = "Share";
  TextAnalysis text;
  Sentence s;
  s.span = {0, 5};
  s.kind = SegmentKind::kInterface;
  text.sentences = {s};
  std::string out;
  AppendConlluDocument(doc, text, {}, "", Tags(), &out);
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace entente::output
