// Case-insensitive matching of dictionary phrases: ASCII and the two-byte UTF-8 letters of the
// Latin-1 Supplement, Latin Extended-A, Greek and Cyrillic (src/lexicon/vocabulary.h).
#include <gtest/gtest.h>

#include <string>

#include "lexicon/vocabulary.h"

namespace entente::lexicon {
namespace {

TEST(FoldUpper, AsciiAndAccentedLatinLetters) {
  EXPECT_EQ(ToUpper("Pérez de Cuéllar"), "PÉREZ DE CUÉLLAR");
  EXPECT_EQ(ToUpper("François Hollande"), "FRANÇOIS HOLLANDE");
  EXPECT_EQ(ToUpper("Volker Türk"), "VOLKER TÜRK");
  EXPECT_EQ(ToUpper("Łukasz Wałęsa"), "ŁUKASZ WAŁĘSA");
  EXPECT_EQ(ToUpper("Miloš Zeman"), "MILOŠ ZEMAN");
  EXPECT_EQ(ToUpper("Ľubomír"), "ĽUBOMÍR");  // Latin Extended-A, odd upper / even lower range
  // Already upper case stays as it is; ß, ÷ and ÿ have no two-byte capital here.
  EXPECT_EQ(ToUpper("ÉLYSÉE"), "ÉLYSÉE");
  EXPECT_EQ(ToUpper("Straße ÷ ÿ"), "STRAßE ÷ ÿ");
}

TEST(FoldUpper, TurkishIsBecomeAsciiI) {
  EXPECT_EQ(ToUpper("İbrahim Kalın"), "IBRAHIM KALIN");
  EXPECT_EQ(ToUpper("İBRAHIM KALIN"), "IBRAHIM KALIN");
}

TEST(FoldUpper, GreekAndCyrillic) {
  EXPECT_EQ(ToUpper("Лавров"), "ЛАВРОВ");
  EXPECT_EQ(ToUpper("Ципрас"), "ЦИПРАС");
  EXPECT_EQ(ToUpper("Τσίπρας"), "ΤΣίΠΡΑΣ");  // accented ί is outside the folded range; final ς = Σ
}

TEST(FoldUpper, MalformedUtf8IsCopiedAndNeverOverruns) {
  const std::string bad = "a\xC3";  // a lead byte with nothing after it
  EXPECT_EQ(ToUpper(bad), "A\xC3");
  const std::string lone = "\xA9x\xFF";  // continuation byte alone, invalid byte
  EXPECT_EQ(ToUpper(lone), "\xA9X\xFF");
  char out[8];
  EXPECT_LE(FoldUpper("éé", out), 4u);
}

}  // namespace
}  // namespace entente::lexicon
