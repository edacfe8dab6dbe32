// InputStream (src/base/input_stream.h): plain and gzip files, line numbers and line ends, the
// line-length limit, Peek, reads across the internal buffer's boundaries, and the errors for
// truncated gzip data, directories and missing files.
#include "base/input_stream.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "test_support.h"

namespace entente::base {
namespace {

using entente::testing::ReadFileOrDie;
using entente::testing::WriteTempFile;
using LR = InputStream::LineResult;

// Writes `content` gzip-compressed to a fresh temporary file and returns its path.
std::string WriteGzipFile(const std::string& name, const std::string& content) {
  std::string path = WriteTempFile(name, "");
  gzFile gz = gzopen(path.c_str(), "wb");
  EXPECT_NE(gz, nullptr);
  size_t done = 0;
  while (done < content.size()) {
    unsigned n = static_cast<unsigned>(std::min<size_t>(content.size() - done, 1 << 20));
    EXPECT_EQ(gzwrite(gz, content.data() + done, n), static_cast<int>(n));
    done += n;
  }
  EXPECT_EQ(gzclose(gz), Z_OK);
  return path;
}

std::unique_ptr<InputStream> OpenOrDie(const std::string& path) {
  auto s = InputStream::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return nullptr;
  return std::move(*s);
}

// Text of many lines of varied length, `bytes` long or a little more; poorly compressible so
// that gzip files made from it span many compressed blocks.
std::string ManyLines(size_t bytes, unsigned seed) {
  static const char* kWords[] = {"the", "minister", "said", "talks", "would", "resume", "on",
                                 "Monday", "after", "a", "week", "of", "protests", "in", "the",
                                 "capital", "officials", "denied", "reports", "\xC3\xA9lection",
                                 "\xE4\xB8\xAD\xE5\x9B\xBD"};
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> words_per_line(0, 40);
  std::uniform_int_distribution<int> number(0, 999999);
  std::string out;
  while (out.size() < bytes) {
    int n = words_per_line(rng);
    for (int i = 0; i < n; ++i) {
      if (i > 0) out += ' ';
      out += kWords[word(rng)];
      if (i % 7 == 3) out += std::to_string(number(rng));
    }
    out += '\n';
  }
  return out;
}

// Reads every line; returns them and the final result (kEnd or kError).
LR ReadAllLines(InputStream* in, std::vector<std::string>* lines, size_t max = 1 << 20) {
  std::string line;
  while (true) {
    LR r = in->ReadLine(&line, max);
    if (r != LR::kLine) return r;
    lines->push_back(line);
  }
}

TEST(InputStreamTest, PlainFileLinesAndLineNumbers) {
  const std::string content = "First line.\nSecond line.\n\nFourth, without a newline";
  auto in = OpenOrDie(WriteTempFile("plain_lines.txt", content));
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->line_number(), 0u);
  std::string line = "junk that must be cleared";
  ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
  EXPECT_EQ(line, "First line.");
  EXPECT_EQ(in->line_number(), 1u);
  ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
  EXPECT_EQ(line, "Second line.");
  EXPECT_EQ(in->line_number(), 2u);
  ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
  EXPECT_EQ(line, "");
  EXPECT_EQ(in->line_number(), 3u);
  ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
  EXPECT_EQ(line, "Fourth, without a newline");
  EXPECT_EQ(in->line_number(), 4u);
  EXPECT_EQ(in->ReadLine(&line, 1000), LR::kEnd);
  EXPECT_EQ(in->ReadLine(&line, 1000), LR::kEnd);
  EXPECT_EQ(in->line_number(), 4u);
  EXPECT_EQ(in->bytes_consumed(), content.size());
  EXPECT_FALSE(in->compressed());
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, FinalNewlineDoesNotMakeAnExtraLine) {
  auto in = OpenOrDie(WriteTempFile("final_newline.txt", "one\ntwo\n"));
  std::vector<std::string> lines;
  EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kEnd);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two"}));
  EXPECT_EQ(in->line_number(), 2u);
}

TEST(InputStreamTest, EmptyFile) {
  auto in = OpenOrDie(WriteTempFile("empty.txt", ""));
  std::string line;
  EXPECT_EQ(in->ReadLine(&line, 100), LR::kEnd);
  EXPECT_EQ(in->line_number(), 0u);
  EXPECT_EQ(in->Peek(10), "");
  std::string some;
  EXPECT_EQ(in->ReadSome(&some, 10), 0u);
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, CrLfLinesKeepTheirCarriageReturn) {
  // ReadLine splits at '\n' only; the readers strip a final '\r' themselves.
  auto in = OpenOrDie(WriteTempFile("crlf.txt", "alpha\r\nbeta\r\n\r\ngamma\r"));
  std::vector<std::string> lines;
  EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kEnd);
  EXPECT_EQ(lines, (std::vector<std::string>{"alpha\r", "beta\r", "\r", "gamma\r"}));
}

TEST(InputStreamTest, NulBytesAreOrdinaryBytes) {
  const std::string content("a\0b\nc\0\n", 7);
  auto in = OpenOrDie(WriteTempFile("nul.txt", content));
  std::vector<std::string> lines;
  EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kEnd);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], std::string("a\0b", 3));
  EXPECT_EQ(lines[1], std::string("c\0", 2));
}

TEST(InputStreamTest, GzipFileIsDecompressed) {
  const std::string content = "Rebels seized the town.\nTroops withdrew.\nlast line";
  const std::string path = WriteGzipFile("lines.txt.gz", content);
  EXPECT_NE(ReadFileOrDie(path), content);  // really compressed
  auto in = OpenOrDie(path);
  std::vector<std::string> lines;
  EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kEnd);
  EXPECT_EQ(lines,
            (std::vector<std::string>{"Rebels seized the town.", "Troops withdrew.", "last line"}));
  EXPECT_EQ(in->line_number(), 3u);
  EXPECT_TRUE(in->compressed());
  EXPECT_EQ(in->bytes_consumed(), content.size());  // counted after decompression
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, CompressionIsRecognisedByContentNotName) {
  const std::string content = "Envoys met in secret.\n";
  auto gz = OpenOrDie(WriteGzipFile("no_gz_suffix.txt", content));
  std::string line;
  ASSERT_EQ(gz->ReadLine(&line, 100), LR::kLine);
  EXPECT_EQ(line, "Envoys met in secret.");
  EXPECT_TRUE(gz->compressed());

  auto plain = OpenOrDie(WriteTempFile("plain_named.txt.gz", content));
  ASSERT_EQ(plain->ReadLine(&line, 100), LR::kLine);
  EXPECT_EQ(line, "Envoys met in secret.");
  EXPECT_FALSE(plain->compressed());
}

TEST(InputStreamTest, ManyLinesAcrossBufferBoundaries) {
  const std::string content = ManyLines(3 << 20, 1);
  for (bool gzip : {false, true}) {
    SCOPED_TRACE(gzip ? "gzip" : "plain");
    const std::string path = gzip ? WriteGzipFile("many.txt.gz", content)
                                  : WriteTempFile("many.txt", content);
    auto in = OpenOrDie(path);
    std::vector<std::string> lines;
    EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kEnd);
    std::string joined;
    for (const auto& l : lines) joined += l + "\n";
    EXPECT_EQ(joined, content);
    EXPECT_EQ(in->line_number(), lines.size());
    EXPECT_EQ(in->bytes_consumed(), content.size());
    std::remove(path.c_str());
  }
}

TEST(InputStreamTest, OverlongLineIsReportedAndTheNextLineStillRead) {
  const std::string content = "short\n" + std::string(100, 'x') + "\nafter\n" +
                              std::string(51, 'y') + "\n" + std::string(50, 'z') + "\n" +
                              std::string(80, 'w');
  auto in = OpenOrDie(WriteTempFile("too_long.txt", content));
  std::string line;
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kLine);
  EXPECT_EQ(line, "short");
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kTooLong);
  EXPECT_EQ(line, "");
  EXPECT_EQ(in->line_number(), 2u);
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(in->line_number(), 3u);
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kTooLong);  // one byte over
  EXPECT_EQ(in->line_number(), 4u);
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kLine);     // exactly at the limit
  EXPECT_EQ(line, std::string(50, 'z'));
  ASSERT_EQ(in->ReadLine(&line, 50), LR::kTooLong);  // last line, no newline
  EXPECT_EQ(in->line_number(), 6u);
  EXPECT_EQ(in->ReadLine(&line, 50), LR::kEnd);
  EXPECT_EQ(in->bytes_consumed(), content.size());
}

TEST(InputStreamTest, OverlongLineSpanningSeveralBuffers) {
  const std::string content = "head\n" + std::string(3 << 20, 'q') + "\ntail\n";
  for (bool gzip : {false, true}) {
    SCOPED_TRACE(gzip ? "gzip" : "plain");
    const std::string path = gzip ? WriteGzipFile("huge_line.txt.gz", content)
                                  : WriteTempFile("huge_line.txt", content);
    auto in = OpenOrDie(path);
    std::string line;
    ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
    ASSERT_EQ(in->ReadLine(&line, 1000), LR::kTooLong);
    EXPECT_TRUE(line.empty());
    EXPECT_LE(line.capacity(), size_t{1} << 20);  // no copy of the huge line is kept
    ASSERT_EQ(in->ReadLine(&line, 1000), LR::kLine);
    EXPECT_EQ(line, "tail");
    EXPECT_EQ(in->line_number(), 3u);
    EXPECT_EQ(in->ReadLine(&line, 1000), LR::kEnd);
    std::remove(path.c_str());
  }
}

TEST(InputStreamTest, PeekDoesNotConsume) {
  const std::string content = "Ceasefire holds.\nShelling resumed.\n";
  for (bool gzip : {false, true}) {
    SCOPED_TRACE(gzip ? "gzip" : "plain");
    auto in = OpenOrDie(gzip ? WriteGzipFile("peek.txt.gz", content)
                             : WriteTempFile("peek.txt", content));
    EXPECT_EQ(in->Peek(9), "Ceasefire");
    EXPECT_EQ(in->Peek(9), "Ceasefire");
    EXPECT_EQ(in->Peek(1000), content);  // more than there is: all of it
    EXPECT_EQ(in->bytes_consumed(), 0u);
    std::string line;
    ASSERT_EQ(in->ReadLine(&line, 100), LR::kLine);
    EXPECT_EQ(line, "Ceasefire holds.");
    EXPECT_EQ(in->line_number(), 1u);
    EXPECT_EQ(in->Peek(8), "Shelling");
    ASSERT_EQ(in->ReadLine(&line, 100), LR::kLine);
    EXPECT_EQ(line, "Shelling resumed.");
    EXPECT_EQ(in->Peek(1), "");
    EXPECT_EQ(in->ReadLine(&line, 100), LR::kEnd);
  }
}

TEST(InputStreamTest, PeekAfterReadingUpToAnyOffsetSeesTheNextBytes) {
  // Offsets at and around multiples of the 1 MiB internal buffer: a Peek right after the buffer
  // was drained exactly must still see the rest of the input, not report its end.
  const std::string content = ManyLines(3 << 20, 2);
  const size_t kMiB = size_t{1} << 20;
  for (bool gzip : {false, true}) {
    const std::string path = gzip ? WriteGzipFile("peek_offsets.txt.gz", content)
                                  : WriteTempFile("peek_offsets.txt", content);
    for (size_t offset : {size_t{0}, size_t{1}, kMiB - 1, kMiB, kMiB + 1, 2 * kMiB - 1, 2 * kMiB,
                          2 * kMiB + 1, 3 * kMiB, content.size() - 1, content.size()}) {
      SCOPED_TRACE(std::string(gzip ? "gzip" : "plain") + " offset " + std::to_string(offset));
      auto in = OpenOrDie(path);
      std::string got;
      // Read in two steps so the buffer is drained at the offset itself.
      EXPECT_EQ(in->ReadSome(&got, offset / 2), offset / 2);
      EXPECT_EQ(in->ReadSome(&got, offset - offset / 2), offset - offset / 2);
      EXPECT_EQ(got, content.substr(0, offset));
      EXPECT_EQ(in->Peek(16), content.substr(offset, 16));
      EXPECT_EQ(in->bytes_consumed(), offset);
      std::string rest;
      in->ReadSome(&rest, content.size());
      EXPECT_EQ(rest, content.substr(offset));
    }
    std::remove(path.c_str());
  }
}

TEST(InputStreamTest, ReadSomeAndReadRestOfLine) {
  const std::string content = "Talks began.\nThey ended at dawn.\nNo deal.";
  auto in = OpenOrDie(WriteTempFile("some.txt", content));
  std::string out = "prefix:";
  EXPECT_EQ(in->ReadSome(&out, 5), 5u);
  EXPECT_EQ(out, "prefix:Talks");
  EXPECT_EQ(in->ReadRestOfLine(&out, 100), 8u);  // up to and including the '\n'
  EXPECT_EQ(out, "prefix:Talks began.\n");
  std::string part;
  EXPECT_EQ(in->ReadRestOfLine(&part, 4), 4u);  // the limit stops it before the line end
  EXPECT_EQ(part, "They");
  EXPECT_EQ(in->ReadRestOfLine(&part, 100), 16u);
  EXPECT_EQ(part, "They ended at dawn.\n");
  EXPECT_EQ(in->ReadRestOfLine(&part, 100), 8u);  // the last line has no newline
  EXPECT_EQ(part, "They ended at dawn.\nNo deal.");
  EXPECT_EQ(in->ReadRestOfLine(&part, 100), 0u);
  EXPECT_EQ(in->ReadSome(&part, 100), 0u);
  EXPECT_EQ(in->bytes_consumed(), content.size());
  EXPECT_TRUE(in->status().ok());
}

TEST(InputStreamTest, TruncatedGzipIsAnErrorNotACrash) {
  const std::string content = ManyLines(400 << 10, 3);
  const std::string whole = ReadFileOrDie(WriteGzipFile("whole.txt.gz", content));
  ASSERT_GT(whole.size(), 1000u);
  for (size_t keep : {whole.size() / 2, whole.size() - 4, size_t{20}}) {
    SCOPED_TRACE("kept " + std::to_string(keep) + " of " + std::to_string(whole.size()));
    const std::string path = WriteTempFile("truncated.txt.gz", whole.substr(0, keep));
    auto in = OpenOrDie(path);
    std::vector<std::string> lines;
    EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kError);
    EXPECT_FALSE(in->status().ok());
    EXPECT_EQ(in->status().code(), StatusCode::kIoError);
    EXPECT_NE(in->status().message().find(path), std::string::npos) << in->status().message();
    // What was read before the damage is the input's beginning.
    std::string joined;
    for (const auto& l : lines) joined += l + "\n";
    EXPECT_EQ(content.compare(0, joined.size(), joined), 0);
    // Reading on keeps reporting the error.
    std::string line;
    EXPECT_EQ(in->ReadLine(&line, 1000), LR::kError);
    EXPECT_EQ(in->ReadSome(&line, 1000), 0u);
  }
}

TEST(InputStreamTest, CorruptGzipChecksumIsAnError) {
  const std::string content = "The council voted.\nThe mayor resigned.\n";
  std::string bytes = ReadFileOrDie(WriteGzipFile("crc.txt.gz", content));
  bytes[bytes.size() - 8] = static_cast<char>(bytes[bytes.size() - 8] ^ 0x55);  // the CRC-32
  auto in = OpenOrDie(WriteTempFile("bad_crc.txt.gz", bytes));
  std::vector<std::string> lines;
  EXPECT_EQ(ReadAllLines(in.get(), &lines), LR::kError);
  EXPECT_FALSE(in->status().ok());
}

TEST(InputStreamTest, DirectoryIsAClearError) {
  const std::string file = WriteTempFile("for_dir.txt", "x");
  const std::string dir = file.substr(0, file.rfind('/'));
  auto in = InputStream::Open(dir);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(in.status().message(), dir + ": is a directory");
}

TEST(InputStreamTest, MissingFileIsAClearError) {
  const std::string path = WriteTempFile("exists.txt", "x") + ".missing";
  auto in = InputStream::Open(path);
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(in.status().message(), path + ": No such file or directory");
}

TEST(InputStreamTest, PathAndBaseName) {
  const std::string path = WriteTempFile("named.txt", "x");
  auto in = OpenOrDie(path);
  EXPECT_EQ(in->path(), path);
  EXPECT_EQ(BaseName(path), "named.txt");
  EXPECT_EQ(BaseName("corpus/2019/wire.jsonl.gz"), "wire.jsonl.gz");
  EXPECT_EQ(BaseName("/abs/file"), "file");
  EXPECT_EQ(BaseName("file.txt"), "file.txt");
  EXPECT_EQ(BaseName("-"), "stdin");
  EXPECT_EQ(BaseName("dir/"), "");
}

}  // namespace
}  // namespace entente::base
