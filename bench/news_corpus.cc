#include "news_corpus.h"

#include <zlib.h>

#include <cstdlib>
#include <cstring>

#include "base/utf8.h"

namespace entente::bench {

StatusOr<std::vector<std::pair<std::string, std::string>>> ReadTarGz(const std::string& path) {
  gzFile gz = gzopen(path.c_str(), "rb");
  if (gz == nullptr) return NotFoundError(path + ": cannot open");
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(gz, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
  gzclose(gz);
  if (n < 0) return IoError(path + ": corrupt gzip data");
  std::vector<std::pair<std::string, std::string>> files;
  // ustar: 512-byte header (name at 0, size in octal at 124, type at 156), then the data padded
  // to 512 bytes; two zero blocks end the archive.
  size_t pos = 0;
  while (pos + 512 <= data.size()) {
    const char* h = data.data() + pos;
    if (h[0] == '\0') break;
    std::string name(h, strnlen(h, 100));
    std::string prefix(h + 345, strnlen(h + 345, 155));
    if (!prefix.empty()) name = prefix + "/" + name;
    size_t size = std::strtoull(std::string(h + 124, 12).c_str(), nullptr, 8);
    char type = h[156];
    pos += 512;
    if (pos + size > data.size()) return DataLossError(path + ": truncated tar entry " + name);
    if (type == '0' || type == '\0') files.emplace_back(name, data.substr(pos, size));
    pos += (size + 511) / 512 * 512;
  }
  return files;
}

namespace {

// SGML character references and the three entities Reuters-21578 uses.
std::string DecodeSgml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "amp") out.push_back('&');
    else if (!ent.empty() && ent[0] == '#') {
      int code = std::atoi(std::string(ent.substr(1)).c_str());
      if (code >= 32 && code < 127) out.push_back(static_cast<char>(code));
      // Control characters (&#2; &#3; ...) mark the wire format, not text: dropped.
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

std::string_view Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t b = s.find(open);
  if (b == std::string_view::npos) return {};
  b += open.size();
  size_t e = s.find(close, b);
  if (e == std::string_view::npos) return {};
  return s.substr(b, e - b);
}

}  // namespace

StatusOr<std::vector<Document>> LoadNewsCorpus(const std::string& dir) {
  std::vector<Document> docs;
  ENTENTE_ASSIGN_OR_RETURN(auto reuters, ReadTarGz(dir + "/reuters21578/reuters21578_sgm.tar.gz"));
  for (const auto& [name, content] : reuters) {
    std::string_view s = content;
    size_t pos = 0;
    while ((pos = s.find("<REUTERS", pos)) != std::string_view::npos) {
      size_t end = s.find("</REUTERS>", pos);
      if (end == std::string_view::npos) break;
      std::string_view rec = s.substr(pos, end - pos);
      pos = end;
      std::string_view body = Between(rec, "<BODY>", "</BODY>");
      if (body.empty()) continue;
      Document d;
      std::string_view id = Between(rec, "NEWID=\"", "\"");
      d.id = "reuters-" + std::string(id);
      d.title = DecodeSgml(Between(rec, "<TITLE>", "</TITLE>"));
      d.text = DecodeSgml(body);
      docs.push_back(std::move(d));
    }
  }
  ENTENTE_ASSIGN_OR_RETURN(auto un, ReadTarGz(dir + "/ungdc-2020-2024/ungdc_sessions75-79_txt.tar.gz"));
  for (auto& [name, content] : un) {
    if (name.size() < 4 || name.substr(name.size() - 4) != ".txt") continue;
    Document d;
    d.id = "ungdc-" + name.substr(name.rfind('/') + 1);
    d.text = std::move(content);
    docs.push_back(std::move(d));
  }
  // As every reader does: the reference documents hold repaired UTF-8, like those read back.
  for (Document& d : docs) d.repaired_utf8 = base::RepairUtf8(&d.text) + base::RepairUtf8(&d.title);
  return docs;
}

}  // namespace entente::bench
