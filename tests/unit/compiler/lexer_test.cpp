// Lexer tests: token sequences, automatic semicolons and Go's lexical error texts.
#include "syntax/lexer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace minigo;
using namespace minigo::syntax;

namespace {

struct Lexed {
  std::vector<std::string> toks;  // "name:x", "lit:1", "op:+", ";newline", punctuation
  std::string errors;
};

Lexed lex(const std::string& src) {
  SourceSet sources;
  std::ostringstream errs;
  Diagnostics diag(sources, errs);
  diag.setAllErrors(true);
  SourceFile& f = sources.add("t.go", src);
  Lexer lx(f, diag);
  Lexed out;
  for (lx.next(); lx.tok != Tok::EOF_; lx.next()) {
    switch (lx.tok) {
      case Tok::Name: out.toks.push_back("name:" + std::string(lx.lit)); break;
      case Tok::Literal: out.toks.push_back("lit:" + std::string(lx.lit)); break;
      case Tok::Operator:
      case Tok::Star: out.toks.push_back("op:" + std::string(operatorString(lx.op))); break;
      case Tok::AssignOp: out.toks.push_back("op=:" + std::string(operatorString(lx.op))); break;
      case Tok::Semi: out.toks.push_back(";" + std::string(lx.lit)); break;
      default: out.toks.push_back(std::string(tokenString(lx.tok)));
    }
  }
  diag.flush();
  out.errors = errs.str();
  return out;
}

using V = std::vector<std::string>;

TEST(Lexer, SemicolonInsertion) {
  EXPECT_EQ(lex("x := 1\nreturn\n").toks,
            (V{"name:x", ":=", "lit:1", ";newline", "return", ";newline"}));
  // No semicolon after an operator at the end of a line.
  EXPECT_EQ(lex("a +\nb").toks, (V{"name:a", "op:+", "name:b", ";EOF"}));
  EXPECT_EQ(lex("f()\n}").toks, (V{"name:f", "(", ")", ";newline", "}", ";EOF"}));
  EXPECT_EQ(lex("x++\n").toks, (V{"name:x", "opop", ";newline"}));
  // A multi-line comment acts as a newline.
  EXPECT_EQ(lex("x /*\n*/ y").toks, (V{"name:x", ";newline", "name:y", ";EOF"}));
}

TEST(Lexer, Literals) {
  EXPECT_EQ(lex("0x1F 0o17 0b101 1_000 017 1.5e-3 .5 0x1p-2 'a' '\\n' \"s\\t\" `raw`").toks,
            (V{"lit:0x1F", "lit:0o17", "lit:0b101", "lit:1_000", "lit:017", "lit:1.5e-3", "lit:.5",
               "lit:0x1p-2", "lit:'a'", "lit:'\\n'", "lit:\"s\\t\"", "lit:`raw`", ";EOF"}));
}

TEST(Lexer, Operators) {
  EXPECT_EQ(lex("a &^= b << c >>= d && e || !f <- g ...").toks,
            (V{"name:a", "op=:&^", "name:b", "op:<<", "name:c", "op=:>>", "name:d", "op:&&",
               "name:e", "op:||", "op:!", "name:f", "<-", "name:g", "..."}));
}

TEST(Lexer, ErrorsWithGoWording) {
  EXPECT_EQ(lex("\"abc\n").errors, "t.go:1:5: newline in string\n");
  EXPECT_EQ(lex("'ab'").errors, "t.go:1:1: more than one character in rune literal\n");
  EXPECT_EQ(lex("0x").errors, "t.go:1:3: hexadecimal literal has no digits\n");
  EXPECT_EQ(lex("1e").errors, "t.go:1:3: exponent has no digits\n");
  EXPECT_EQ(lex("08").errors, "t.go:1:2: invalid digit '8' in octal literal\n");
  EXPECT_EQ(lex("`abc").errors, "t.go:1:1: string not terminated\n");
  EXPECT_EQ(lex("1__0").errors, "t.go:1:3: '_' must separate successive digits\n");
  EXPECT_EQ(lex("a # b").errors, "t.go:1:3: invalid character U+0023 '#'\n");
  EXPECT_EQ(lex("\"\\q\"").errors, "t.go:1:3: unknown escape\n");
}

TEST(Lexer, UnicodeIdentifiers) {
  EXPECT_EQ(lex("héllo π").toks, (V{"name:héllo", "name:π", ";EOF"}));
}

}  // namespace
