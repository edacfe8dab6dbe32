#include "ingest/news_corpora.h"

#include <zlib.h>

#include <cstdlib>
#include <cstring>

#include "base/date.h"
#include "base/utf8.h"

namespace entente::ingest {

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
    if (size > data.size() - pos) return DataLossError(path + ": truncated tar entry " + name);
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

// As every reader does: the documents hold repaired UTF-8, like those read back from a file.
void Repair(Document* d) {
  d->repaired_utf8 = base::RepairUtf8(&d->text) + base::RepairUtf8(&d->title);
}

}  // namespace

std::string ReutersDate(std::string_view field) {
  size_t b = field.find_first_not_of(' ');
  if (b == std::string_view::npos) return "";
  field.remove_prefix(b);
  // "26-FEB-1987 15:01:01.79": the day is all we keep; the time and any wire codes after it
  // ("&#9;&#9;&#9;F") are dropped.
  field = field.substr(0, field.find_first_of(" &\t"));
  auto date = base::ParseDate(field);
  return date.ok() ? date->ToIso() : "";
}

std::string UngdcDate(std::string_view file_name) {
  // "USA_75_2020.txt": the session is the field after the first '_'.
  size_t a = file_name.find('_');
  if (a == std::string_view::npos) return "";
  size_t b = file_name.find('_', a + 1);
  std::string_view session = file_name.substr(a + 1, b == std::string_view::npos ? 0 : b - a - 1);
  if (session.empty() || session.size() > 3) return "";
  int s = 0;
  for (char c : session) {
    if (c < '0' || c > '9') return "";
    s = s * 10 + (c - '0');
  }
  if (s < 1) return "";
  // The first session met in 1946; the General Debate of session S opens in the third week of
  // September of 1945 + S. The 25th falls inside the debate week of every session 75-79.
  return std::to_string(1945 + s) + "-09-25";
}

StatusOr<std::vector<Document>> LoadReuters21578(const std::string& archive,
                                                 const DocumentFilter& keep) {
  ENTENTE_ASSIGN_OR_RETURN(auto files, ReadTarGz(archive));
  std::vector<Document> docs;
  for (const auto& [name, content] : files) {
    std::string_view s = content;
    size_t pos = 0;
    while ((pos = s.find("<REUTERS", pos)) != std::string_view::npos) {
      size_t end = s.find("</REUTERS>", pos);
      if (end == std::string_view::npos) break;
      std::string_view rec = s.substr(pos, end - pos);
      pos = end;
      std::string_view body = Between(rec, "<BODY>", "</BODY>");
      if (body.empty()) continue;
      std::string id = "reuters-" + std::string(Between(rec, "NEWID=\"", "\""));
      if (keep && !keep(id)) continue;
      Document d;
      d.id = std::move(id);
      d.date = ReutersDate(Between(rec, "<DATE>", "</DATE>"));
      d.title = DecodeSgml(Between(rec, "<TITLE>", "</TITLE>"));
      d.text = DecodeSgml(body);
      d.origin = archive + ":" + name;
      Repair(&d);
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

StatusOr<std::vector<Document>> LoadUngdc(const std::string& archive, const DocumentFilter& keep) {
  ENTENTE_ASSIGN_OR_RETURN(auto files, ReadTarGz(archive));
  std::vector<Document> docs;
  for (auto& [name, content] : files) {
    if (name.size() < 4 || name.substr(name.size() - 4) != ".txt") continue;
    const std::string file_name = name.substr(name.rfind('/') + 1);
    std::string id = "ungdc-" + file_name;
    if (keep && !keep(id)) continue;
    Document d;
    d.id = std::move(id);
    d.date = UngdcDate(file_name);
    d.text = std::move(content);
    d.origin = archive + ":" + name;
    Repair(&d);
    docs.push_back(std::move(d));
  }
  return docs;
}

StatusOr<std::vector<Document>> LoadNewsCorpora(const std::string& news_dir) {
  ENTENTE_ASSIGN_OR_RETURN(std::vector<Document> docs,
                           LoadReuters21578(news_dir + "/" + kReutersArchive));
  ENTENTE_ASSIGN_OR_RETURN(std::vector<Document> un, LoadUngdc(news_dir + "/" + kUngdcArchive));
  docs.reserve(docs.size() + un.size());
  for (Document& d : un) docs.push_back(std::move(d));
  return docs;
}

}  // namespace entente::ingest
