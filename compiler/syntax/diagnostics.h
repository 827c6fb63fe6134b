// diagnostics.h — compile errors, collected and printed as Go's compiler prints them.
//
// Errors are recorded in the order the phases find them. At the end (or when the limit
// is reached) they are sorted by position and printed as "file:line:col: message", one
// per line, identical lines once. Go's rules, from cmd/compile/internal/base:
//  - only one syntax error per line (a message beginning "syntax error");
//  - a non-syntax error repeating the previous one on the same line is dropped;
//  - on the 10th error the sorted list is printed followed by
//    "file:line:col: too many errors" (the 10th error's position) and compilation stops
//    by throwing TooManyErrors, unless allErrors is set (Go's -e).
#pragma once

#include "syntax/source.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace minigo {

struct TooManyErrors {};

class Diagnostics {
 public:
  Diagnostics(const SourceSet& sources, std::ostream& out) : sources_(sources), out_(out) {}

  void error(Pos pos, std::string msg);
  // A position-less error (for example, a file that cannot be read).
  void errorNoPos(std::string msg);

  int errorCount() const { return count_; }
  // Errors whose message begins "syntax error" (they stop compilation before type
  // checking; lexical and other parse-time errors do not, as in Go).
  int syntaxErrorCount() const { return syntaxCount_; }
  bool hasErrors() const { return count_ > 0; }
  void setAllErrors(bool on) { allErrors_ = on; }

  // Prints the collected errors sorted by position and forgets them.
  void flush();

  const SourceSet* sources() const { return &sources_; }

 private:
  struct Entry {
    Pos pos;
    std::string msg;
  };
  const SourceSet& sources_;
  std::ostream& out_;
  std::vector<Entry> pending_;
  int count_ = 0;
  int syntaxCount_ = 0;
  bool allErrors_ = false;
  Pos lastSyntax_{};
  Pos lastOther_{};
  std::string lastMsg_;

  bool sameLine(Pos a, Pos b) const;
};

}  // namespace minigo
