#include "treebank/conllu.h"

#include <charconv>

namespace entente::treebank {

namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// "name = value" comments.
bool CommentValue(std::string_view comment, std::string_view key, std::string* value) {
  if (comment.substr(0, key.size()) != key) return false;
  std::string_view rest = comment.substr(key.size());
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i == rest.size()) {
    value->clear();
    return true;  // "# newpar" without an id
  }
  if (rest[i] != '=') return false;
  ++i;
  while (i < rest.size() && rest[i] == ' ') ++i;
  value->assign(rest.substr(i));
  return true;
}

}  // namespace

StatusOr<std::unique_ptr<ConlluReader>> ConlluReader::Open(const std::string& path, ErrorSink sink) {
  ENTENTE_ASSIGN_OR_RETURN(std::unique_ptr<base::InputStream> stream, base::InputStream::Open(path));
  return std::unique_ptr<ConlluReader>(new ConlluReader(std::move(stream), std::move(sink)));
}

bool ConlluReader::ParseWord(const std::string& line, ConlluWord* w, std::string* error) {
  std::string_view fields[10];
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (n == 10) {
        *error = "more than 10 tab-separated fields";
        return false;
      }
      fields[n++] = std::string_view(line).substr(start, i - start);
      start = i + 1;
    }
  }
  if (n != 10) {
    *error = "expected 10 tab-separated fields, found " + std::to_string(n);
    return false;
  }
  std::string_view id = fields[0];
  size_t dash = id.find('-'), dot = id.find('.');
  if (dash != std::string_view::npos) {
    w->kind = ConlluWord::Kind::kRange;
    if (!ParseInt(id.substr(0, dash), &w->index) || !ParseInt(id.substr(dash + 1), &w->last) ||
        w->last < w->index) {
      *error = "bad multiword token range \"" + std::string(id) + "\"";
      return false;
    }
  } else if (dot != std::string_view::npos) {
    w->kind = ConlluWord::Kind::kEmpty;
    int sub;
    if (!ParseInt(id.substr(0, dot), &w->index) || !ParseInt(id.substr(dot + 1), &sub)) {
      *error = "bad empty node id \"" + std::string(id) + "\"";
      return false;
    }
  } else {
    w->kind = ConlluWord::Kind::kWord;
    if (!ParseInt(id, &w->index) || w->index < 1) {
      *error = "bad word id \"" + std::string(id) + "\"";
      return false;
    }
  }
  w->form = fields[1];
  w->lemma = fields[2];
  w->upos = fields[3];
  w->xpos = fields[4];
  w->feats = fields[5];
  w->head = -1;
  if (w->kind == ConlluWord::Kind::kWord && fields[6] != "_") {
    if (!ParseInt(fields[6], &w->head) || w->head < 0) {
      *error = "bad head \"" + std::string(fields[6]) + "\"";
      return false;
    }
  }
  w->deprel = fields[7];
  w->deps = fields[8];
  w->misc = fields[9];
  if (w->form.empty()) {
    *error = "empty FORM field";
    return false;
  }
  return true;
}

bool ConlluReader::Next(ConlluSentence* s) {
  std::string line;
  while (true) {
    *s = ConlluSentence();
    bool any = false;
    bool bad = false;
    std::string error;
    uint64_t error_line = 0;
    int expected = 1;
    while (true) {
      auto r = stream_->ReadLine(&line, size_t{1} << 20);
      if (r == base::InputStream::LineResult::kError) {
        status_ = stream_->status();
        return false;
      }
      if (r == base::InputStream::LineResult::kEnd) break;
      const uint64_t n = stream_->line_number();
      if (r == base::InputStream::LineResult::kTooLong) {
        if (!bad) { bad = true; error = "line longer than 1 MiB"; error_line = n; }
        any = true;
        continue;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) {
        if (any) break;
        continue;
      }
      if (!any) s->line = n;
      any = true;
      if (bad) continue;
      if (line[0] == '#') {
        std::string_view c = std::string_view(line).substr(1);
        if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
        s->comments.emplace_back(c);
        std::string value;
        if (CommentValue(c, "sent_id", &value)) s->sent_id = value;
        else if (CommentValue(c, "text", &value)) s->text = value;
        else if (CommentValue(c, "newdoc id", &value) || CommentValue(c, "newdoc", &value)) {
          s->newdoc = true;
          s->newdoc_id = value;
        } else if (CommentValue(c, "newpar id", &value) || CommentValue(c, "newpar", &value)) {
          s->newpar = true;
        }
        continue;
      }
      ConlluWord w;
      if (!ParseWord(line, &w, &error)) {
        bad = true;
        error_line = n;
        continue;
      }
      if (w.kind == ConlluWord::Kind::kWord) {
        if (w.index != expected) {
          bad = true;
          error_line = n;
          error = "word id " + std::to_string(w.index) + " out of sequence, expected " +
                  std::to_string(expected);
          continue;
        }
        ++expected;
      }
      s->words.push_back(std::move(w));
    }
    if (!any) return false;
    if (!bad) {
      const int count = expected - 1;
      for (const ConlluWord& w : s->words) {
        if (w.kind == ConlluWord::Kind::kWord && w.head > count) {
          bad = true;
          error_line = s->line;
          error = "head " + std::to_string(w.head) + " of word " + std::to_string(w.index) +
                  " is beyond the sentence's " + std::to_string(count) + " words";
          break;
        }
      }
      if (!bad && count == 0) {
        bad = true;
        error_line = s->line;
        error = "sentence without words";
      }
    }
    if (!bad) return true;
    ++skipped_;
    if (sink_) {
      sink_(stream_->path() + ":" + std::to_string(error_line) + ": " + error +
            "; sentence skipped");
    }
  }
}

}  // namespace entente::treebank
