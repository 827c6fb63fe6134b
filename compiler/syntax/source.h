// source.h — source files and positions.
//
// A Pos names a byte in a source file: (file id, byte offset). Line and column are
// computed on demand and are 1-based; the column counts bytes, as Go's do (a tab is one
// column). File id 0 means "no position". SourceSet owns every file read in one
// compilation; ids are indexes into it and never change once given out.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace minigo {

struct Pos {
  uint32_t file = 0;    // 0: unknown
  uint32_t offset = 0;  // byte offset into the file

  bool known() const { return file != 0; }
  friend bool operator==(Pos a, Pos b) = default;
  // Order of positions within one compilation: by file, then offset.
  friend bool operator<(Pos a, Pos b) {
    return a.file != b.file ? a.file < b.file : a.offset < b.offset;
  }
};

struct LineCol {
  uint32_t line = 0;
  uint32_t col = 0;
};

class SourceFile {
 public:
  SourceFile(uint32_t id, std::string path, std::string text);

  uint32_t id() const { return id_; }
  // The path as given on the command line or found in stdlib/, used in messages.
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  LineCol lineCol(uint32_t offset) const;
  Pos pos(uint32_t offset) const { return Pos{id_, offset}; }

 private:
  uint32_t id_;
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
};

class SourceSet {
 public:
  SourceSet();
  // Adds a file with the given display path and contents; returns it.
  SourceFile& add(std::string path, std::string text);
  const SourceFile* file(uint32_t id) const;
  LineCol lineCol(Pos p) const;
  // "path:line:col", or "<unknown>" for an unknown position.
  std::string format(Pos p) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;  // index 0 unused
};

}  // namespace minigo
