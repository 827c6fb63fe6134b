// diagnostics.cpp — see diagnostics.h.
#include "syntax/diagnostics.h"

#include <algorithm>
#include <ostream>

namespace minigo {

bool Diagnostics::sameLine(Pos a, Pos b) const {
  return a.known() && b.known() && a.file == b.file &&
         sources_.lineCol(a).line == sources_.lineCol(b).line;
}

void Diagnostics::error(Pos pos, std::string msg) {
  if (msg.starts_with("syntax error")) {
    syntaxCount_++;
    if (sameLine(lastSyntax_, pos)) return;
    lastSyntax_ = pos;
  } else {
    if (sameLine(lastOther_, pos) && lastMsg_ == msg) return;
    lastOther_ = pos;
    lastMsg_ = msg;
  }
  pending_.push_back(Entry{pos, std::move(msg)});
  count_++;
  if (count_ >= 10 && !allErrors_) {
    flush();
    out_ << sources_.format(pos) << ": too many errors\n";
    out_.flush();
    throw TooManyErrors{};
  }
}

void Diagnostics::errorNoPos(std::string msg) {
  pending_.push_back(Entry{Pos{}, std::move(msg)});
  count_++;
}

void Diagnostics::flush() {
  // Sort by file name, then position within the file (Go's byPos).
  auto key = [this](const Entry& e) {
    const SourceFile* f = sources_.file(e.pos.file);
    return std::make_pair(f ? f->path() : std::string(), e.pos.offset);
  };
  std::stable_sort(pending_.begin(), pending_.end(),
                   [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
  std::string last;
  for (const Entry& e : pending_) {
    std::string line = e.pos.known() ? sources_.format(e.pos) + ": " + e.msg : e.msg;
    if (line == last) continue;
    out_ << line << "\n";
    last = std::move(line);
  }
  out_.flush();
  pending_.clear();
}

}  // namespace minigo
