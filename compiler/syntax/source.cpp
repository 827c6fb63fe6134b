// source.cpp — see source.h.
#include "syntax/source.h"

#include <algorithm>

namespace minigo {

SourceFile::SourceFile(uint32_t id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); i++) {
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

LineCol SourceFile::lineCol(uint32_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t line = uint32_t(it - lineStarts_.begin());  // 1-based
  return LineCol{line, offset - lineStarts_[line - 1] + 1};
}

SourceSet::SourceSet() {
  files_.emplace_back();
}

SourceFile& SourceSet::add(std::string path, std::string text) {
  uint32_t id = uint32_t(files_.size());
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return *files_.back();
}

const SourceFile* SourceSet::file(uint32_t id) const {
  return id < files_.size() ? files_[id].get() : nullptr;
}

LineCol SourceSet::lineCol(Pos p) const {
  const SourceFile* f = file(p.file);
  return f ? f->lineCol(p.offset) : LineCol{};
}

std::string SourceSet::format(Pos p) const {
  const SourceFile* f = file(p.file);
  if (!f) return "<unknown>";
  LineCol lc = f->lineCol(p.offset);
  return f->path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
}

}  // namespace minigo
