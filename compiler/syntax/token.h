// token.h — Go's tokens and operators, as cmd/compile/internal/syntax defines them.
//
// The lexer folds all binary and unary operators into Tok::Operator with an Operator
// value and a precedence; "op=" is Tok::AssignOp and "++"/"--" Tok::IncOp. '*' has its
// own token (Tok::Star) because it is also the pointer-type and dereference operator.
#pragma once

#include <cstdint>
#include <string_view>

namespace minigo::syntax {

enum class Tok : uint8_t {
  None,
  EOF_,
  // names and literals
  Name,
  Literal,
  // operators and operations
  Operator,  // excluding '*' (Star)
  AssignOp,  // op=
  IncOp,     // ++ or --
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *
  // delimiters
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
  Count,
};

static_assert(int(Tok::Count) <= 64, "token sets are 64-bit masks");

// The spelling Go uses for a token in messages ("name", "literal", "(", "for", ...).
std::string_view tokenString(Tok t);
// Like tokenString but with English words for ',' and ';' (Go's tokstring).
std::string_view tokenWord(Tok t);

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

enum class Operator : uint8_t {
  None,
  Def,    // : of :=
  Not,    // !
  Recv,   // <-
  Tilde,  // ~
  // precOrOr
  OrOr,
  // precAndAnd
  AndAnd,
  // precCmp
  Eql,
  Neq,
  Lss,
  Leq,
  Gtr,
  Geq,
  // precAdd
  Add,
  Sub,
  Or,
  Xor,
  // precMul
  Mul,
  Div,
  Rem,
  And,
  AndNot,
  Shl,
  Shr,
};

enum Prec : uint8_t { PrecNone, PrecOrOr, PrecAndAnd, PrecCmp, PrecAdd, PrecMul };

std::string_view operatorString(Operator op);
// Binary precedence of op (PrecNone for unary-only operators).
Prec precedence(Operator op);
bool isComparison(Operator op);

}  // namespace minigo::syntax
