// lexer.h — Go's lexical grammar: tokens, literals, comments and automatic semicolons.
//
// The lexer hands out one token at a time (next()). After a line's final token is an
// identifier, a literal, one of the keywords break/continue/fallthrough/return, "++",
// "--", ")", "]" or "}", a newline (or a multi-line comment, or EOF) becomes Tok::Semi
// with lit "newline" (or "EOF"); an explicit ';' has lit "semicolon". Lexical errors
// are reported with Go's wording at Go's positions and the token is still produced
// (with bad set for a malformed literal) so parsing continues.
#pragma once

#include "syntax/diagnostics.h"
#include "syntax/token.h"

#include <string>
#include <string_view>

namespace minigo::syntax {

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diag);

  void next();

  // Current token.
  Tok tok = Tok::None;
  uint32_t offset = 0;   // byte offset of the token's first character
  std::string_view lit;  // Name: the name; Literal: its source text; Semi: its kind
  LitKind kind = LitKind::Int;
  bool bad = false;  // a malformed literal
  Operator op = Operator::None;
  Prec prec = PrecNone;

  int errors = 0;  // lexical errors reported so far

  Pos pos() const { return file_.pos(offset); }
  const SourceFile& file() const { return file_; }

 private:
  const SourceFile& file_;
  Diagnostics& diag_;
  std::string_view src_;
  uint32_t cur_ = 0;     // offset of ch
  uint32_t chSize_ = 0;  // byte size of ch
  int32_t ch_ = -1;      // current character (-1 at EOF)
  bool nlsemi_ = false;  // a newline becomes a semicolon

  void nextch();
  void errorAt(uint32_t off, std::string msg);
  void errorHere(std::string msg) { errorAt(cur_, std::move(msg)); }

  void ident();
  void number(bool seenPoint);
  int digits(int base, int* invalid);
  void runeLit();
  void stdString();
  void rawString();
  bool escape(int32_t quote);
  void lineComment();
  bool fullComment();
  void setLit(LitKind k, bool ok);
  bool atIdentChar(bool first);
};

// Unicode classes Go's lexer uses (unicode.IsLetter, unicode.IsDigit).
bool isUnicodeLetter(int32_t r);
bool isUnicodeDigit(int32_t r);

// Decodes one UTF-8 sequence at s; returns the rune (0xFFFD when invalid) and sets size
// (1 for an invalid byte).
int32_t decodeRune(std::string_view s, uint32_t* size);
// Appends the UTF-8 encoding of r (0xFFFD for an invalid rune).
void appendRune(std::string& out, int32_t r);
// Go's %#U formatting: "U+0041 'A'".
std::string formatRuneU(int32_t r);
// Go's %q formatting of a rune: 'a', '\n', '\x00', '☺'.
std::string quoteRune(int32_t r);

}  // namespace minigo::syntax
