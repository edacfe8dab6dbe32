// Page layout: which line breaks end a unit of text, and what on a line is not text.
//
// Works on the normalised text, in place:
//  - list bullets at a line start ("•", "*", "-", ...) and citation markers ("[2]", "[1, p. 45]",
//    a dangling "[1, p." at a line end) are overwritten with spaces, so offsets do not move;
//  - words glued at a page join ("Subscribe nowThe minister", "said.The") get a hard break;
//  - lines are grouped into blocks. A blank line always ends a block. A single line break ends
//    one too, except inside hard-wrapped text (most lines of similar length, continuation lines
//    starting in lower case), where it is a space unless the next line is indented or a list item,
//    or the line is short (a headline or a paragraph end) and the next line does not continue in
//    lower case; in text that is not wrapped a line break is a space only when the next line
//    continues in lower case after a line without final punctuation.
// Every block boundary is a sentence boundary.
#ifndef ENTENTE_TEXT_LAYOUT_H_
#define ENTENTE_TEXT_LAYOUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/text_resources.h"

namespace entente::text {

struct Block {
  uint32_t begin;  // normalised offsets, without leading and trailing white space
  uint32_t end;
};

struct Layout {
  std::vector<Block> blocks;
  std::vector<uint32_t> breaks;  // sorted offsets of hard breaks inside blocks (glued words)
  uint32_t citations = 0;
  uint32_t bullets = 0;
  void Clear() {
    blocks.clear();
    breaks.clear();
    citations = bullets = 0;
  }
};

class LayoutAnalyzer {
 public:
  explicit LayoutAnalyzer(const TextResources& resources) : resources_(resources) {}
  // Fills *layout (cleared first) for `norm`, masking bullets and citations in it.
  void Run(std::string* norm, Layout* layout) const;

 private:
  struct Line {
    uint32_t begin, end;  // without the '\n'
    uint32_t text_begin, text_end;  // trimmed
    bool blank;
    bool bullet;
  };
  bool MaskBullet(std::string* norm, Line* line) const;
  uint32_t MaskCitations(std::string* norm, const Line& line) const;
  void FindGlue(const std::string& norm, const Line& line, std::vector<uint32_t>* breaks) const;
  static bool Wrapped(const std::string& norm, const std::vector<Line>& lines, uint32_t* width);

  const TextResources& resources_;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_LAYOUT_H_
